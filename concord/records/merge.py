"""Merge staged rows into the store: keep changed values as history, then upsert by id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.backends.utils import CursorWrapper

from concord_engine.contracts.records import EVENT_FIELDS

from .staging import STAGE_EVENT, STAGE_PERSON, is_postgresql

PERSON = "records_personrecord"
PERSON_VERSION = "records_personrecordversion"
EVENT = "records_event"
EVENT_VERSION = "records_eventversion"
# Every event column but the ids (source_id, person_source_id).
EVENT_DATA = EVENT_FIELDS[2:]


@dataclass(frozen=True)
class MergeCounts:
    """How many staged rows were new and how many changed an existing row."""

    created: int
    updated: int


def _differs(old: str, new: str, fields: tuple[str, ...]) -> str:
    operator = "IS DISTINCT FROM" if is_postgresql() else "IS NOT"
    return " OR ".join(f"{old}.{name} {operator} {new}.{name}" for name in fields)


def merge_people(
    cursor: CursorWrapper,
    *,
    agency_id: int,
    extract_id: int,
    at: datetime,
    all_fields: tuple[str, ...],
    update_fields: tuple[str, ...],
) -> MergeCounts:
    """Upsert staged people; a changed record's previous values go to the version table.

    `update_fields` are the fields this format supplies: only they are compared and overwritten.
    """
    columns = ", ".join(all_fields)
    cursor.execute(
        f"INSERT INTO {PERSON_VERSION} (record_id, extract_id, replaced_by_id, replaced_at, "  # noqa: S608
        f"{columns}) SELECT p.id, p.extract_id, %s, %s, {', '.join('p.' + f for f in all_fields)} "
        f"FROM {STAGE_PERSON} s JOIN {PERSON} p ON p.agency_id = %s AND p.source_id = s.source_id "
        f"WHERE {_differs('p', 's', update_fields)}",
        [extract_id, at, agency_id],
    )
    updated = cursor.rowcount
    assignments = ", ".join(f"{name} = excluded.{name}" for name in update_fields)
    cursor.execute(
        f"INSERT INTO {PERSON} (agency_id, extract_id, source_id, {columns}) "  # noqa: S608
        f"SELECT %s, %s, s.source_id, {', '.join('s.' + f for f in all_fields)} "
        f"FROM {STAGE_PERSON} s WHERE true "
        f"ON CONFLICT (agency_id, source_id) DO UPDATE SET extract_id = excluded.extract_id, "
        f"{assignments} WHERE {_differs(PERSON, 'excluded', update_fields)}",
        [agency_id, extract_id],
    )
    return MergeCounts(created=cursor.rowcount - updated, updated=updated)


def merge_events(
    cursor: CursorWrapper, *, agency_id: int, extract_id: int, at: datetime
) -> MergeCounts:
    """Upsert staged events (person resolved by the agency's person id), keeping history."""
    compared = ("person_id", *EVENT_DATA)
    data = ", ".join(compared)
    cursor.execute(
        f"INSERT INTO {EVENT_VERSION} (record_id, extract_id, replaced_by_id, replaced_at, {data}) "  # noqa: S608
        f"SELECT e.id, e.extract_id, %s, %s, {', '.join('e.' + f for f in compared)} "
        f"FROM {STAGE_EVENT} s "
        f"JOIN {PERSON} p ON p.agency_id = %s AND p.source_id = s.person_source_id "
        f"JOIN {EVENT} e ON e.agency_id = %s AND e.source_id = s.source_id "
        f"WHERE e.person_id <> p.id OR {_differs('e', 's', EVENT_DATA)}",
        [extract_id, at, agency_id, agency_id],
    )
    updated = cursor.rowcount
    assignments = ", ".join(f"{name} = excluded.{name}" for name in compared)
    cursor.execute(
        f"INSERT INTO {EVENT} (agency_id, extract_id, source_id, {data}) "  # noqa: S608
        f"SELECT %s, %s, s.source_id, p.id, {', '.join('s.' + f for f in EVENT_DATA)} "
        f"FROM {STAGE_EVENT} s "
        f"JOIN {PERSON} p ON p.agency_id = %s AND p.source_id = s.person_source_id WHERE true "
        f"ON CONFLICT (agency_id, source_id) DO UPDATE SET extract_id = excluded.extract_id, "
        f"{assignments} WHERE {_differs(EVENT, 'excluded', compared)}",
        [agency_id, extract_id, agency_id],
    )
    return MergeCounts(created=cursor.rowcount - updated, updated=updated)


def analyse_staging(cursor: CursorWrapper) -> None:
    """Give PostgreSQL's planner statistics for the staged people (events are estimated by size)."""
    if is_postgresql():
        cursor.execute(f"ANALYZE {STAGE_PERSON}")
