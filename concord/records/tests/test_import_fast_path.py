"""The bulk paths (binary COPY on PostgreSQL, first load straight into the store) keep every value.

Each test runs on SQLite and, with DATABASE_URL set, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from concord.accounts.services import system_actor
from concord.records.models import Event, PersonRecord
from concord.records.services import extract_import

from .builders import default_people, manifest, write_cif1

pytestmark = pytest.mark.django_db

AWKWARD = 'Tab\there; "quotes", back\\slash\n\\.\nCR\rend; Zoë ☂ 𝄞'


def _events(text: str) -> list[dict[str, str]]:
    return [
        {
            "event_id": "E1",
            "person_id": "P1",
            "type": "incident",
            "occurred_at": "2024-10-27T01:30",  # happens twice that night: the first, BST
            "text": text,
            "author_role": "",
        },
        {
            "event_id": "E2",
            "person_id": "P2",
            "type": "crime",
            "occurred_at": "2024-03-31",
            "recorded_at": "2024-06-01T12:00",
            "text": "",
        },
    ]


def test_first_load_keeps_awkward_text_empty_strings_and_clock_change_times(
    tmp_path: Path,
) -> None:
    folder = write_cif1(tmp_path / "first", events=_events(AWKWARD))
    result = extract_import(actor=system_actor(), path=folder)

    assert (result.people_created, result.events_created) == (3, 2)
    e1 = Event.objects.get(source_id="E1")
    assert e1.text == AWKWARD
    assert e1.author_role == ""
    assert e1.recorded_at is None
    assert e1.occurred_at == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    e2 = Event.objects.get(source_id="E2")
    assert (e2.text, e2.code, e2.occurred_date_only) == ("", "", True)
    assert e2.occurred_at == datetime(2024, 3, 31, 0, 0, tzinfo=UTC)
    assert e2.recorded_at == datetime(2024, 6, 1, 11, 0, tzinfo=UTC)
    assert e1.person_id == PersonRecord.objects.get(source_id="P1").pk


def test_later_extract_through_staging_keeps_the_same_values(tmp_path: Path) -> None:
    extract_import(actor=system_actor(), path=write_cif1(tmp_path / "a", events=_events("old")))
    later = manifest()
    later["extracted_at"] = "2025-04-01T09:00:00Z"
    people = default_people()
    people[1]["family_name"] = "Smyth-Jones"
    folder = write_cif1(tmp_path / "b", manifest_data=later, people=people, events=_events(AWKWARD))
    result = extract_import(actor=system_actor(), path=folder)

    assert (result.people_updated, result.events_updated) == (1, 1)
    e1 = Event.objects.get(source_id="E1")
    assert e1.text == AWKWARD
    assert e1.occurred_at == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    assert e1.versions.get().text == "old"
    p2 = PersonRecord.objects.get(source_id="P2")
    assert (p2.family_name, p2.family_name_norm) == ("Smyth-Jones", "smyth-jones")
