from datetime import date, datetime

from concord.chronology.entries import PageInfo, _day, _moment


def test_event_dates_read_naturally():
    assert _day(datetime(2024, 5, 3, 9)) == "Fri 3 May 2024"
    assert _moment(datetime(2024, 5, 3, 23, 5)) == "Fri 3 May 2024, 23:05"
    assert _day(datetime.combine(date(2023, 12, 31), datetime.min.time())) == "Sun 31 Dec 2023"


def test_page_numbers_follow_the_govuk_pagination_pattern():
    def numbers(number: int, count: int):
        return PageInfo(number=number, count=count, size=50, start_index=0, end_index=0).numbers

    assert numbers(1, 1) == (1,)
    assert numbers(1, 3) == (1, 2, 3)
    assert numbers(5, 10) == (1, None, 4, 5, 6, None, 10)
    assert numbers(10, 10) == (1, None, 9, 10)
