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


# Crime codes written out as offences, as some crime systems export them: True if sexual.
WRITTEN_OUT = [
    ("Sexual assault on a female child under 13", True),
    ("RAPE OF A FEMALE AGED 16 OR OVER", True),
    ("Sexual communication with a child", True),
    ("Taking indecent photographs of a child", True),
    ("", False), ("28E", False), ("8N", False), ("105A", False), ("30/1", False),
    ("BURGLARY", False), ("Assault occasioning actual bodily harm", False),
    ("Possession of a controlled drug of Class B", False),
    ("Theft from the person of another", False),
]  # fmt: skip


@pytest.mark.parametrize(("code", "sexual"), WRITTEN_OUT)
def test_offences_written_out_and_other_codes(code, sexual):
    assert is_sexual_offence_code(code) is sexual


# Incident opening categories in different forces' words: (category, sexual, missing).
CATEGORIES = [
    ("SEXUAL OFFENCE", True, False), ("Child sexual exploitation", True, False),
    ("SEX OFFENCES", True, False), ("Sex offences - child", True, False),
    ("CSE CONCERN", True, False), ("CSA", True, False), ("SEXTORTION", True, False),
    ("Sexting", True, False), ("RAPE", True, False), ("Rapes", True, False),
    ("INDECENT EXPOSURE", True, False), ("Upskirting", True, False),
    ("Sexually motivated", True, False),
    ("MISSING PERSON", False, True), ("MISPER", False, True), ("Mispers - child", False, True),
    ("MFH", False, True), ("MFC", False, True), ("Absconder", False, True),
    ("ABSENT", False, True),
    ("CONCERN FOR WELFARE", False, False), ("", False, False),
    ("SEXTON STREET DISTURBANCE", False, False), ("Essex police assist", False, False),
    ("CONCERN FOR SAFETY", False, False), ("DOMESTIC INCIDENT", False, False),
    ("ASB - PERSONAL", False, False), ("Missed appointment", False, False),
    ("ABSENCE NOTE", False, False),
]  # fmt: skip


@pytest.mark.parametrize(("category", "sexual", "missing"), CATEGORIES)
def test_incident_categories(category, sexual, missing):
    assert is_sexual_incident_category(category) is sexual
    assert is_missing_incident_category(category) is missing


def test_cin_factor_codes():
    assert cin_factor_kinds("11A;10A") == {"missing", "cin_factor"}
    assert cin_factor_kinds("3A; 24A") == {"cin_factor"}
    assert cin_factor_kinds("2B") == set()
