"""Score the screen against a synthetic partnership's truth (concord synth): precision and
recall per rule. Reads the CIF-1 extracts directly and groups person records by the truth's
child keys (true linkage), so the figures measure screening alone. A finding counts as right
when the truth has a finding of the same rule for the same child sharing an evidence event.
"""

import csv
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from concord_engine.contracts.screening import FindingOut, ScreenChild, ScreenEvent

from .engine import resolve_parameters, screen_children
from .rules import RULES

UK = ZoneInfo("Europe/London")


def when(text: str) -> datetime | None:
    """A CIF-1 date or date-time; no offset means UK local time."""
    if not text:
        return None
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UK)


def birth(text: str) -> date | None:
    """A full date of birth; partial ones (YYYY-MM, YYYY) are left out."""
    return date.fromisoformat(text) if len(text) == 10 else None


def read_partnership(root: Path) -> tuple[list[ScreenChild], datetime]:
    owner = {}
    with (root / "truth" / "people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["is_adult"] == "false":
                owner[(row["agency"], row["person_id"])] = row["child_key"]
    births: dict[str, Counter[date]] = defaultdict(Counter)
    events: dict[str, list[ScreenEvent]] = defaultdict(list)
    extracted = []
    ref = 0
    for folder in sorted(p for p in root.iterdir() if (p / "manifest.json").exists()):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        agency, sector = manifest["agency"]["code"], manifest["agency"]["sector"]
        extracted.append(when(manifest["extracted_at"]))
        dobs = {}
        with (folder / "people.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                dob = birth(row["date_of_birth"])
                dobs[row["person_id"]] = dob
                key = owner.get((agency, row["person_id"]))
                if key and dob:
                    births[key][dob] += 1
        with (folder / "events.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                key = owner.get((agency, row["person_id"]))
                if key is None:
                    continue
                ref += 1
                occurred = when(row["occurred_at"])
                if occurred is None:
                    raise ValueError(f"{folder.name}/events.csv: event without occurred_at")
                events[key].append(
                    ScreenEvent(
                        ref=ref,
                        agency=agency,
                        sector=sector,
                        source_id=row["event_id"],
                        type=row["type"],
                        occurred_at=occurred,
                        recorded_at=when(row["recorded_at"]),
                        ended_at=when(row["ended_at"]),
                        code=row["code"],
                        author_role=row["author_role"],
                        text=row["text"],
                        related_person_id=row["related_person_id"],
                        related_event_id=row["related_event_id"],
                        related_person_birth_date=dobs.get(row["related_person_id"]),
                    )
                )
    children = [
        ScreenChild(
            child_id=key,
            dates_of_birth=tuple(d for d, _ in births[key].most_common()),
            events=tuple(found),
        )
        for key, found in sorted(events.items())
    ]
    as_of = max(e for e in extracted if e is not None)
    return children, as_of


@dataclass(frozen=True, slots=True)
class RuleScore:
    """How one rule did against the truth."""

    rule: str
    truth: int
    found: int
    right: int
    recalled: int

    @property
    def precision(self) -> float | None:
        """Share of findings that match a true finding (None when nothing was found)."""
        return self.right / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        """Share of true findings matched by a finding (None when the truth has none)."""
        return self.recalled / self.truth if self.truth else None


def _labels(finding: FindingOut) -> set[str]:
    return {f"{e.agency}:{e.source_id}" for e in finding.evidence}


def score_partnership(
    root: Path,
) -> tuple[list[RuleScore], dict[tuple[str, str], list[FindingOut]], list[ScreenChild]]:
    """Screen a generated partnership and score every rule against its truth."""
    children, as_of = read_partnership(root)
    truth: dict[tuple[str, str], list[set[str]]] = defaultdict(list)
    with (root / "truth" / "findings.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            truth[(row["child_key"], row["rule"])].append(set(row["evidence"].split(";")))
    predicted: dict[tuple[str, str], list[FindingOut]] = defaultdict(list)
    for _, findings in screen_children(children, parameters=resolve_parameters(), as_of=as_of):
        for f in findings:
            predicted[(f.child_id, f.rule)].append(f)
    scores = []
    for rule in RULES:
        right = sum(
            any(_labels(f) & t for t in truth.get(key, []))
            for key, found in predicted.items()
            if key[1] == rule.id
            for f in found
        )
        recalled = sum(
            any(_labels(f) & t for f in predicted.get(key, []))
            for key, sets in truth.items()
            if key[1] == rule.id
            for t in sets
        )
        scores.append(
            RuleScore(
                rule=rule.id,
                truth=sum(len(v) for k, v in truth.items() if k[1] == rule.id),
                found=sum(len(v) for k, v in predicted.items() if k[1] == rule.id),
                right=right,
                recalled=recalled,
            )
        )
    return scores, predicted, children
