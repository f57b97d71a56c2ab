"""The bulk paths (binary COPY on PostgreSQL, first load straight into the store) keep every value.

Each test runs on SQLite and, with DATABASE_URL set, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.db import IntegrityError, connection

from concord.accounts.services import system_actor
from concord.agencies.models import Agency
from concord.records import services
from concord.records.models import Event, Extract, PersonRecord
from concord.records.services import ExtractRejectedError, extract_import

from .builders import default_events, default_people, manifest, write_cif1

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


def _store_is_empty() -> bool:
    return not (
        Agency.objects.exists()
        or Extract.objects.exists()
        or PersonRecord.objects.exists()
        or Event.objects.exists()
    )


@pytest.mark.parametrize("repeat", ["E1", " E1 "])
def test_first_load_refuses_a_repeated_event_id_and_names_it(tmp_path: Path, repeat: str) -> None:
    # A first load leaves repeats to the store's unique index, then reads again to name them.
    events = [*default_events(), {**default_events()[0], "event_id": repeat}]
    folder = write_cif1(tmp_path / "first", events=events)

    with pytest.raises(ExtractRejectedError) as refused:
        extract_import(actor=system_actor(), path=folder)

    # E3 spans two physical lines (its text holds a newline), so the repeat is on line 6.
    assert refused.value.problems == ["events.csv:6:1: duplicate event_id (first on line 2)"]
    assert _store_is_empty()


def test_first_load_lists_a_repeat_among_the_other_problems_in_file_order(tmp_path: Path) -> None:
    events = default_events()
    events[1]["occurred_at"] = "someday"
    events.append({**events[0]})
    folder = write_cif1(tmp_path / "first", events=events)

    with pytest.raises(ExtractRejectedError) as refused:
        extract_import(actor=system_actor(), path=folder)

    assert refused.value.problems == [
        "events.csv:3:4: bad occurred_at: expected an ISO 8601 date or date-time",
        "events.csv:6:1: duplicate event_id (first on line 2)",
    ]
    assert _store_is_empty()


def test_a_refusal_the_extract_does_not_explain_is_raised_not_blamed_on_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise IntegrityError("refused for a reason the extract does not show")

    monkeypatch.setattr(services, "insert_new_events", refuse)

    with pytest.raises(IntegrityError):
        extract_import(actor=system_actor(), path=write_cif1(tmp_path / "first"))
    assert _store_is_empty()


def test_source_ids_compare_byte_by_byte_on_both_databases(tmp_path: Path) -> None:
    # Ids are identifiers, ordered by their bytes on both databases (ADR 0022): a linguistic
    # collation would put "a1" before "B2".
    people = [*default_people()]
    people += [{**people[0], "person_id": pid} for pid in ("a1", "B2", "_3")]
    events = [*default_events()]
    events += [{**events[0], "event_id": eid} for eid in ("e", "D")]
    extract_import(
        actor=system_actor(), path=write_cif1(tmp_path / "x", people=people, events=events)
    )

    ids = PersonRecord.objects.order_by("source_id").values_list("source_id", flat=True)
    assert list(ids) == ["B2", "P1", "P2", "P3", "_3", "a1"]
    event_ids = Event.objects.order_by("source_id").values_list("source_id", flat=True)
    assert list(event_ids) == ["D", "E1", "E2", "E3", "e"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="collations, sequences: PostgreSQL")
def test_postgresql_store_settings_for_the_bulk_load() -> None:
    # Migrations 0006 and 0008 (ADR 0022): the columns themselves are `COLLATE "C"` (the
    # ordering test above passes under a `C.UTF-8` database default without them), and event
    # ids come in blocks. SQLite compares bytewise anyway and has no sequences.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, collation_name FROM information_schema.columns "
            "WHERE column_name = 'source_id' AND table_name IN "
            "('records_event', 'records_personrecord') ORDER BY table_name"
        )
        assert cursor.fetchall() == [("records_event", "C"), ("records_personrecord", "C")]
        cursor.execute("SELECT pg_get_serial_sequence('records_event', 'id')")
        (sequence,) = cursor.fetchone()
        cursor.execute(
            "SELECT cache_size FROM pg_sequences WHERE schemaname || '.' || sequencename = %s",
            [sequence],
        )
        assert cursor.fetchone() == (1000,)
