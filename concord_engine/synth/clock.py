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
    return to_local(to_utc(local)) == local


@lru_cache(maxsize=1)
def _bank_holidays() -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=range(2010, 2031)))


def is_working_day(day: date) -> bool:
    """A weekday that is not an England and Wales bank holiday."""
    return day.weekday() < 5 and day not in _bank_holidays()


def is_bank_holiday(day: date) -> bool:
    """Whether `day` is an England and Wales bank holiday."""
    return day in _bank_holidays()


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day` (count >= 0; 0 gives `day` itself)."""
    current = day
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current):
            count += 1
    return count
