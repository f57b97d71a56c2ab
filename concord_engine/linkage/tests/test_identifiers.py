"""An agency's own id (local_id) settles the twin guard; twins with their own ids stay apart."""

import pandas as pd
import pytest

from concord_engine.contracts.linkage import PERSON_COLUMNS, LinkageConfig, PeopleTable
from concord_engine.linkage import link_people

from .population import population, table

ADDRESS = "12 Mill Lane, Hyde"
CASES = [
    # one person, given name recorded as a wholly different name, same agency id (spaced)
    (1, "GMP", "Jacob", "Hart", "", "2008-02-01", "U", "SK14 6TT", ADDRESS, "", "", "URN7745123"),
    (2, "OLD", "Tara", "Hart", "", "2008-02-01", "U", "SK14 6TT", ADDRESS, "", "", "urn 7745123"),
    # twins, each with an id of their own (consecutive, as allocated together)
    (3, "GMP", "Amy", "Lowe", "", "2011-06-07", "F", "M4 5TT", ADDRESS, "", "", "URN1000001"),
    (4, "GMP", "Zoe", "Lowe", "", "2011-06-07", "F", "M4 5TT", ADDRESS, "", "", "URN1000002"),
    # twins, no ids at all
    (5, "OLD", "Ben", "Khan", "", "2012-03-09", "M", "OL1 2AB", ADDRESS, "", "", ""),
    (6, "OLD", "Sam", "Khan", "", "2012-03-09", "M", "OL1 2AB", ADDRESS, "", "", ""),
]


@pytest.fixture(scope="module")
def linked() -> dict[int, int]:
    background = population(300, seed=5).drop(columns=["truth"])
    background["record_id"] += 100
    people = pd.concat([table(CASES), background], ignore_index=True)
    clusters = link_people(PeopleTable(people), LinkageConfig()).clusters
    return dict(zip(clusters["record_id"].tolist(), clusters["cluster"].tolist(), strict=True))


def test_shared_agency_id_links_a_replaced_given_name(linked):
    assert linked[1] == linked[2]


def test_twins_with_their_own_ids_stay_apart(linked):
    assert linked[3] != linked[4]


def test_twins_without_ids_stay_apart(linked):
    assert linked[5] != linked[6]


def test_without_the_guard_the_twins_would_merge():
    # The guard, not a weak model, keeps the twins apart: switched off, they join.
    background = population(300, seed=5).drop(columns=["truth"])
    background["record_id"] += 100
    people = pd.concat([table(CASES), background], ignore_index=True)
    clusters = link_people(PeopleTable(people), LinkageConfig(twin_guard=False)).clusters
    cluster_of = dict(zip(clusters["record_id"], clusters["cluster"], strict=True))
    assert cluster_of[5] == cluster_of[6]


def test_local_id_may_be_left_out():
    frame = table([row[:-1] for row in CASES])
    people = PeopleTable(frame)
    assert list(people.frame.columns) == list(PERSON_COLUMNS)
    assert set(people.frame["local_id"]) == {""}
