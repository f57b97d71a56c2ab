"""The twin, generation and identifier-conflict guards, level by level, and the swapped level."""

import pandas as pd
import pytest

from concord_engine.contracts.linkage import LinkageConfig, PeopleTable
from concord_engine.linkage import link_people
from concord_engine.linkage.pipeline import twin_veto

from .population import population, table

SAME, ONE_LETTER, DIFFERENT = 6, 1, 0  # given-name gammas
DOB_EXACT, DOB_GENERATION = 6, 1
NULL, ID_DIFFERENT, ID_EXACT = -1, 0, 1


def _veto(given, dob=DOB_EXACT, nhs=NULL, upn=NULL, local_id=NULL) -> bool:
    frame = pd.DataFrame(
        {
            "gamma_given_name": [given],
            "gamma_date_of_birth": [dob],
            "gamma_nhs_number": [nhs],
            "gamma_upn": [upn],
            "gamma_local_id": [local_id],
        }
    )
    return bool(twin_veto(frame).iloc[0])


@pytest.mark.parametrize(
    ("levels", "vetoed"),
    [
        ({"given": SAME}, False),
        ({"given": DIFFERENT}, True),
        ({"given": DIFFERENT, "nhs": ID_EXACT}, False),
        ({"given": DIFFERENT, "upn": ID_EXACT}, False),
        ({"given": DIFFERENT, "local_id": ID_EXACT}, False),
        ({"given": DIFFERENT, "local_id": ID_DIFFERENT}, True),
        ({"given": SAME, "dob": DOB_GENERATION}, True),
        ({"given": SAME, "dob": DOB_GENERATION, "local_id": ID_EXACT}, False),
        # one letter different: a keying slip links; twins named alike with their own ids do not
        ({"given": ONE_LETTER}, False),
        ({"given": ONE_LETTER, "local_id": ID_DIFFERENT}, False),
        ({"given": ONE_LETTER, "nhs": ID_DIFFERENT}, True),
        ({"given": ONE_LETTER, "upn": ID_DIFFERENT}, True),
        ({"given": ONE_LETTER, "upn": ID_DIFFERENT, "nhs": ID_EXACT}, False),
        ({"given": SAME, "nhs": ID_DIFFERENT}, False),
    ],
)
def test_guard_levels(levels, vetoed):
    assert _veto(**levels) is vetoed


def test_swapped_names_need_both_names_swapped():
    people = table(
        [
            (1, "GMP", "Saad", "Akhtar", "", "2006-09-01", "M", "WA15 2ZA", "", "", ""),
            (2, "OLD", "Akhtar", "Saad", "", "2006-09-01", "M", "WA15 2ZA", "", "", ""),
            # only one name crosses over: a brother, not a swap
            (3, "NHS", "Yusuf", "Akhtar", "", "2006-09-01", "M", "WA15 2ZA", "", "", ""),
        ]
    )
    background = population(100, seed=3).drop(columns=["truth"])
    background["record_id"] += 100
    frame = pd.concat([people, background], ignore_index=True)
    pairs = link_people(PeopleTable(frame), LinkageConfig()).pairs.set_index(
        ["record_id_l", "record_id_r"]
    )
    swapped = pairs.loc[(1, 2), "gamma_given_name"]
    one_way = pairs.loc[(2, 3), "gamma_given_name"]
    assert swapped == 4  # "given and family names swapped"
    assert one_way == DIFFERENT
    assert bool(pairs.loc[(2, 3), "vetoed"])
