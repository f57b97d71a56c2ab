import pytest

from concord_engine.screening.codes import (
    cin_factor_kinds,
    is_sexual_incident_category,
    is_sexual_offence_code,
    normalise_offence_code,
)


@pytest.mark.parametrize(
    ("raw", "norm"), [("071/17", "71/17"), (" 19e", "19E"), ("088A", "88A"), ("21", "21")]
)
def test_offence_codes_are_normalised(raw, norm):
    assert normalise_offence_code(raw) == norm


@pytest.mark.parametrize("code", ["19E", "19D", "20B", "22B", "71", "071/17", "88A", "17B", "21"])
def test_sexual_offence_codes_are_recognised(code):
    assert is_sexual_offence_code(code) is True


@pytest.mark.parametrize("code", ["", "28E", "8N", "105A", "30/1", "BURGLARY"])
def test_other_offence_codes_are_not_sexual(code):
    assert is_sexual_offence_code(code) is False


def test_incident_categories():
    assert is_sexual_incident_category("SEXUAL OFFENCE") is True
    assert is_sexual_incident_category("Child sexual exploitation") is True
    assert is_sexual_incident_category("CONCERN FOR WELFARE") is False
    assert is_sexual_incident_category("") is False


def test_cin_factor_codes():
    assert cin_factor_kinds("11A;10A") == {"missing", "cin_factor"}
    assert cin_factor_kinds("3A; 24A") == {"cin_factor"}
    assert cin_factor_kinds("2B") == set()
