import pandas as pd

from concord_engine.contracts.linkage import Decisions
from concord_engine.linkage import assign_child_ids, cluster_pairs, pairwise_scores


def clusters(mapping: dict[int, int]) -> pd.DataFrame:
    return pd.DataFrame({"record_id": list(mapping), "cluster": list(mapping.values())})


def test_unchanged_clusters_keep_their_ids_and_new_ones_get_none():
    previous = {1: "C-A", 2: "C-A", 3: "C-B"}
    result = assign_child_ids(clusters({1: 1, 2: 1, 3: 3, 4: 4}), previous, {"C-A": 1, "C-B": 2})
    assert result.inherited == {1: "C-A", 3: "C-B"}
    assert result.retired == {}


def test_merge_keeps_the_id_sharing_most_records_and_retires_the_other():
    previous = {1: "C-A", 2: "C-B", 3: "C-B"}
    result = assign_child_ids(clusters({1: 1, 2: 1, 3: 1}), previous, {"C-A": 1, "C-B": 2})
    assert result.inherited == {1: "C-B"}
    assert result.retired == {"C-A": "C-B"}


def test_merge_tie_goes_to_the_older_child():
    previous = {1: "C-NEW", 2: "C-OLD"}
    result = assign_child_ids(clusters({1: 1, 2: 1}), previous, {"C-NEW": 9, "C-OLD": 3})
    assert result.inherited == {1: "C-OLD"}


def test_split_keeps_the_id_on_the_larger_part():
    previous = {1: "C-A", 2: "C-A", 3: "C-A"}
    result = assign_child_ids(clusters({1: 1, 2: 2, 3: 2}), previous, {"C-A": 1})
    assert result.inherited == {2: "C-A"}


def test_a_child_whose_records_are_gone_is_retired_without_a_successor():
    result = assign_child_ids(clusters({5: 5}), {1: "C-A", 5: "C-B"}, {"C-A": 1, "C-B": 2})
    assert result.retired == {"C-A": None}


def test_constrained_clustering_cuts_the_weakest_link_between_rejected_records():
    pairs = pd.DataFrame(
        {
            "record_id_l": [1, 2, 3],
            "record_id_r": [2, 3, 4],
            "match_probability": [0.99, 0.95, 0.999],
        }
    )
    decisions = Decisions.of(cannot_link=[(4, 1)])
    result = cluster_pairs([1, 2, 3, 4], pairs, threshold=0.9, decisions=decisions)
    cluster_of = dict(zip(result["record_id"], result["cluster"], strict=True))
    assert cluster_of[1] == cluster_of[2]
    assert cluster_of[3] == cluster_of[4]
    assert cluster_of[1] != cluster_of[4]


def test_pairwise_scores_count_pairs():
    scores = pairwise_scores(clusters({1: 1, 2: 1, 3: 1, 4: 4}), {1: "a", 2: "a", 3: "b", 4: "b"})
    assert (scores.true_positives, scores.predicted_pairs, scores.true_pairs) == (1, 3, 2)
    assert scores.precision == 1 / 3
    assert scores.recall == 0.5
