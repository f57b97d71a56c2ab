"""Read and validate a CIF-1 extract (SPEC §2), streaming both CSV files."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from itertools import chain, islice
from typing import Any, cast

from concord_engine.contracts.records import (
    PERSON_FIELDS,
    EventRecord,
    EventRow,
    ManifestAgency,
    PersonRow,
    SourceFormat,
)

from .batches import BATCH_ROWS
from .csvstream import CSV_ERRORS, CsvRows, Header, read_header, stream_rows
from .dates import DateFormatError, parse_iso_datetime, parse_partial_date
from .jsonpos import json_position
from .manifest import read_manifest
from .micros import event_record, parse_iso_micros
from .normalise import fold_name, nhs_digits, nhs_number_valid, normalise_postcode
from .problems import ProblemLog
from .source import CIF1_FILES, ExtractFiles
from .vocabulary import (
    ALL_EVENT_TYPES,
    EVENT_COLUMNS,
    EVENT_REQUIRED,
    EVENT_TYPES_BY_SECTOR,
    PEOPLE_COLUMNS,
    PEOPLE_REQUIRED,
    RISK_LEVELS,
    SEXES,
)

PEOPLE = "people.csv"
EVENTS = "events.csv"
# CIF-1 carries every person field (the one-file formats carry fewer).
ALL_PERSON_FIELDS = frozenset(PERSON_FIELDS[1:])
# A bulk load's head fields and each person's key (see `ExtractReader.event_batches`).
Keyed = tuple[tuple[Any, Any], Mapping[str, int]]


class Cif1Reader:
    """One CIF-1 extract: its manifest, then its people, then its events.

    `people()` must be consumed before `events()`: events are checked against the person ids.
    Problems go to `problems`; rows with problems are not yielded.
    """

    format = SourceFormat.CIF1
    person_fields = ALL_PERSON_FIELDS

    def __init__(self, files: ExtractFiles, problems: ProblemLog) -> None:
        self.files = files
        self.problems = problems
        self.source_name = files.label
        self.person_lines: dict[str, int] = {}
        self._people_at: tuple[Header, tuple[int, ...]] | None = None
        self.manifest = None
        self.manifest_text = ""
        for name in CIF1_FILES:
            if not files.has(name):
                problems.add(name, 1, 1, "file missing from the extract")
        if files.has("manifest.json"):
            with files.open("manifest.json") as stream:
                self.manifest, self.manifest_text = read_manifest(stream, "manifest.json", problems)

    def content_hash(self) -> str:
        """SHA-256 of the extract's files."""
        return self.files.content_hash()

    def agency(self) -> ManifestAgency | None:
        """The agency the manifest names."""
        return self.manifest.agency if self.manifest is not None else None

    def extracted_at(self) -> datetime | None:
        """When the agency made the extract."""
        return self.manifest.extracted_at if self.manifest is not None else None

    def manifest_position(self, path: Sequence[str | int]) -> tuple[int, int]:
        """Line and column of a manifest field, for a problem about its value."""
        if self.manifest is None:
            return 1, 1
        return json_position(self.manifest_text, path)

    def people(self) -> Iterator[PersonRow]:
        """Yield each valid person row of people.csv."""
        if not self.files.has(PEOPLE):
            return
        with self.files.open(PEOPLE) as stream:
            first, rows = stream_rows(stream, PEOPLE, self.problems)
            header = read_header(PEOPLE, first, PEOPLE_COLUMNS, PEOPLE_REQUIRED, self.problems)
            if header is None:
                return
            for line, cells in rows:
                cells.append("")  # where a column the file leaves out points
                person = self._person(header, line, cells)
                if person is not None:
                    yield person

    def events(self) -> Iterator[EventRow]:
        """Yield each valid event row of events.csv."""
        return cast(Iterator[EventRow], chain.from_iterable(self._batches(micros=False)))

    def event_batches(
        self,
        head: tuple[Any, Any],
        person_keys: Mapping[str, int],
        *,
        micros: bool,
        ids_checked_by_store: bool = False,
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Sound events ready for a bulk load, in batches (see `ExtractReader`)."""
        return self._batches(
            micros=micros, keyed=(head, person_keys), track_ids=not ids_checked_by_store
        )

    def _batches(
        self, *, micros: bool, keyed: Keyed | None = None, track_ids: bool = True
    ) -> Iterator[list[tuple[Any, ...]]]:
        if not self.files.has(EVENTS):
            return
        sector = self.manifest.agency.sector.value if self.manifest is not None else "other"
        with self.files.open(EVENTS) as stream:
            first, rows = stream_rows(stream, EVENTS, self.problems)
            header = read_header(EVENTS, first, EVENT_COLUMNS, EVENT_REQUIRED, self.problems)
            if header is None:
                return
            checker = _EventChecker(header, self.person_lines, sector, self.problems)
            yield from checker.batches(rows, micros=micros, keyed=keyed, track_ids=track_ids)

    def _person(self, header: Header, line: int, cells: list[str]) -> PersonRow | None:
        # Column positions in PEOPLE_COLUMNS order; a column the file leaves out points one past
        # the end, where `people()` has put "".
        (i_id, i_given, i_family, i_other, i_dob, i_sex, i_post, i_addr, i_nhs, i_upn, i_local) = (
            self._person_columns(header)
        )
        before = self.problems.total
        person_id = cells[i_id].strip()
        if not person_id:
            self._add(PEOPLE, line, header, "person_id", "person_id is empty")
        elif person_id in self.person_lines:
            first = self.person_lines[person_id]
            reason = f"duplicate person_id (first on line {first})"
            self._add(PEOPLE, line, header, "person_id", reason)
        else:
            self.person_lines[person_id] = line
        dob_raw = cells[i_dob].strip()
        dob, precision = None, "unknown"
        if dob_raw:
            try:
                dob, precision = parse_partial_date(dob_raw)
            except DateFormatError as exc:
                self._add(PEOPLE, line, header, "date_of_birth", f"bad date_of_birth: {exc}")
        sex = cells[i_sex].strip().upper() or "U"
        if sex not in SEXES:
            self._add(PEOPLE, line, header, "sex", "bad sex: expected F, M, X or U")
        nhs_raw = cells[i_nhs]
        nhs = nhs_digits(nhs_raw)
        if nhs and not nhs_number_valid(nhs):
            reason = "bad NHS number: fails the modulus 11 check"
            self._add(PEOPLE, line, header, "nhs_number", reason)
        if self.problems.total != before:
            return None
        given, family, postcode = cells[i_given], cells[i_family], cells[i_post]
        return PersonRow(
            person_id,
            given,
            family,
            cells[i_other],
            dob_raw,
            dob,
            precision,
            sex,
            postcode,
            cells[i_addr],
            nhs_raw,
            cells[i_upn].strip(),
            cells[i_local].strip(),
            fold_name(given),
            fold_name(family),
            normalise_postcode(postcode),
            nhs,
        )

    def _person_columns(self, header: Header) -> tuple[int, ...]:
        if self._people_at is None or self._people_at[0] is not header:
            at = tuple(
                header.at(name) if header.at(name) >= 0 else header.width for name in PEOPLE_COLUMNS
            )
            self._people_at = (header, at)
        return self._people_at[1]

    def _add(self, file: str, line: int, header: Header, column: str, reason: str) -> None:
        self.problems.add(file, line, header.at(column) + 1, reason)


class _EventChecker:
    """Check events.csv rows. The hot loop of a large import: plain indexes, few calls."""

    def __init__(
        self, header: Header, people: dict[str, int], sector: str, problems: ProblemLog
    ) -> None:
        self.people = people
        self.types = EVENT_TYPES_BY_SECTOR[sector]
        self.sector = sector
        self.problems = problems
        self.seen: dict[str, int] = {}
        # A column the file leaves out points one past the end, where `check` puts "".
        self.i = {
            name: (header.at(name) if header.at(name) >= 0 else header.width)
            for name in EVENT_COLUMNS
        }
        self.columns = tuple(self.i[name] for name in EVENT_COLUMNS)
        self.previous_end = 1  # the last line of the last row read (the header's, at first)

    def _bad(self, line: int, name: str, reason: str) -> None:
        self.problems.add(EVENTS, line, self.i[name] + 1, reason)

    def batches(
        self, rows: CsvRows, *, micros: bool, keyed: Keyed | None = None, track_ids: bool = True
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Each sound event of `rows`, a batch at a time, recording the problems of the others.

        Rows are EventRows; with `keyed` (a head and the person keys), they are the head, the
        event id, the person's key and the event's fields from `type` on, ready for a bulk load
        (with `micros`, times as EventRecord's integers), and events whose person has no key
        are left out (the reader refused that person, so the caller rolls back).
        A batch is at most `BATCH_ROWS` CSV rows' worth: one loop per batch, not one
        generator step per row. Without `track_ids`, sound rows' event ids are not remembered
        and a repeated one is not noticed: for a load into a store that refuses it.
        """
        reader = rows.reader
        while True:
            before = reader.line_num  # type: ignore[attr-defined]
            found: list[tuple[Any, ...]] = []
            cells_in = islice(reader, BATCH_ROWS)
            whole = self._fill(rows, cells_in, found.append, micros, keyed, track_ids)
            if found:
                yield found
            if not whole or reader.line_num == before:  # type: ignore[attr-defined]
                return

    def _fill(
        self,
        rows: CsvRows,
        cells_in: Iterator[list[str]],
        emit: Callable[[tuple[Any, ...]], None],
        micros: bool,
        keyed: Keyed | None,
        track_ids: bool,
    ) -> bool:
        """Check each row of `cells_in`, emitting the sound ones; False if the CSV broke.

        A sound row (nearly all of them) takes the first path: every test at once, in one loop
        over the CSV reader itself (line numbers kept as `CsvRows` keeps them) with everything
        in local names, no calls but the date parser and `emit`. Anything amiss goes to
        `_check_each`, which names each problem.
        """
        (i_id, i_person, i_type, i_occ, i_rec, i_end, i_code, i_rel_p, i_rel_e, i_role, i_text) = (
            self.columns
        )
        people, seen, types = self.people, self.seen, self.types
        untracked = not track_ids  # remembering a million ids is a sixth of the loop's time
        parse = parse_iso_micros if micros else parse_iso_datetime
        # The person test and, when keyed, the lookup of the person's key: one dict lookup.
        (first, second), keys = keyed if keyed is not None else ((None, None), people)
        key_of = keys.get
        new_tuple = tuple.__new__
        reader, width = rows.reader, rows.width
        pad = max(self.columns) >= width  # a column the file leaves out reads as ""
        previous_end = self.previous_end
        try:
            for cells in cells_in:
                line = previous_end + 1
                previous_end = reader.line_num  # type: ignore[attr-defined]
                if len(cells) != width:
                    if cells:
                        rows.wrong_width(line, cells)
                    continue
                if pad:
                    cells.append("")
                event_id = cells[i_id].strip()
                person_id = cells[i_person].strip()
                kind = cells[i_type].strip()
                related = cells[i_rel_p].strip()
                code = cells[i_code].strip()
                if (
                    event_id
                    and (untracked or event_id not in seen)
                    and (key := key_of(person_id)) is not None
                    and kind in types
                    and (not related or related in people)
                    and (kind != "risk_assessment" or not code or code.lower() in RISK_LEVELS)
                ):
                    recorded_raw = cells[i_rec].strip()
                    ended_raw = cells[i_end].strip()
                    try:
                        occurred, date_only = parse(cells[i_occ].strip())
                        recorded = parse(recorded_raw)[0] if recorded_raw else None
                        ended = parse(ended_raw)[0] if ended_raw else None
                    except DateFormatError:
                        self._slow(line, cells, emit, micros, keyed)
                        continue
                    if track_ids:
                        seen[event_id] = line
                    if keyed is not None:
                        emit(
                            (
                                first,
                                second,
                                event_id,
                                key,
                                kind,
                                occurred,
                                date_only,
                                recorded,
                                ended,
                                code,
                                related,
                                cells[i_rel_e].strip(),
                                cells[i_role],
                                cells[i_text],
                            )
                        )
                        continue
                    # tuple.__new__ skips the NamedTuple's Python-level __new__ (every field is
                    # given, so it has no defaults to fill): about 0.2 µs a row.
                    emit(
                        new_tuple(
                            EventRow,
                            (
                                event_id,
                                person_id,
                                kind,
                                occurred,
                                date_only,
                                recorded,
                                ended,
                                code,
                                related,
                                cells[i_rel_e].strip(),
                                cells[i_role],
                                cells[i_text],
                            ),
                        )
                    )
                else:
                    self._slow(line, cells, emit, micros, keyed)
        except CSV_ERRORS as exc:
            # Raised by the reader (never by `emit`, which only collects).
            rows.broken(previous_end + 1, exc)
            return False
        finally:
            self.previous_end = previous_end
        return True

    def _slow(
        self,
        line: int,
        cells: list[str],
        emit: Callable[[tuple[Any, ...]], None],
        micros: bool,
        keyed: Keyed | None,
    ) -> None:
        """`_check_each`, emitting the event (as `_fill` would) if it is sound."""
        event = self._check_each(line, cells)
        if event is None:
            return
        if keyed is None:
            emit(event)
            return
        head, keys = keyed
        key = keys.get(event.person_source_id)
        if key is not None:
            row: EventRow | EventRecord = event_record(event) if micros else event
            emit((*head, row[0], key, *row[2:]))

    def _check_each(self, line: int, cells: list[str]) -> EventRow | None:
        (i_id, i_person, i_type, i_occ, i_rec, i_end, i_code, i_rel_p, i_rel_e, i_role, i_text) = (
            self.columns
        )
        before = self.problems.total
        event_id = cells[i_id].strip()
        person_id = cells[i_person].strip()
        related = cells[i_rel_p].strip()
        if event_id in self.seen or not event_id or person_id not in self.people:
            self._id_problems(line, event_id, person_id)
        else:
            self.seen[event_id] = line
        if related and related not in self.people:
            self._bad(line, "related_person_id", "related_person_id not found in people.csv")
        kind = cells[i_type].strip()
        if kind not in self.types:
            self._type_problem(line, kind)
        occurred, date_only = self._when(line, cells[i_occ], "occurred_at")
        recorded = self._when(line, cells[i_rec], "recorded_at")[0] if cells[i_rec] else None
        ended = self._when(line, cells[i_end], "ended_at")[0] if cells[i_end] else None
        code = cells[i_code].strip()
        if kind == "risk_assessment" and code and code.lower() not in RISK_LEVELS:
            self._bad(line, "code", "bad risk level: expected none, low, medium or high")
        if occurred is None or self.problems.total != before:
            return None
        return EventRow(
            event_id,
            person_id,
            kind,
            occurred,
            date_only,
            recorded,
            ended,
            code,
            related,
            cells[i_rel_e].strip(),
            cells[i_role],
            cells[i_text],
        )

    def _id_problems(self, line: int, event_id: str, person_id: str) -> None:
        if not event_id:
            self._bad(line, "event_id", "event_id is empty")
        elif event_id in self.seen:
            first = self.seen[event_id]
            self._bad(line, "event_id", f"duplicate event_id (first on line {first})")
        else:
            self.seen[event_id] = line
        if person_id not in self.people:
            self._bad(line, "person_id", "person_id not found in people.csv")

    def _type_problem(self, line: int, kind: str) -> None:
        reason = (
            f"event type '{kind}' is not used by the {self.sector} sector"
            if kind in ALL_EVENT_TYPES
            else "unknown event type (not in the CIF-1 vocabulary)"
        )
        self._bad(line, "type", reason)

    def _when(self, line: int, raw: str, name: str) -> tuple[datetime | None, bool]:
        value = raw.strip()
        if not value:
            if name == "occurred_at":
                self._bad(line, name, "occurred_at is empty")
            return None, False
        try:
            return parse_iso_datetime(value)
        except DateFormatError as exc:
            self._bad(line, name, f"bad {name}: {exc}")
            return None, False


__all__ = ["ALL_PERSON_FIELDS", "Cif1Reader"]
