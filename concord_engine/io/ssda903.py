"""Read the DfE SSDA903 Missing table (CSV: CHILD, DOB, MISSING, MIS_START, MIS_END)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from concord_engine.contracts.records import EventRow, PersonRow, SourceFormat

from .csvstream import Header, read_header, stream_rows
from .dates import DateFormatError, london_midnight, parse_uk_date
from .problems import ProblemLog
from .single_file import SingleFileSource

COLUMNS = ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END")
KINDS = {"M": "missing", "A": "away without authorisation"}


class Ssda903Reader(SingleFileSource):
    """One SSDA903 missing table: a person per CHILD, a `missing_episode` per row."""

    format = SourceFormat.SSDA903
    person_fields = frozenset({"date_of_birth_raw", "date_of_birth", "dob_precision", "local_id"})

    def __init__(self, path: Path, problems: ProblemLog) -> None:
        super().__init__(path, problems)
        self._events: list[EventRow] = []

    def people(self) -> Iterator[PersonRow]:
        """Yield one person per child, reading the whole table (episodes kept for `events`)."""
        dobs: dict[str, tuple[date | None, int]] = {}
        file = self.source_name
        with self.path.open("rb") as stream:
            first, rows = stream_rows(stream, file, self.problems)
            if first is not None:
                first = [name.strip().upper() for name in first]
            header = read_header(file, first, COLUMNS, COLUMNS[:4], self.problems)
            if header is None:
                return
            seen: dict[str, int] = {}
            for line, cells in rows:
                self._row(header, line, cells, dobs, seen)
        for child, (dob, _line) in dobs.items():
            yield PersonRow(
                source_id=child,
                date_of_birth_raw=dob.isoformat() if dob else "",
                date_of_birth=dob,
                dob_precision="day" if dob else "unknown",
                local_id=child,
            )

    def events(self) -> Iterator[EventRow]:
        """Yield the missing episodes read by `people()`."""
        yield from self._events

    def _row(
        self,
        header: Header,
        line: int,
        cells: list[str],
        dobs: dict[str, tuple[date | None, int]],
        seen: dict[str, int],
    ) -> None:
        file = self.source_name
        before = self.problems.total

        def cell(name: str) -> str:
            position = header.at(name)
            return cells[position].strip() if position >= 0 else ""

        def when(name: str) -> date | None:
            value = cell(name)
            if not value:
                return None
            try:
                return parse_uk_date(value)
            except DateFormatError as exc:
                self.problems.add(file, line, header.at(name) + 1, f"bad {name}: {exc}")
                return None

        child = cell("CHILD")
        dob, start, end = when("DOB"), when("MIS_START"), when("MIS_END")
        kind = cell("MISSING").upper()
        for column, failed, reason in (
            ("CHILD", not child, "CHILD is empty"),
            ("MISSING", kind not in KINDS, "bad MISSING: expected M or A"),
            ("MIS_START", not cell("MIS_START"), "MIS_START is empty"),
            ("MIS_END", bool(start and end and end < start), "MIS_END is before MIS_START"),
            ("DOB", _dob_conflict(dobs, child, dob), "DOB differs from an earlier row's"),
        ):
            if failed:
                self.problems.add(file, line, header.at(column) + 1, reason)
        if child and (child not in dobs or dobs[child][0] is None):
            dobs[child] = (dob, line)
        if self.problems.total != before or start is None:
            return
        key = f"903M:{child}:{start.isoformat()}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}:{seen[key]}"
        self._events.append(
            EventRow(
                source_id=key,
                person_source_id=child,
                type="missing_episode",
                occurred_at=london_midnight(start),
                occurred_date_only=True,
                ended_at=london_midnight(end) if end else None,
                code=kind,
                text=f"SSDA903 episode: {KINDS[kind]}",
            )
        )


def _dob_conflict(dobs: dict[str, tuple[date | None, int]], child: str, dob: date | None) -> bool:
    known = dobs.get(child, (None, 0))[0]
    return dob is not None and known is not None and known != dob


__all__ = ["Ssda903Reader"]
