"""NHS numbers: the modulus 11 check, generation and realistic keying errors."""

import random

from concord_engine.synth.nhs import (
    format_nhs_number,
    is_valid_nhs_number,
    make_nhs_number,
    nhs_check_digit,
    wrong_but_valid,
)


def test_known_example_passes_and_a_changed_digit_fails():
    assert is_valid_nhs_number("943 476 5919")
    assert not is_valid_nhs_number("9434765918")
    assert not is_valid_nhs_number("94347659")


def test_remainder_ten_cannot_be_issued():
    bad = next(
        f"{n:09d}" for n in range(400_000_000, 400_001_000) if nhs_check_digit(f"{n:09d}") is None
    )
    assert nhs_check_digit(bad) is None


def test_generated_numbers_are_valid_in_every_format():
    rng = random.Random(3)
    for _ in range(500):
        number = make_nhs_number(rng)
        for style in range(3):
            assert is_valid_nhs_number(format_nhs_number(number, style))


def test_wrong_but_valid_differs_and_still_passes():
    rng = random.Random(5)
    for _ in range(200):
        number = make_nhs_number(rng)
        wrong = wrong_but_valid(rng, number)
        assert is_valid_nhs_number(wrong)
        assert wrong != number
