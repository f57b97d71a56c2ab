import pytest

from concord_engine.screening.codes import (
    cin_factor_kinds,
    is_missing_incident_category,
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


@pytest.mark.parametrize(
    "code",
    ["Sexual assault on a female child under 13", "RAPE OF A FEMALE AGED 16 OR OVER",
     "Sexual communication with a child", "Taking indecent photographs of a child"],
)  # fmt: skip
def test_offences_written_out_are_recognised(code):
    assert is_sexual_offence_code(code) is True


@pytest.mark.parametrize(
    "code",
    ["", "28E", "8N", "105A", "30/1", "BURGLARY", "Assault occasioning actual bodily harm",
     "Possession of a controlled drug of Class B", "Theft from the person of another"],
)  # fmt: skip
def test_other_offence_codes_are_not_sexual(code):
    assert is_sexual_offence_code(code) is False


@pytest.mark.parametrize(
    "category",
    ["SEXUAL OFFENCE", "Child sexual exploitation", "SEX OFFENCES", "Sex offences - child",
     "CSE CONCERN", "CSA", "SEXTORTION", "Sexting", "RAPE", "Rapes", "INDECENT EXPOSURE",
     "Upskirting", "Sexually motivated"],
)  # fmt: skip
def test_sexual_incident_categories(category):
    assert is_sexual_incident_category(category) is True


@pytest.mark.parametrize(
    "category",
    ["CONCERN FOR WELFARE", "", "SEXTON STREET DISTURBANCE", "Essex police assist",
     "CONCERN FOR SAFETY", "DOMESTIC INCIDENT", "ASB - PERSONAL"],
)  # fmt: skip
def test_other_incident_categories(category):
    assert is_sexual_incident_category(category) is False


@pytest.mark.parametrize(
    "category", ["MISSING PERSON", "MISPER", "Mispers - child", "MFH", "MFC", "Absconder", "ABSENT"]
)
def test_missing_incident_categories(category):
    assert is_missing_incident_category(category) is True


@pytest.mark.parametrize("category", ["", "SEXUAL OFFENCE", "Missed appointment", "ABSENCE NOTE"])
def test_other_categories_are_not_missing(category):
    assert is_missing_incident_category(category) is False


def test_cin_factor_codes():
    assert cin_factor_kinds("11A;10A") == {"missing", "cin_factor"}
    assert cin_factor_kinds("3A; 24A") == {"cin_factor"}
    assert cin_factor_kinds("2B") == set()
