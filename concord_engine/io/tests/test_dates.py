"""Dates: partial dates of birth, ISO date-times in UK local time, dd/mm/yyyy."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from concord_engine.io import LONDON, dates, parse_iso_datetime, parse_partial_date, parse_uk_date
from concord_engine.io.dates import DateFormatError


def test_partial_dates_keep_their_precision() -> None:
    assert parse_partial_date("2011-04-05") == (date(2011, 4, 5), "day")
    assert parse_partial_date("2011-04") == (date(2011, 4, 1), "month")
    assert parse_partial_date("2011") == (date(2011, 1, 1), "year")


@pytest.mark.parametrize("bad", ["05/04/2011", "2011-4-5", "2011-13", "2011-02-30", "11", ""])
def test_bad_partial_dates_raise(bad: str) -> None:
    with pytest.raises(DateFormatError):
        parse_partial_date(bad)
    with pytest.raises(DateFormatError):
        parse_partial_date(bad)  # a refused value is never remembered


def test_remembered_partial_dates_are_the_parsed_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "_PARTIAL_DATES", {})
    monkeypatch.setattr(dates, "PARTIAL_DATES_KEPT", 3)
    values = ["2011-04-05", "2011-04", "2011", "2012-02-29", "2011-04-05", "٢٠١١-٠٤-٠٥"]
    first = [parse_partial_date(value) for value in values]
    again = [parse_partial_date(value) for value in values]
    assert first == again == [dates._parse_partial_date(value) for value in values]
    assert first[3] == (date(2012, 2, 29), "day")
    assert len(dates._PARTIAL_DATES) == 3  # no more than it may keep


def test_naive_times_are_uk_local_time_across_the_clock_change() -> None:
    summer, _ = parse_iso_datetime("2024-07-01T12:00")
    winter, _ = parse_iso_datetime("2024-12-01T12:00:00")
    assert summer.astimezone(UTC) == datetime(2024, 7, 1, 11, tzinfo=UTC)
    assert winter.astimezone(UTC) == datetime(2024, 12, 1, 12, tzinfo=UTC)


def test_offsets_are_respected_and_dates_flagged() -> None:
    value, date_only = parse_iso_datetime("2024-07-01T12:00:00Z")
    assert (value, date_only) == (datetime(2024, 7, 1, 12, tzinfo=UTC), False)
    day, date_only = parse_iso_datetime("2024-07-01")
    assert date_only is True
    assert day.astimezone(UTC) == datetime(2024, 6, 30, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "utc"),
    [
        ("2024-07-01T12:00+01:00", datetime(2024, 7, 1, 11, tzinfo=UTC)),
        ("2024-12-01T12:00-05:00", datetime(2024, 12, 1, 17, tzinfo=UTC)),
        ("2024-12-01T12:00:30.5+0530", datetime(2024, 12, 1, 6, 30, 30, 500000, tzinfo=UTC)),
    ],
)
def test_a_value_with_its_own_offset_keeps_it(value: str, utc: datetime) -> None:
    parsed, date_only = parse_iso_datetime(value)
    assert not date_only
    assert parsed == utc
    assert parsed.utcoffset() == datetime.fromisoformat(value).utcoffset()


@pytest.mark.parametrize(
    "bad",
    [
        "2024-07-01T25:00",
        "01/07/2024",
        "2024-07",
        "yesterday",
        "2024-07-01X12:00",
        "2024-02-30T10:00",  # no such day: the offset cache must not accept it
        "2024-07-01T12:00+",
        "2024-07-01T12:00+01:00+01:00",
        "2024-07-01T12:00ZZ",
        "2024-07-01T12:00z",
        # One stray character after the time: `fromisoformat` would skip it before an offset.
        "2024-07-01T12:008",
        "2023-12-31 23:59 ",
        "2024-07-01T12:00W",
        "2024-07-01T12:00,",
    ],
)
def test_bad_date_times_raise(bad: str) -> None:
    with pytest.raises(DateFormatError):
        parse_iso_datetime(bad)


def test_uk_dates() -> None:
    assert parse_uk_date("05/04/2011") == date(2011, 4, 5)
    assert parse_uk_date("5/4/2011") == date(2011, 4, 5)
    with pytest.raises(DateFormatError):
        parse_uk_date("2011-04-05")
    with pytest.raises(DateFormatError):
        parse_uk_date("31/02/2024")


def _zoneinfo_reference(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=LONDON)


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-31T00:59",  # last minute of GMT on the spring change day
        "2024-03-31T01:30",  # a time the clocks skip
        "2024-03-31T02:00",
        "2024-10-27T00:30",
        "2024-10-27T01:30",  # a time that happens twice: the first (BST), as zoneinfo says
        "2024-10-27T02:00",
        "2024-03-30T23:59:59",
        "2024-10-28T00:00:00.250",
        "2024-07-01 12:00",
        "1987-06-15T08:00",
        "2024-W27-1T12:00",
    ],
)
def test_cached_offsets_agree_with_zoneinfo(value: str) -> None:
    parsed, date_only = parse_iso_datetime(value)
    expected = _zoneinfo_reference(value)
    assert not date_only
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_every_day_of_a_year_gets_the_zoneinfo_offset() -> None:
    day = date(2023, 1, 1)
    while day.year == 2023:
        for clock in ("00:00", "00:59", "01:00", "01:59", "02:00", "12:00", "23:59"):
            value = f"{day.isoformat()}T{clock}"
            assert parse_iso_datetime(value)[0] == _zoneinfo_reference(value), value
        day += timedelta(days=1)


def test_dates_alone_are_cached_but_still_checked() -> None:
    first, _ = parse_iso_datetime("2024-10-27")
    assert first is parse_iso_datetime("2024-10-27")[0]
    assert first.astimezone(UTC) == datetime(2024, 10, 26, 23, tzinfo=UTC)
    with pytest.raises(DateFormatError):
        parse_iso_datetime("2024-02-30")


@pytest.mark.parametrize(
    "value",
    [
        "2024-07-01T12:00",
        "2024-07-01 12:00:30",
        "2024-12-01T00:00:00",
        "2024-03-31T01:30",  # a clock-change day: never served from the midnight cache
        "2024-10-27T01:30:00",
    ],
)
def test_a_second_reading_from_the_caches_equals_the_first(value: str) -> None:
    first = parse_iso_datetime(value)
    second = parse_iso_datetime(value)
    expected = _zoneinfo_reference(value)
    assert first == second == (expected, False)
    assert first[0].utcoffset() == second[0].utcoffset() == expected.utcoffset()


def test_clock_change_days_are_not_cached_as_fixed_offsets() -> None:
    parse_iso_datetime("2024-03-31T03:00")
    parse_iso_datetime("2024-10-27T03:00:00")
    assert "2024-03-31" not in dates._MIDNIGHTS
    assert "2024-10-27" not in dates._MIDNIGHTS
    # A cached clock does not make a bad day acceptable, nor a good day a bad clock.
    parse_iso_datetime("2024-07-01T12:00")
    with pytest.raises(DateFormatError):
        parse_iso_datetime("2024-02-30T12:00")
    with pytest.raises(DateFormatError):
        parse_iso_datetime("2024-07-01T12:60")
