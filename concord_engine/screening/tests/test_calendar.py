from datetime import UTC, date, datetime, time, timedelta

from concord_engine.screening.calendar import (
    UK,
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


def _deadline_by_formula(at_: datetime, days: int) -> datetime:
    last = add_working_days(at_.astimezone(UK).date(), days)
    return datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=UK) - timedelta(
        microseconds=1
    )


def test_cached_deadline_equals_the_formula_on_every_day_of_three_years():
    # Weekends, bank holidays (Easter, Christmas, the late May and August Mondays), both clock
    # changes, and times either side of UK midnight in UTC and UK local time.
    day = date(2024, 1, 1)
    checked = 0
    while day < date(2027, 1, 1):
        for hour, minute in ((0, 30), (12, 0), (23, 30)):
            for zone in (UTC, UK):
                moment = datetime.combine(day, time(hour, minute), tzinfo=zone)
                for days in (1, 5, 45):
                    assert working_day_deadline(moment, days) == _deadline_by_formula(
                        moment, days
                    ), (moment, days)
                    checked += 1
        day += timedelta(days=1)
    assert checked > 19_000


def test_deadline_over_christmas_and_new_year():
    # Tuesday 24 December 2024: 25, 26 December and 1 January are bank holidays.
    assert working_day_deadline(at("2024-12-24 10:00"), 1).date() == date(2024, 12, 27)
    assert working_day_deadline(at("2024-12-24 10:00"), 4).date() == date(2025, 1, 2)
    # A Saturday counts from the next working day.
    assert working_day_deadline(at("2025-03-08 10:00"), 1).date() == date(2025, 3, 10)
