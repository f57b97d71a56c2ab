"""Read an Ofsted ILACS Annex A workbook (.xlsx), lists 1-8, into people and events.

Headings are matched tolerantly (case, spacing and wording vary between local authorities), in
the manner of the LIIA pipeline's regexes; dates are `dd/mm/yyyy` text or Excel dates; coded
values carry Ofsted's lettered labels (`b) Female`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from concord_engine.contracts.records import EventRow, PersonRow, SourceFormat

from .dates import DateFormatError, london_midnight, parse_uk_date
from .problems import ProblemLog
from .single_file import SingleFileSource

_LIST_SHEET = re.compile(r"^\s*list\s*(\d+)\b", re.IGNORECASE)
_LABEL = re.compile(r"^\s*[a-z]\)\s*", re.IGNORECASE)
CHILD_ID = re.compile(r"child.*unique.*id|^child id$|^unique.*id")
GENDER = re.compile(r"gender|^sex$")
DOB = re.compile(r"date.*birth|^dob$")
HEADER_SCAN_ROWS = 10


@dataclass(frozen=True)
class ListSpec:
    """How one Annex A list becomes events."""

    event_type: str
    start: re.Pattern[str]
    end: re.Pattern[str] | None = None
    code: re.Pattern[str] | None = None
    label: str = ""


LISTS: dict[int, ListSpec] = {
    1: ListSpec("contact", re.compile(r"date.*contact"), None, re.compile(r"source"), "Contact"),
    2: ListSpec(
        "note",
        re.compile(r"assessment.*start|start.*date"),
        re.compile(r"complet"),
        re.compile(r"organisation"),
        "Early help assessment",
    ),
    3: ListSpec("referral", re.compile(r"date.*referral"), None, re.compile(r"source"), "Referral"),
    4: ListSpec(
        "assessment", re.compile(r"assessment.*start"), re.compile(r"authori[sz]"), None, ""
    ),
    5: ListSpec(
        "s47_enquiry", re.compile(r"strategy|section 47.*start|s47.*start"), None, None, ""
    ),
    6: ListSpec(
        "cin_plan",
        re.compile(r"cin.*start"),
        re.compile(r"cin.*clos"),
        re.compile(r"primary.*need"),
        "",
    ),
    7: ListSpec(
        "cp_plan",
        re.compile(r"(protection|cp).*plan.*start"),
        re.compile(r"plan.*end"),
        re.compile(r"initial.*categ"),
        "",
    ),
    8: ListSpec(
        "looked_after",
        re.compile(r"started.*looked after"),
        re.compile(r"date.*ceased"),
        re.compile(r"^(childs )?legal status"),
        "",
    ),
}
ICPC_DATE = re.compile(r"date.*initial.*conference|icpc.*date")


def _heading(value: Any) -> str:
    return " ".join(str(value or "").lower().replace("'", "").split())


def _sex(value: str) -> str | None:
    text = _LABEL.sub("", value).strip().lower()
    if text in ("", "c", "not stated/recorded", "not stated", "not recorded", "u", "unknown"):
        return "U"
    return {
        "male": "M",
        "m": "M",
        "1": "M",
        "female": "F",
        "f": "F",
        "2": "F",
        "neither": "X",
        "x": "X",
        "a": "M",
        "b": "F",
        "d": "X",
    }.get(text)


class AnnexAReader(SingleFileSource):
    """An Annex A workbook: a person per Child Unique ID, events from lists 1-8."""

    format = SourceFormat.ANNEX_A
    person_fields = frozenset(
        {"date_of_birth_raw", "date_of_birth", "dob_precision", "sex", "local_id"}
    )

    def __init__(self, path: Path, problems: ProblemLog) -> None:
        super().__init__(path, problems)
        self._people: dict[str, PersonRow] = {}
        self._events: list[EventRow] = []
        self._ids: dict[str, int] = {}

    def people(self) -> Iterator[PersonRow]:
        """Read every list sheet; yield one person per child."""
        try:
            workbook = load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            self.problems.add(self.source_name, 1, 1, "not a readable .xlsx workbook")
            return
        try:
            found = 0
            for sheet in workbook.worksheets:
                match = _LIST_SHEET.match(sheet.title)
                if match is None or int(match.group(1)) not in LISTS:
                    continue
                found += 1
                self._sheet(int(match.group(1)), sheet.title, sheet.iter_rows(values_only=True))
            if not found:
                self.problems.add(self.source_name, 1, 1, "no sheets named 'List 1' to 'List 8'")
        finally:
            workbook.close()
        yield from self._people.values()

    def events(self) -> Iterator[EventRow]:
        """Yield the events read by `people()`."""
        yield from self._events

    def _sheet(self, number: int, title: str, rows: Iterator[tuple[Any, ...]]) -> None:
        where = f"{self.source_name}[{title}]"
        spec = LISTS[number]
        columns: dict[str, int] | None = None
        for line, row in enumerate(rows, start=1):
            if columns is None:
                headings = [_heading(cell) for cell in row]
                if any(CHILD_ID.search(h) for h in headings):
                    columns = self._columns(where, line, headings, spec)
                    if columns is None:
                        return
                elif line >= HEADER_SCAN_ROWS:
                    self.problems.add(where, 1, 1, "no 'Child Unique ID' heading in the first rows")
                    return
                continue
            if all(cell in (None, "") for cell in row):
                continue
            self._row(number, spec, where, line, row, columns)

    def _columns(
        self, where: str, line: int, headings: list[str], spec: ListSpec
    ) -> dict[str, int] | None:
        wanted: dict[str, re.Pattern[str] | None] = {
            "child": CHILD_ID,
            "gender": GENDER,
            "dob": DOB,
            "start": spec.start,
            "end": spec.end,
            "code": spec.code,
            "icpc": ICPC_DATE if spec.event_type == "s47_enquiry" else None,
        }
        columns: dict[str, int] = {}
        for key, pattern in wanted.items():
            if pattern is None:
                continue
            for position, heading in enumerate(headings):
                if pattern.search(heading) and position not in columns.values():
                    columns[key] = position
                    break
        for key in ("child", "start"):
            if key not in columns:
                name = "Child Unique ID" if key == "child" else "the list's start date"
                self.problems.add(where, line, 1, f"missing column: {name}")
        return columns if "child" in columns and "start" in columns else None

    def _row(
        self,
        number: int,
        spec: ListSpec,
        where: str,
        line: int,
        row: tuple[Any, ...],
        columns: dict[str, int],
    ) -> None:
        def value(key: str) -> Any:
            position = columns.get(key, -1)
            return row[position] if 0 <= position < len(row) else None

        before = self.problems.total
        child = str(value("child") or "").strip()
        if not child:
            self.problems.add(where, line, columns["child"] + 1, "Child Unique ID is empty")
        start = self._date(where, line, columns, "start", value("start"), required=True)
        end = self._date(where, line, columns, "end", value("end"), required=False)
        icpc = self._date(where, line, columns, "icpc", value("icpc"), required=False)
        dob = self._date(where, line, columns, "dob", value("dob"), required=False)
        sex = _sex(str(value("gender") or ""))
        if sex is None:
            self.problems.add(where, line, columns["gender"] + 1, "unknown Gender code label")
        if self.problems.total != before or start is None or sex is None:
            return
        if child not in self._people:
            self._people[child] = PersonRow(
                source_id=child,
                date_of_birth_raw=dob.isoformat() if dob else "",
                date_of_birth=dob,
                dob_precision="day" if dob else "unknown",
                sex=sex,
                local_id=child,
            )
        code = str(value("code") or "").strip()[:100]
        self._add_event(number, spec.event_type, child, start, end, code, spec.label)
        if icpc is not None:
            self._add_event(number, "cp_conference", child, icpc, None, "", "")

    def _add_event(
        self,
        number: int,
        kind: str,
        child: str,
        start: date,
        end: date | None,
        code: str,
        label: str,
    ) -> None:
        key = f"A{number}:{kind}:{child}:{start.isoformat()}"
        self._ids[key] = self._ids.get(key, 0) + 1
        if self._ids[key] > 1:
            key = f"{key}:{self._ids[key]}"
        self._events.append(
            EventRow(
                source_id=key,
                person_source_id=child,
                type=kind,
                occurred_at=london_midnight(start),
                occurred_date_only=True,
                ended_at=london_midnight(end) if end else None,
                code=code,
                text=f"Annex A list {number}: {label}" if label else f"Annex A list {number}",
            )
        )

    def _date(
        self,
        where: str,
        line: int,
        columns: dict[str, int],
        key: str,
        raw: Any,
        *,
        required: bool,
    ) -> date | None:
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        text = str(raw or "").strip()
        if not text:
            if required:
                self.problems.add(where, line, columns[key] + 1, "date is empty")
            return None
        try:
            return parse_uk_date(text)
        except DateFormatError as exc:
            self.problems.add(where, line, columns[key] + 1, f"bad date: {exc}")
            return None


__all__ = ["LISTS", "AnnexAReader"]
