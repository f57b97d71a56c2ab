"""Times as PostgreSQL's binary `timestamptz`: microseconds since 2000-01-01 00:00 UTC.

A bulk load sends these integers as they are; the driver takes about 0.5 µs to turn each aware
datetime into one (ADR 0022). `parse_iso_micros` gives exactly what `parse_iso_datetime` gives,
as an integer, without building a datetime for the common shapes once their day and clock
have been seen.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from concord_engine.contracts.records import EventRecord, EventRow

from .dates import parse_iso_datetime

PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_SECOND = 1_000_000

# Caches, filled only from values `parse_iso_datetime` accepted (see `_learn`):
# "YYYY-MM-DD" -> local midnight (a day with one UK offset throughout), or UTC midnight for
# values ending in Z; "HH:MM" or "HH:MM:SS" -> that time of day; a date alone -> its value.
_DAYS: dict[str, int] = {}
_UTC_DAYS: dict[str, int] = {}
_CLOCKS: dict[str, int] = {}
_DATES: dict[str, int] = {}


def to_micros(value: datetime) -> int:
    """An aware datetime as microseconds since 2000-01-01 00:00 UTC."""
    return (value - PG_EPOCH) // _MICROSECOND


def to_micros_or_none(value: datetime | None) -> int | None:
    """`to_micros`, passing None through."""
    return None if value is None else (value - PG_EPOCH) // _MICROSECOND


def event_record(event: EventRow) -> EventRecord:
    """An EventRow as an EventRecord (its times as microseconds)."""
    return EventRecord(
        *event[:3],
        to_micros(event.occurred_at),
        event.occurred_date_only,
        to_micros_or_none(event.recorded_at),
        to_micros_or_none(event.ended_at),
        *event[7:],
    )


def parse_iso_micros(value: str) -> tuple[int, bool]:
    """`parse_iso_datetime(value)` as (microseconds, whether it was a date): same errors."""
    size = len(value)
    if size == 10:
        known = _DATES.get(value)
        if known is not None:
            return known, True
    elif size == 20:
        if value[19] == "Z" and value[10] in "T ":
            time_of_day = _CLOCKS.get(value[11:19])
            if time_of_day is not None:
                midnight = _UTC_DAYS.get(value[:10])
                if midnight is not None:
                    return midnight + time_of_day, False
    elif (size == 16 or size == 19) and value[10] in "T ":
        time_of_day = _CLOCKS.get(value[11:])
        if time_of_day is not None:
            midnight = _DAYS.get(value[:10])
            if midnight is not None:
                return midnight + time_of_day, False
    parsed, date_only = parse_iso_datetime(value)
    result = (parsed - PG_EPOCH) // _MICROSECOND
    _learn(value, parsed, date_only, result)
    return result, date_only


def _plain_clock(text: str) -> bool:
    """`HH:MM` or `HH:MM:SS` in ASCII digits, nothing else."""
    if len(text) == 5:
        return text[2] == ":" and (text[:2] + text[3:]).isdigit() and text.isascii()
    if len(text) == 8:
        digits = text[:2] + text[3:5] + text[6:]
        return text[2] == text[5] == ":" and digits.isdigit() and text.isascii()
    return False


def _learn(value: str, parsed: datetime, date_only: bool, result: int) -> None:
    """Remember the day and the clock of a value of a cacheable shape that parsed."""
    if date_only:
        _DATES[value] = result
        return
    size = len(value)
    if size == 20 and value[19] == "Z":
        days, clock = _UTC_DAYS, value[11:19]
    elif size in (16, 19):
        # Local time: only days with one fixed UK offset (the clock-change days come back
        # with the zone itself, not a fixed offset, and are never cached).
        if not isinstance(parsed.tzinfo, timezone):
            return
        days, clock = _DAYS, value[11:]
    else:
        return
    if value[4] != "-" or value[7] != "-" or not _plain_clock(clock) or parsed.microsecond:
        return
    time_of_day = (parsed.hour * 3600 + parsed.minute * 60 + parsed.second) * _SECOND
    _CLOCKS[clock] = time_of_day
    days[value[:10]] = result - time_of_day


__all__ = ["PG_EPOCH", "event_record", "parse_iso_micros", "to_micros", "to_micros_or_none"]
