"""Choosing times near thresholds that every reasonable reading of a rule agrees on."""

from datetime import date, datetime, timedelta

from concord_engine.synth.builder import Builder
from concord_engine.synth.clock import (
    add_hours,
    add_working_days,
    hours_between,
    is_bank_holiday,
    is_working_day,
)


def steady_start(b: Builder, day: date, hours: float, lo: int = 9, hi: int = 20) -> datetime:
    """A start time from which `hours` later reads the same on the wall clock (no clock change)."""
    current = day
    while True:
        start = b.moment(current, lo, hi)
        if is_steady(start, hours):
            return start
        current += timedelta(days=7)


def is_steady(start: datetime, hours: float) -> bool:
    """Whether the wall clock and real time agree over `hours` from `start`."""
    end = add_hours(start, hours)
    return abs((end - start).total_seconds() / 3600 - hours_between(start, end)) < 1e-6


def working_day_from(day: date) -> date:
    """`day` if it is a working day, else the next working day."""
    current = day
    while not is_working_day(current):
        current += timedelta(days=1)
    return current


def friday_from(day: date) -> date:
    """The first working Friday on or after `day` whose next Monday is a working day."""
    current = day + timedelta(days=(4 - day.weekday()) % 7)
    while not (is_working_day(current) and is_working_day(current + timedelta(days=3))):
        current += timedelta(days=7)
    return current


def before_bank_holiday(day: date) -> date:
    """The last working day before the first bank holiday on or after `day`."""
    current = day
    while not is_bank_holiday(current):
        current += timedelta(days=1)
    current -= timedelta(days=1)
    while not is_working_day(current):
        current -= timedelta(days=1)
    return current


def at_hour(day: date, hour: int, minute: int = 0) -> datetime:
    """`day` at a fixed local time (used for times safely inside working hours)."""
    return datetime(day.year, day.month, day.day, hour, minute)


def nth_working_day(day: date, n: int, hour: int, minute: int = 0) -> datetime:
    """The `n`-th working day after `day`, at a fixed time."""
    return at_hour(add_working_days(day, n), hour, minute)
