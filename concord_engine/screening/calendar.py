"""Working days in England and Wales: weekdays that are not bank holidays.

Concord's convention (rules.md §0): a follow-up "within N working days" of an event is in time
if it happens no later than the end of the Nth working day after the day of the event, in UK
local time. Durations in working days count the working days after the start day, up to and
including the end day.
"""

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

UK = ZoneInfo("Europe/London")
_FIRST_YEAR = 1990
_LAST_YEAR = 2060
_ORIGIN = date(_FIRST_YEAR, 1, 1).toordinal()


@lru_cache(maxsize=1)
def _bank_holidays() -> frozenset[date]:
    days = holidays.country_holidays("GB", subdiv="ENG", years=range(_FIRST_YEAR, _LAST_YEAR + 1))
    return frozenset(days.keys())


@lru_cache(maxsize=1)
def _cumulative() -> tuple[int, ...]:
    """cum[i] = working days from the origin up to and including origin + i days."""
    bank = _bank_holidays()
    total = 0
    out = []
    day = date(_FIRST_YEAR, 1, 1)
    end = date(_LAST_YEAR, 12, 31)
    while day <= end:
        if day.weekday() < 5 and day not in bank:
            total += 1
        out.append(total)
        day += timedelta(days=1)
    return tuple(out)


def _index(day: date) -> int:
    i = day.toordinal() - _ORIGIN
    if i < 0 or i >= len(_cumulative()):
        raise ValueError(f"date outside the working-day calendar ({_FIRST_YEAR}-{_LAST_YEAR})")
    return i


def is_working_day(day: date) -> bool:
    """Whether this is a weekday that is not an England and Wales bank holiday."""
    return day.weekday() < 5 and day not in _bank_holidays()


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if end <= start:
        return 0
    cum = _cumulative()
    return cum[_index(end)] - cum[_index(start)]


@lru_cache(maxsize=4096)
def add_working_days(start: date, days: int) -> date:
    """The Nth working day after `start` (N >= 1)."""
    day = start
    added = 0
    while added < days:
        day += timedelta(days=1)
        if is_working_day(day):
            added += 1
    return day


def working_day_deadline(at: datetime, days: int) -> datetime:
    """End of the Nth working day after the local day of `at` (timezone-aware, UK local)."""
    return _deadline_after(at.astimezone(UK).date(), days)


@lru_cache(maxsize=8192)
def _deadline_after(local_day: date, days: int) -> datetime:
    # The deadline depends only on the day and N; screens ask for the same days again and again.
    last = add_working_days(local_day, days)
    return datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=UK) - timedelta(
        microseconds=1
    )
