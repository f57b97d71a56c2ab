"""parse_iso_micros must answer exactly as parse_iso_datetime does, cached or not."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from concord_engine.io.dates import DateFormatError, parse_iso_datetime
from concord_engine.io.micros import PG_EPOCH, parse_iso_micros, to_micros


def _reference(value: str) -> tuple[int, bool] | str:
    try:
        parsed, date_only = parse_iso_datetime(value)
    except DateFormatError:
        return "error"
    return to_micros(parsed), date_only


def _ours(value: str) -> tuple[int, bool] | str:
    try:
        return parse_iso_micros(value)
    except DateFormatError:
        return "error"


def test_the_epoch_is_postgresqls() -> None:
    assert to_micros(PG_EPOCH) == 0
    assert to_micros(datetime(2000, 1, 1, 0, 0, 1, tzinfo=UTC)) == 1_000_000
    assert parse_iso_micros("2000-01-01T00:00:00Z") == (0, False)
    # Local midnight on 1 July 2024 is 23:00 UTC the day before (BST).
    expected = to_micros(datetime(2024, 6, 30, 23, tzinfo=UTC))
    assert parse_iso_micros("2024-07-01") == (expected, True)


def test_every_minute_around_both_clock_changes_twice() -> None:
    days = [date(2024, 3, d) for d in (30, 31)] + [date(2024, 10, d) for d in (26, 27, 28)]
    for _ in range(2):  # the second pass is served from the caches
        for day in days:
            for minute in range(0, 1440, 5):
                for text in (
                    f"{day}T{minute // 60:02d}:{minute % 60:02d}",
                    f"{day} {minute // 60:02d}:{minute % 60:02d}:{minute % 60:02d}",
                    f"{day}T{minute // 60:02d}:{minute % 60:02d}:00Z",
                    str(day),
                ):
                    assert _ours(text) == _reference(text), text


def test_fuzzed_values_agree_with_the_datetime_parser() -> None:
    rng = random.Random(7)
    bases = [
        "2024-07-01T12:00",
        "2024-07-01T12:00:30",
        "2024-07-01T12:00:30Z",
        "2024-03-31T01:30",
        "2024-10-27T01:15:00",
        "2023-12-31 23:59",
        "2024-02-29",
        "2024-07-01T12:00+01:00",
        "2024-07-01T12:00:00.5Z",
        "20240701T12:00:00",
    ]
    characters = "0123456789::-.,T Zz+W\u0663"
    for _ in range(40_000):
        base = rng.choice(bases)
        cut = rng.randint(0, len(base))
        tail = "".join(rng.choice(characters) for _ in range(rng.randint(0, 6)))
        value = base[:cut] + tail if rng.random() < 0.5 else base + tail
        if rng.random() < 0.3:  # a known-good value now and then, to fill the caches
            value = base
        assert _ours(value) == _reference(value), repr(value)


@pytest.mark.parametrize(
    "bad", ["2024-02-30T10:00", "2024-07-01T24:00", "2024-07-01T12:60:00Z", "2024-13-01"]
)
def test_bad_values_raise_even_when_their_parts_are_cached(bad: str) -> None:
    for good in ("2024-07-01T10:00", "2024-07-01T12:00:00Z", "2024-02-28T10:00", "2024-12-01"):
        parse_iso_micros(good)
    with pytest.raises(DateFormatError):
        parse_iso_micros(bad)


def test_a_cached_day_keeps_its_own_offset() -> None:
    # An own offset must not teach the cache a wrong local midnight for that day.
    parse_iso_micros("2024-01-15T12:00+05:00")
    local = parse_iso_micros("2024-01-15T12:00")
    assert local == (to_micros(datetime(2024, 1, 15, 12, tzinfo=UTC)), False)
    assert parse_iso_micros("2024-01-15T12:00") == local
    assert timedelta(microseconds=local[0]) + PG_EPOCH == datetime(2024, 1, 15, 12, tzinfo=UTC)
