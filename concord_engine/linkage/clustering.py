"""Cluster scored pairs into children, honouring human decisions.

Edges are pairs at or above the threshold (minus vetoed and rejected pairs) plus confirmed pairs.
Connected components give the clusters; a component that holds a rejected pair is rebuilt by
adding its edges strongest first and skipping any edge that would join a rejected pair, so a
human "not the same child" is never overridden through a chain of other records.
"""

from collections.abc import Iterable

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

from concord_engine.contracts.linkage import Decisions, Pair


class _ConstrainedUnion:
    """Union-find where some pairs of elements may never share a set."""

    def __init__(self, members: Iterable[int], cannot: Iterable[Pair]) -> None:
        self.parent = {m: m for m in members}
        self.apart: dict[int, set[int]] = {m: set() for m in self.parent}
        for left, right in cannot:
            if left in self.parent and right in self.parent:
                self.apart[left].add(right)
                self.apart[right].add(left)

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, left: int, right: int) -> bool:
        a, b = self.find(left), self.find(right)
        if a == b:
            return True
        if b in self.apart[a]:
            return False
        if len(self.apart[a]) < len(self.apart[b]):
            a, b = b, a
        self.parent[b] = a
        for other in self.apart.pop(b):
            root_other = self.find(other)
            self.apart[root_other].discard(b)
            self.apart[root_other].add(a)
            self.apart[a].add(root_other)
        return True


def _edges(pairs: pd.DataFrame, threshold: float, decisions: Decisions) -> pd.DataFrame:
    keep = pairs["match_probability"] >= threshold
    if "vetoed" in pairs.columns:
        keep &= ~pairs["vetoed"].astype(bool)
    edges = pairs.loc[keep, ["record_id_l", "record_id_r", "match_probability"]]
    if decisions.cannot_link:
        rejected = pd.MultiIndex.from_tuples(sorted(decisions.cannot_link))
        index = pd.MultiIndex.from_arrays([edges["record_id_l"], edges["record_id_r"]])
        edges = edges.loc[~index.isin(rejected)]
    if decisions.must_link:
        confirmed = pd.DataFrame(
            sorted(decisions.must_link), columns=["record_id_l", "record_id_r"]
        )
        confirmed["match_probability"] = 1.0
        edges = pd.concat([edges, confirmed], ignore_index=True)
    return edges.sort_values("match_probability", ascending=False, kind="stable")


def _components(record_ids: np.ndarray, edges: pd.DataFrame) -> np.ndarray:
    position = pd.Index(record_ids)
    left = position.get_indexer(edges["record_id_l"].to_numpy())
    right = position.get_indexer(edges["record_id_r"].to_numpy())
    known = (left >= 0) & (right >= 0)
    size = len(record_ids)
    graph = coo_matrix(
        (np.ones(int(known.sum()), dtype=np.int8), (left[known], right[known])), shape=(size, size)
    )
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels)


def _repair(labels: pd.Series, edges: pd.DataFrame, decisions: Decisions) -> pd.Series:
    broken = {
        labels[left]
        for left, right in decisions.cannot_link
        if left in labels.index and right in labels.index and labels[left] == labels[right]
    }
    if not broken:
        return labels
    repaired = labels.copy()
    next_label = int(labels.max()) + 1
    for label in sorted(broken):
        members = labels.index[labels == label].tolist()
        inside = edges[edges["record_id_l"].isin(members) & edges["record_id_r"].isin(members)]
        union = _ConstrainedUnion(members, decisions.cannot_link)
        for left, right in zip(inside["record_id_l"], inside["record_id_r"], strict=True):
            union.union(int(left), int(right))
        roots: dict[int, int] = {}
        for member in members:
            root = union.find(member)
            if root not in roots:
                roots[root] = next_label
                next_label += 1
            repaired[member] = roots[root]
    return repaired


def cluster_pairs(
    record_ids: Iterable[int], pairs: pd.DataFrame, *, threshold: float, decisions: Decisions
) -> pd.DataFrame:
    """Return record_id, cluster (smallest record id in it) and best match probability.

    `pairs` has record_id_l, record_id_r, match_probability and optionally `vetoed`.
    A record alone in its cluster has match probability 1.0 (it is certainly itself).
    """
    ids = np.fromiter(record_ids, dtype=np.int64)
    edges = _edges(pairs, threshold, decisions)
    labels = pd.Series(_components(ids, edges), index=ids)
    labels = _repair(labels, edges, decisions)
    clusters = pd.DataFrame({"record_id": ids, "label": labels.to_numpy()})
    clusters["cluster"] = clusters.groupby("label")["record_id"].transform("min")
    label_of = clusters.set_index("record_id")["label"]
    inside = edges[
        label_of.reindex(edges["record_id_l"]).to_numpy()
        == label_of.reindex(edges["record_id_r"]).to_numpy()
    ]
    best = pd.concat(
        [
            inside[["record_id_l", "match_probability"]].set_axis(["record_id", "p"], axis=1),
            inside[["record_id_r", "match_probability"]].set_axis(["record_id", "p"], axis=1),
        ]
    )
    best_p = best.groupby("record_id")["p"].max()
    clusters["match_probability"] = (
        clusters["record_id"].map(best_p).fillna(1.0).astype(float).to_numpy()
    )
    return clusters[["record_id", "cluster", "match_probability"]]
