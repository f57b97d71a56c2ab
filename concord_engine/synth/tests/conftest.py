"""One small synthetic partnership shared by the synth tests (generated once per session)."""

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from concord_engine.synth import generate_partnership

CHILDREN = 240


@dataclass
class Partnership:
    root: Path
    manifests: dict[str, dict[str, Any]]
    people: dict[str, list[dict[str, str]]]
    events: dict[str, list[dict[str, str]]]
    headers: dict[str, tuple[list[str], list[str]]]
    truth_people: list[dict[str, str]]
    findings: list[dict[str, str]]
    scenarios: list[dict[str, str]]
    children: list[dict[str, str]]


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="session")
def partnership(tmp_path_factory: pytest.TempPathFactory) -> Partnership:
    root = tmp_path_factory.mktemp("synth") / "out"
    generate_partnership(root, CHILDREN, seed=7, events_per_child=12)
    manifests, people, events, headers = {}, {}, {}, {}
    for folder in sorted(p for p in root.iterdir() if p.name != "truth"):
        manifests[folder.name] = json.loads((folder / "manifest.json").read_text("utf-8"))
        people_header, people[folder.name] = _read(folder / "people.csv")
        events_header, events[folder.name] = _read(folder / "events.csv")
        headers[folder.name] = (people_header, events_header)
    truth = root / "truth"
    return Partnership(
        root=root,
        manifests=manifests,
        people=people,
        events=events,
        headers=headers,
        truth_people=_read(truth / "people.csv")[1],
        findings=_read(truth / "findings.csv")[1],
        scenarios=_read(truth / "scenarios.csv")[1],
        children=_read(truth / "children.csv")[1],
    )
