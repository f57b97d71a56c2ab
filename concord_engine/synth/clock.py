"""UK local time, real elapsed hours across clock changes, and England working days."""

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")


def to_utc(local: datetime) -> datetime:
    """A naive UK local time as an aware UTC time."""
    return local.replace(tzinfo=LONDON).astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    """An aware time as a naive UK local time (what CIF-1 writes)."""
    return moment.astimezone(LONDON).replace(tzinfo=None)


def add_hours(local: datetime, hours: float) -> datetime:
    """The naive local time `hours` real hours after `local` (clock changes respected)."""
    return to_local(to_utc(local) + timedelta(hours=hours))


def hours_between(start: datetime, end: datetime) -> float:
    """Real hours from one naive local time to another."""
    return (to_utc(end) - to_utc(start)).total_seconds() / 3600


def is_real_local_time(local: datetime) -> bool:
    """False for wall-clock times skipped when the clocks go forward."""
    if local.hour != 1 or local.month != 3 or local.day < 25 or local.weekday() != 6:
        return True  # the gap is 01:00 to 02:00 on the last Sunday of March
    return to_local(to_utc(local)) == local


_FIRST = date(2010, 1, 1)
_LAST = date(2031, 12, 31)


@lru_cache(maxsize=1)
def _bank_holidays() -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=range(2010, 2032)))


@lru_cache(maxsize=1)
def _calendar() -> tuple[list[int], list[int]]:
    """Cumulative working-day counts per day, and the ordinals of the working days."""
    bank = _bank_holidays()
    cumulative: list[int] = []
    working: list[int] = []
    count = 0
    for ordinal in range(_FIRST.toordinal(), _LAST.toordinal() + 1):
        day = date.fromordinal(ordinal)
        if day.weekday() < 5 and day not in bank:
            count += 1
            working.append(ordinal)
        cumulative.append(count)
    return cumulative, working


def _index(day: date) -> int:
    if not _FIRST <= day <= _LAST:
        raise ValueError(f"{day} is outside the supported calendar {_FIRST} to {_LAST}")
    return day.toordinal() - _FIRST.toordinal()


def is_working_day(day: date) -> bool:
    """A weekday that is not an England and Wales bank holiday."""
    return day.weekday() < 5 and day not in _bank_holidays()


def is_bank_holiday(day: date) -> bool:
    """Whether `day` is an England and Wales bank holiday."""
    return day in _bank_holidays()


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day` (count >= 0; 0 gives `day` itself)."""
    if count <= 0:
        return day
    cumulative, working = _calendar()
    # cumulative[i] working days up to and including `day`; the next ones follow in order.
    return date.fromordinal(working[cumulative[_index(day)] + count - 1])


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if end <= start:
        return 0
    cumulative, _working = _calendar()
    return cumulative[_index(end)] - cumulative[_index(start)]
