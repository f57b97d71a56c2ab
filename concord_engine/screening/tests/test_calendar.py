from datetime import date

from concord_engine.screening.calendar import (
    add_working_days,
    is_working_day,
    working_day_deadline,
    working_days_between,
)
from concord_engine.screening.tests.helpers import at


def test_weekends_are_not_working_days():
    assert is_working_day(date(2025, 3, 7)) is True  # Friday
    assert is_working_day(date(2025, 3, 8)) is False
    assert is_working_day(date(2025, 3, 9)) is False


def test_england_and_wales_bank_holidays_are_not_working_days():
    assert is_working_day(date(2024, 3, 29)) is False  # Good Friday
    assert is_working_day(date(2024, 4, 1)) is False  # Easter Monday
    assert is_working_day(date(2024, 12, 26)) is False  # Boxing Day
    assert is_working_day(date(2024, 8, 26)) is False  # Late Summer (England, not Scotland)


def test_next_working_day_after_friday_is_monday():
    assert add_working_days(date(2025, 3, 7), 1) == date(2025, 3, 10)


def test_next_working_day_skips_easter():
    assert add_working_days(date(2024, 3, 28), 1) == date(2024, 4, 2)


def test_deadline_is_end_of_the_nth_working_day_in_uk_time():
    deadline = working_day_deadline(at("2025-03-07 15:00"), 1)
    assert deadline.date() == date(2025, 3, 10)
    assert (deadline.hour, deadline.minute) == (23, 59)


def test_forty_five_working_days_from_a_monday_is_nine_weeks():
    assert add_working_days(date(2025, 1, 6), 45) == date(2025, 3, 10)
    assert working_days_between(date(2025, 1, 6), date(2025, 3, 10)) == 45
    assert working_days_between(date(2025, 1, 6), date(2025, 3, 11)) == 46


def test_working_days_between_is_zero_for_the_same_day():
    assert working_days_between(date(2025, 1, 6), date(2025, 1, 6)) == 0
