"""Stable child ids across runs (the rule is ADR 0041).

Each previous child passes its id to the new cluster holding most of its previous records;
ties go to the cluster with the smallest record id. A new cluster claimed by several previous
children (a merge) keeps the id of the child it shares most records with, ties to the oldest
(smallest) id; the others are retired into it. A cluster that inherits nothing gets a new id.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class IdAssignment:
    """cluster -> inherited child id (absent: new child); retired child id -> the id it joined."""

    inherited: Mapping[int, str]
    retired: Mapping[str, str | None]


def assign_child_ids(
    clusters: pd.DataFrame, previous: Mapping[int, str], order: Mapping[str, int]
) -> IdAssignment:
    """Carry previous child ids onto new clusters.

    Args:
        clusters: record_id and cluster columns from `cluster_pairs`.
        previous: record_id -> child id from the last run (records new to this run absent).
        order: child id -> age rank (smaller is older), to break ties.
    """
    frame = clusters[["record_id", "cluster"]].copy()
    frame["child"] = frame["record_id"].map(previous)
    known = frame.dropna(subset=["child"])
    overlap = known.groupby(["child", "cluster"]).size().rename("n").reset_index()
    overlap["age"] = overlap["child"].map(order).fillna(0)
    # Where each previous child goes: the cluster holding most of its records.
    overlap = overlap.sort_values(["child", "n", "cluster"], ascending=[True, False, True])
    home = overlap.drop_duplicates("child")
    # Which previous child names each cluster: most shared records, then the oldest.
    home = home.sort_values(["cluster", "n", "age", "child"], ascending=[True, False, True, True])
    winners = home.drop_duplicates("cluster")
    inherited = dict(zip(winners["cluster"].astype(int), winners["child"].astype(str), strict=True))
    losers = home[~home["child"].isin(winners["child"])]
    retired: dict[str, str | None] = {
        str(child): inherited[int(cluster)]
        for child, cluster in zip(losers["child"], losers["cluster"], strict=True)
    }
    for child in set(previous.values()) - set(home["child"]):
        retired[child] = None
    return IdAssignment(inherited=inherited, retired=retired)
