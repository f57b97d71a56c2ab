"""Normalised forms and the NHS number check."""

from __future__ import annotations

import pytest

from concord_engine.io import fold_name, nhs_digits, nhs_number_valid, normalise_postcode


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Zoë", "zoe"),
        ("  O'BRIEN ", "obrien"),
        ("Smith-Jones", "smith-jones"),
        ("Siân  Łucja", "sian ucja"),
        ("Ann\tMarie", "ann marie"),
        ("José María", "jose maria"),
        ("", ""),
    ],
)
def test_fold_name_gives_lower_case_ascii(raw: str, folded: str) -> None:
    assert fold_name(raw) == folded


@pytest.mark.parametrize(
    ("raw", "normal"), [("m1 1ae", "M11AE"), (" OL1  1AA ", "OL11AA"), ("d02 x285", "D02X285")]
)
def test_postcode_loses_spaces_and_gains_capitals(raw: str, normal: str) -> None:
    assert normalise_postcode(raw) == normal


@pytest.mark.parametrize("number", ["9434765919", "4010232137", "9990000026"])
def test_valid_nhs_numbers_pass(number: str) -> None:
    assert nhs_number_valid(number) is True


@pytest.mark.parametrize(
    "number",
    [
        "9434765918",  # wrong check digit
        "943476591",  # nine digits
        "94347659190",  # eleven digits
        "943476591X",
        "1000000010",  # check digit would be 10: never issued
        "０１２３４５６７８９",  # full-width digits are not ASCII digits
    ],
)
def test_invalid_nhs_numbers_fail(number: str) -> None:
    assert nhs_number_valid(number) is False


def test_nhs_digits_strips_spaces_and_hyphens() -> None:
    assert nhs_digits("943 476-5919 ") == "9434765919"
