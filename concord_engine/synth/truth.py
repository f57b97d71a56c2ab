"""The truth folder: who is who, which findings each child should have, and what was planted."""

import csv
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self, TextIO

if TYPE_CHECKING:
    from _csv import Writer

from .builder import Expectation
from .model import Event
from .oracle import TrueFinding

PEOPLE_COLUMNS = ("agency", "person_id", "child_key", "is_adult", "role")
FINDING_COLUMNS = ("child_key", "rule", "evidence")
SCENARIO_COLUMNS = ("child_key", "scenario", "rule", "expected", "evidence")
CHILD_COLUMNS = ("child_key", "home_area", "sex", "twin_of", "sibling_of", "duplicate_records")


def evidence_string(events: Iterable[Event]) -> str:
    """Events as `AGENCY:event_id` separated by `;`, the earliest first (SPEC §4)."""
    ordered = sorted(events, key=lambda e: e.at)  # stable: ties keep the rule's own order
    return ";".join(f"{e.agency.code}:{e.event_id}" for e in ordered)


class TruthWriter:
    """Streams the four truth CSV files."""

    def __init__(self, root: Path) -> None:
        folder = root / "truth"
        folder.mkdir(parents=True, exist_ok=True)
        self._files: list[TextIO] = []
        self.people = self._open(folder / "people.csv", PEOPLE_COLUMNS)
        self.findings = self._open(folder / "findings.csv", FINDING_COLUMNS)
        self.scenarios = self._open(folder / "scenarios.csv", SCENARIO_COLUMNS)
        self.children = self._open(folder / "children.csv", CHILD_COLUMNS)

    def _open(self, path: Path, header: tuple[str, ...]) -> "Writer":
        handle = path.open("w", newline="", encoding="utf-8")
        self._files.append(handle)
        writer = csv.writer(handle)
        writer.writerow(header)
        return writer

    def finding(self, child_key: str, finding: TrueFinding) -> None:
        """One row of findings.csv."""
        self.findings.writerow((child_key, finding.rule, evidence_string(finding.evidence)))

    def expectation(self, child_key: str, exp: Expectation) -> None:
        """One row of scenarios.csv."""
        expected = "finding" if exp.finding else "no_finding"
        self.scenarios.writerow(
            (child_key, exp.scenario, exp.rule, expected, evidence_string(exp.evidence))
        )

    def close(self) -> None:
        """Close every truth file."""
        for handle in self._files:
            handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
