import pandas as pd
import pytest

from concord_engine.contracts.linkage import (
    PERSON_COLUMNS,
    Decisions,
    LinkageConfig,
    LinkageInputError,
    PeopleTable,
)
from concord_engine.linkage import link_people, pairwise_scores, waterfall

from .population import population, table

CASES = [
    # nickname
    (1, "GMP", "William", "Jones", "", "2010-01-05", "M", "M1 1AA", "", "", ""),
    (2, "OLD", "Bill", "Jones", "", "2010-01-05", "M", "M1 1AA", "", "", ""),
    # day and month swapped, surname misspelt
    (3, "GMP", "Kayleigh", "Smith", "", "2009-04-03", "F", "OL1 2AB", "", "", ""),
    (4, "OLD", "Kayleigh", "Smyth", "", "2009-03-04", "F", "OL1 2AB", "", "", ""),
    # changed surname
    (5, "OLD", "Megan", "Price", "", "2012-07-14", "F", "OL4 1AA", "", "", ""),
    (6, "EDU", "Megan", "Harris", "", "2012-07-14", "F", "OL4 1AA", "", "", ""),
    # same NHS number, given-name typo, nothing else shared
    (7, "OLD", "Jessica", "Taylor", "", "2008-02-20", "F", "OL9 6QQ", "", "9434765919", ""),
    (8, "NHS", "Jesicca", "Taylor", "", "", "F", "", "", "943 476 5919", ""),
    # twins: same surname, date of birth and postcode, different given names
    (9, "GMP", "Amy", "Brown", "", "2011-06-07", "F", "M4 5TT", "", "", ""),
    (10, "GMP", "Zoe", "Brown", "", "2011-06-07", "F", "M4 5TT", "", "", ""),
]


@pytest.fixture(scope="module")
def linked() -> dict[int, int]:
    background = population(300).drop(columns=["truth"])
    people = pd.concat([table(CASES), background], ignore_index=True)
    clusters = link_people(PeopleTable(people), LinkageConfig()).clusters
    return dict(zip(clusters["record_id"].tolist(), clusters["cluster"].tolist(), strict=True))


@pytest.mark.parametrize(
    ("left", "right"),
    [(1, 2), (3, 4), (5, 6), (7, 8)],
    ids=["nickname", "swapped_day_month", "changed_surname", "nhs_number_with_name_typo"],
)
def test_records_of_one_child_link(linked, left, right):
    assert linked[left] == linked[right]


def test_twins_stay_apart(linked):
    assert linked[9] != linked[10]


def test_distinct_cases_stay_apart(linked):
    assert len({linked[i] for i in (1, 3, 5, 7, 9, 10)}) == 6


def test_rejected_pair_stays_apart_even_through_a_third_record():
    people = table(
        [
            (1, "GMP", "Kayleigh", "Smith", "", "2009-04-03", "F", "OL1 2AB", "", "", ""),
            (2, "OLD", "Kayleigh", "Smith", "", "2009-04-03", "F", "OL1 2AB", "", "", ""),
            (3, "NHS", "Kayleigh", "Smith", "", "2009-04-03", "F", "OL1 2AB", "", "", ""),
        ]
    )
    background = population(100).drop(columns=["truth"])
    frame = pd.concat([people, background], ignore_index=True)
    plain = link_people(PeopleTable(frame), LinkageConfig()).clusters
    cluster_of = dict(zip(plain["record_id"].tolist(), plain["cluster"].tolist(), strict=True))
    assert cluster_of[1] == cluster_of[3]
    config = LinkageConfig(decisions=Decisions.of(cannot_link=[(3, 1)]))
    kept = link_people(PeopleTable(frame), config).clusters
    cluster_of = dict(zip(kept["record_id"].tolist(), kept["cluster"].tolist(), strict=True))
    assert cluster_of[1] != cluster_of[3]


def test_confirmed_pair_links_without_evidence():
    frame = table(
        [
            (1, "GMP", "Amy", "Brown", "", "2011-06-07", "F", "M4 5TT", "", "", ""),
            (2, "GMP", "Zoe", "Green", "", "2001-01-01", "F", "", "", "", ""),
        ]
    )
    config = LinkageConfig(decisions=Decisions.of(must_link=[(2, 1)]))
    clusters = link_people(PeopleTable(frame), config).clusters
    assert clusters["cluster"].nunique() == 1


def test_waterfall_adds_up_to_the_pair_weight():
    frame = table(CASES)
    result = link_people(PeopleTable(frame), LinkageConfig())
    pair = result.pairs.iloc[0]
    columns = [str(c) for c in result.pairs.columns]
    gammas = {c.removeprefix("gamma_"): int(pair[c]) for c in columns if c.startswith("gamma_")}
    steps = waterfall(result.model, gammas, float(pair["match_weight"]))
    assert steps[-1].cumulative == pytest.approx(pair["match_weight"])
    assert [s.name for s in steps][1:3] == ["given_name", "family_name"]


def test_people_table_rejects_unknown_columns_and_empty_input():
    frame = table(CASES).assign(ethnicity="x")
    with pytest.raises(LinkageInputError, match="unexpected \\['ethnicity'\\]"):
        PeopleTable(frame)
    with pytest.raises(LinkageInputError, match="no person records"):
        PeopleTable(pd.DataFrame(columns=list(PERSON_COLUMNS)))


@pytest.mark.slow
def test_training_on_a_realistic_population_links_accurately():
    people = population(4000, seed=11)
    truth = dict(zip(people["record_id"], people["truth"], strict=True))
    result = link_people(PeopleTable(people.drop(columns=["truth"])), LinkageConfig())
    assert result.trained is True
    scores = pairwise_scores(result.clusters, truth)
    assert scores.f1 >= 0.95, scores.as_dict()
