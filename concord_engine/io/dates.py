"""Dates and date-times as the formats write them; naive times are Europe/London."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
_PARTIAL_DOB = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class DateFormatError(ValueError):
    """A value that is not a date in the expected form (the message never holds the value)."""


def parse_partial_date(value: str) -> tuple[date, str]:
    """Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; return the first day and its precision.

    Dates of birth repeat (a partnership's children were born on a few thousand days), so a
    value that parsed is remembered, up to `PARTIAL_DATES_KEPT` of them.
    """
    known = _PARTIAL_DATES.get(value)
    if known is not None:
        return known
    parsed = _parse_partial_date(value)
    if len(_PARTIAL_DATES) < PARTIAL_DATES_KEPT:
        _PARTIAL_DATES[value] = parsed
    return parsed


PARTIAL_DATES_KEPT = 65_536
_PARTIAL_DATES: dict[str, tuple[date, str]] = {}


def _parse_partial_date(value: str) -> tuple[date, str]:
    match = _PARTIAL_DOB.match(value)
    if match is None:
        raise DateFormatError("expected YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        if day is not None:
            return date(int(year), int(month), int(day)), "day"
        if month is not None:
            return date(int(year), int(month), 1), "month"
        return date(int(year), 1, 1), "year"
    except ValueError as exc:
        raise DateFormatError("no such date") from exc


def parse_iso_datetime(value: str) -> tuple[datetime, bool]:
    """Parse an ISO 8601 date or date-time; return an aware datetime and whether it was a date.

    A date alone means midnight, UK local time; a date-time without an offset is UK local time.
    The hot path of a large import: a naive time gets its day's fixed UK offset from a cache
    (`datetime.replace(tzinfo=...)` costs four parses), except on the two days a year the
    clocks change, which go through `zoneinfo` as before. A plain `YYYY-MM-DDTHH:MM[:SS]` whose
    day and clock have both been read before is the day's cached midnight plus the cached clock
    (ADR 0022).
    """
    size = len(value)
    if size == 10:
        cached = _DATES.get(value)
        if cached is None:
            cached = _DATES[value] = _london_date(value)
        return cached, True
    if size < 16 or value[10] not in "T ":
        raise DateFormatError(_ISO)
    plain = (size == 16 or size == 19) and value[4] == "-" and value[7] == "-"
    if plain:
        # `YYYY-MM-DDTHH:MM[:SS]`, local: the day's midnight plus the clock, when both have
        # been read before (the caches hold only what `fromisoformat` accepted).
        clock = _CLOCKS.get(value[11:])
        if clock is not None:
            midnight = _MIDNIGHTS.get(value[:10])
            if midnight is not None:
                return midnight + clock, False
    return _parse_date_time(value, plain=plain), False


def _parse_date_time(value: str, *, plain: bool) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise DateFormatError(_ISO) from exc
    if parsed.tzinfo is not None:
        return parsed
    suffix = _OFFSETS.get(value[:10])
    if suffix is None:
        suffix = _OFFSETS[value[:10]] = _day_offset(parsed.date())
    if not suffix:
        return parsed.replace(tzinfo=LONDON)
    if plain:
        _remember(value, parsed, suffix)
    return datetime.fromisoformat(value + suffix)


def _remember(value: str, parsed: datetime, suffix: str) -> None:
    """Cache a plain local date-time's day (at its fixed offset) and clock for the fast path."""
    if parsed.microsecond:
        return
    _CLOCKS[value[11:]] = timedelta(hours=parsed.hour, minutes=parsed.minute, seconds=parsed.second)
    if value[:10] not in _MIDNIGHTS:
        _MIDNIGHTS[value[:10]] = datetime.fromisoformat(value[:10] + "T00:00" + suffix)


_ISO = "expected an ISO 8601 date or date-time"
# Keyed by a string's first ten characters (they fix the day); bounded by the days in the data.
_OFFSETS: dict[str, str] = {}
_DATES: dict[str, datetime] = {}
# The fast path of plain local times: "HH:MM[:SS]" -> time of day; "YYYY-MM-DD" -> midnight at
# the day's fixed UK offset (days the clocks change are never stored). Bounded by the clock
# values (at most 87,840) and the days in the data.
_CLOCKS: dict[str, timedelta] = {}
_MIDNIGHTS: dict[str, datetime] = {}


def _london_date(value: str) -> datetime:
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise DateFormatError(_ISO) from exc
    return datetime(day.year, day.month, day.day, tzinfo=LONDON)


def _day_offset(day: date) -> str:
    """The UK offset for the whole of `day` as `+HH:MM`, or "" when the clocks change that day."""
    first = datetime(day.year, day.month, day.day, tzinfo=LONDON).utcoffset()
    last = datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=LONDON).utcoffset()
    if first is None or first != last:
        return ""
    minutes = int(first.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_uk_date(value: str) -> date:
    """Parse `dd/mm/yyyy` (Annex A, SSDA903)."""
    match = _UK_DATE.match(value)
    if match is None:
        raise DateFormatError("expected dd/mm/yyyy")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateFormatError("no such date") from exc


def london_midnight(day: date) -> datetime:
    """Midnight at the start of a UK calendar day, as an aware datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=LONDON)


def to_utc(value: datetime) -> datetime:
    """Convert an aware datetime to UTC."""
    return value.astimezone(UTC)


__all__ = [
    "LONDON",
    "DateFormatError",
    "london_midnight",
    "parse_iso_datetime",
    "parse_partial_date",
    "parse_uk_date",
    "to_utc",
]
