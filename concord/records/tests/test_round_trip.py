"""Round trip: `concord synth` output -> import -> the store holds exactly what the files say."""

from __future__ import annotations

import csv
import json
from datetime import UTC
from pathlib import Path

import pytest

from concord.accounts.services import system_actor
from concord.agencies.models import Agency
from concord.records.models import Event, EventVersion, PersonRecord, PersonRecordVersion
from concord.records.services import extract_import
from concord_engine.io import parse_iso_datetime, parse_partial_date
from concord_engine.synth import generate_partnership

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def partnership(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "partnership"
    generate_partnership(out, 40, seed=7, events_per_child=8)
    return out


def _extracts(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "manifest.json").is_file())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def _expected_person(row: dict[str, str]) -> dict[str, object]:
    dob = row.get("date_of_birth", "")
    return {
        "given_name": row.get("given_name", ""),
        "family_name": row.get("family_name", ""),
        "other_names": row.get("other_names", ""),
        "date_of_birth_raw": dob,
        "date_of_birth": parse_partial_date(dob)[0] if dob else None,
        "sex": row.get("sex", "") or "U",
        "postcode": row.get("postcode", ""),
        "address": row.get("address", ""),
        "nhs_number": row.get("nhs_number", ""),
        "upn": row.get("upn", ""),
        "local_id": row.get("local_id", ""),
    }


def _when(value: str) -> object:
    return parse_iso_datetime(value)[0].astimezone(UTC) if value else None


def _expected_event(row: dict[str, str]) -> dict[str, object]:
    return {
        "person__source_id": row["person_id"],
        "type": row["type"],
        "occurred_at": _when(row["occurred_at"]),
        "recorded_at": _when(row.get("recorded_at", "")),
        "ended_at": _when(row.get("ended_at", "")),
        "code": row.get("code", ""),
        "related_person_source_id": row.get("related_person_id", ""),
        "related_event_source_id": row.get("related_event_id", ""),
        "author_role": row.get("author_role", ""),
        "text": row.get("text", ""),
    }


def test_synthetic_partnership_round_trips_exactly(partnership: Path) -> None:
    actor = system_actor()
    folders = _extracts(partnership)
    for folder in folders:
        extract_import(actor=actor, path=folder)

    total_people = total_events = 0
    for folder in folders:
        manifest = json.loads((folder / "manifest.json").read_text())
        agency = Agency.objects.get(code=manifest["agency"]["code"])
        assert agency.sector == manifest["agency"]["sector"]
        people = _rows(folder / "people.csv")
        stored_people = {
            p["source_id"]: p
            for p in PersonRecord.objects.filter(agency=agency).values(
                "source_id", *_expected_person({}).keys()
            )
        }
        assert set(stored_people) == {row["person_id"] for row in people}
        for row in people:
            stored = dict(stored_people[row["person_id"]])
            stored.pop("source_id")
            assert stored == _expected_person(row), (folder.name, row["person_id"])
        events = _rows(folder / "events.csv")
        stored_events = {
            e["source_id"]: e
            for e in Event.objects.filter(agency=agency).values(
                "source_id", *_expected_event({"person_id": "", "type": "", "occurred_at": ""})
            )
        }
        assert set(stored_events) == {row["event_id"] for row in events}
        for row in events:
            stored = dict(stored_events[row["event_id"]])
            stored.pop("source_id")
            assert stored == _expected_event(row), (folder.name, row["event_id"])
        total_people += len(people)
        total_events += len(events)

    assert PersonRecord.objects.count() == total_people
    assert Event.objects.count() == total_events
    assert total_events > 200

    # Importing the whole partnership again changes nothing.
    for folder in folders:
        assert extract_import(actor=actor, path=folder).already_imported is True
    assert (PersonRecord.objects.count(), Event.objects.count()) == (total_people, total_events)
    assert PersonRecordVersion.objects.count() == EventVersion.objects.count() == 0
