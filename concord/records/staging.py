"""Stage validated rows in temporary tables: COPY on PostgreSQL, batched executemany on SQLite."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from itertools import batched, chain
from typing import Any

from django.db import connection
from django.db.backends.utils import CursorWrapper

from concord_engine.contracts.records import EVENT_FIELDS, PERSON_FIELDS, EventRow, PersonRow
from concord_engine.io import ExtractReader

from .copying import copy_batches, copy_rows

STAGE_PERSON = "records_stage_person"
STAGE_EVENT = "records_stage_event"
SQLITE_BATCH = 20_000

_PG_TYPES = {
    # Byte-order ids, as the store's (migration 0006), so the merge joins use its indexes.
    "source_id": 'text COLLATE "C"',
    "person_source_id": 'text COLLATE "C"',
    "date_of_birth": "date",
    "occurred_at": "timestamptz",
    "recorded_at": "timestamptz",
    "ended_at": "timestamptz",
    "occurred_date_only": "boolean",
}

Progress = Callable[[int], None]


def is_postgresql() -> bool:
    """Whether the default database is PostgreSQL."""
    return connection.vendor == "postgresql"


def stage_create(cursor: CursorWrapper) -> None:
    """Create empty staging tables for this transaction."""
    for table, fields in ((STAGE_PERSON, PERSON_FIELDS), (STAGE_EVENT, EVENT_FIELDS)):
        cursor.execute(f"DROP TABLE IF EXISTS {table}")
        if is_postgresql():
            columns = ", ".join(f"{name} {_PG_TYPES.get(name, 'text')}" for name in fields)
            cursor.execute(f"CREATE TEMP TABLE {table} ({columns}) ON COMMIT DROP")
        else:
            cursor.execute(f"CREATE TEMP TABLE {table} ({', '.join(fields)})")


def stage_drop(cursor: CursorWrapper) -> None:
    """Drop the staging tables (PostgreSQL also drops them at commit)."""
    for table in (STAGE_PERSON, STAGE_EVENT):
        cursor.execute(f"DROP TABLE IF EXISTS {table}")


def stage_people(cursor: CursorWrapper, rows: Iterable[PersonRow], progress: Progress) -> int:
    """Stage person rows; return how many."""
    return _stage(cursor, STAGE_PERSON, PERSON_FIELDS, rows, progress)


def stage_events(cursor: CursorWrapper, rows: Iterable[EventRow], progress: Progress) -> int:
    """Stage event rows; return how many."""
    return _stage(cursor, STAGE_EVENT, EVENT_FIELDS, rows, progress)


def _stage(
    cursor: CursorWrapper,
    table: str,
    fields: tuple[str, ...],
    rows: Iterable[Any],
    progress: Progress,
) -> int:
    if is_postgresql():
        return _copy(cursor, table, fields, rows, progress)
    return _executemany(cursor, table, fields, rows, progress)


def _copy(
    cursor: CursorWrapper,
    table: str,
    fields: tuple[str, ...],
    rows: Iterable[Any],
    progress: Progress,
) -> int:
    # PersonRow and EventRow are NamedTuples: already the tuples of their fields.
    return copy_rows(cursor, table, fields, rows, progress)


def _sqlite_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(map(_sqlite_value, row))


def _executemany(
    cursor: CursorWrapper,
    table: str,
    fields: tuple[str, ...],
    rows: Iterable[Any],
    progress: Progress,
    convert: Callable[[tuple[Any, ...]], tuple[Any, ...]] = _sqlite_row,
) -> int:
    placeholders = ", ".join("%s" for _ in fields)
    sql = f"INSERT INTO {table} ({', '.join(fields)}) VALUES ({placeholders})"  # noqa: S608
    count = 0
    converted = map(convert, rows)
    for batch in batched(converted, SQLITE_BATCH):
        cursor.executemany(sql, batch)
        count += len(batch)
        progress(len(batch))
    return count


def _sqlite_value(value: Any) -> Any:
    # Django keeps SQLite datetimes as naive UTC text and dates as ISO text.
    if isinstance(value, datetime):
        return str(value.astimezone(UTC).replace(tzinfo=None))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


PERSON_TABLE_COLUMNS = ("agency_id", "extract_id", *PERSON_FIELDS)


def insert_new_people(
    cursor: CursorWrapper,
    rows: Iterable[PersonRow],
    *,
    agency_id: int,
    extract_id: int,
    progress: Progress,
) -> int:
    """Write people straight into the store when the agency has none yet (no merge needed).

    The reader yields each person id once (a repeated id is a problem, and the row is held
    back), so the unique (agency, source_id) constraint cannot be hit here.
    """
    records = ((agency_id, extract_id, *row) for row in rows)
    return _stage(cursor, "records_personrecord", PERSON_TABLE_COLUMNS, records, progress)


EVENT_TABLE_COLUMNS = ("agency_id", "extract_id", "source_id", "person_id", *EVENT_FIELDS[2:])


def insert_new_events(
    cursor: CursorWrapper,
    reader: ExtractReader,
    *,
    agency_id: int,
    extract_id: int,
    person_ids: dict[str, int],
    progress: Progress,
) -> int:
    """Write events straight into the store when the agency has none yet (no merge needed).

    An event whose person is not in `person_ids` was refused with its person (the reader has
    recorded why); it is skipped here and the caller rolls back. A repeated event id is left
    to the store's unique (agency, source_id) index, which refuses it (an IntegrityError): the
    agency has no events yet, so only a repeat within this extract can clash, and the caller
    reads the extract again to name it (ADR 0022).
    """

    head = (agency_id, extract_id)
    if is_postgresql():
        # Times already in binary timestamptz form; the agency's person id in place of
        # person_source_id (EventRecord's fields otherwise).
        batches = reader.event_batches(head, person_ids, micros=True, ids_checked_by_store=True)
        return copy_batches(
            cursor, "records_event", EVENT_TABLE_COLUMNS, batches, progress, integer_times=True
        )
    batches = reader.event_batches(head, person_ids, micros=False, ids_checked_by_store=True)
    rows = chain.from_iterable(batches)
    return _executemany(cursor, "records_event", EVENT_TABLE_COLUMNS, rows, progress, _sqlite_event)


_EVENT_DATETIMES = tuple(
    EVENT_TABLE_COLUMNS.index(name) for name in ("occurred_at", "recorded_at", "ended_at")
)


def _sqlite_event(record: tuple[Any, ...]) -> tuple[Any, ...]:
    # Only the three datetimes need Django's SQLite form; bools and strings pass as they are.
    values = list(record)
    for position in _EVENT_DATETIMES:
        value = values[position]
        if value is not None:
            values[position] = str(value.astimezone(UTC).replace(tzinfo=None))
    return tuple(values)
