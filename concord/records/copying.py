"""Send rows to PostgreSQL with binary COPY.

Binary COPY is the cheapest form on both sides: psycopg's C formatter packs an event row in about
1 µs (the text form takes about 5, most of it spent writing the datetimes as text), and the
server reads integers and timestamps without parsing them. It needs each column's type, which
`COLUMN_TYPES` gives by name (text for everything else; varchar takes text's binary form).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db.backends.utils import CursorWrapper

COLUMN_TYPES = {
    "agency_id": "int8",
    "extract_id": "int8",
    "person_id": "int8",
    "date_of_birth": "date",
    "occurred_at": "timestamptz",
    "recorded_at": "timestamptz",
    "ended_at": "timestamptz",
    "occurred_date_only": "bool",
}
PROGRESS_EVERY = 10_000

Progress = Callable[[int], None]


class CopyCountError(RuntimeError):
    """PostgreSQL stored a different number of rows from the number sent."""


def copy_rows(
    cursor: CursorWrapper,
    table: str,
    columns: tuple[str, ...],
    records: Iterable[tuple[Any, ...]],
    progress: Progress,
) -> int:
    """COPY `records` (tuples in `columns` order) into `table`; return how many were sent."""
    raw = cursor.cursor
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT binary)"
    count = 0
    # psycopg sends its buffer as it fills; PostgreSQL works on it while the next rows are read.
    with raw.copy(sql) as copy:
        copy.set_types([COLUMN_TYPES.get(name, "text") for name in columns])
        write = copy.write_row
        for record in records:
            write(record)
            count += 1
            if count % PROGRESS_EVERY == 0:
                progress(PROGRESS_EVERY)
    progress(count % PROGRESS_EVERY)
    if raw.rowcount != count:
        raise CopyCountError(f"COPY into {table} stored {raw.rowcount} of {count} rows")
    return count


__all__ = ["COLUMN_TYPES", "CopyCountError", "copy_rows"]
