"""A run's quality report: match rates, cluster sizes and, where truth exists, pairwise scores."""

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd

from .explain import parameter_table


@dataclass(frozen=True)
class PairwiseScores:
    """Pairwise precision, recall and F1 of a clustering against known truth."""

    true_positives: int
    predicted_pairs: int
    true_pairs: int

    @property
    def precision(self) -> float:
        """Share of predicted same-child pairs that are truly the same child."""
        return self.true_positives / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        """Share of true same-child pairs that the clustering found."""
        return self.true_positives / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and the three scores, for JSON."""
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def _pair_count(sizes: pd.Series) -> int:
    return int((sizes * (sizes - 1) // 2).sum())


def pairwise_scores(clusters: pd.DataFrame, truth: Mapping[int, str]) -> PairwiseScores:
    """Score `clusters` (record_id, cluster) against truth (record_id -> true person key).

    Records without a truth entry are left out of both sides.
    """
    frame = clusters[["record_id", "cluster"]].copy()
    frame["truth"] = frame["record_id"].map(truth)
    frame = frame.dropna(subset=["truth"])
    return PairwiseScores(
        true_positives=_pair_count(frame.groupby(["cluster", "truth"]).size()),
        predicted_pairs=_pair_count(frame.groupby("cluster").size()),
        true_pairs=_pair_count(frame.groupby("truth").size()),
    )


def quality_report(
    *,
    clusters: pd.DataFrame,
    pairs: pd.DataFrame,
    model: Mapping[str, Any],
    threshold: float,
    review_band: tuple[float, float],
    truth: Mapping[int, str] | None = None,
) -> dict[str, Any]:
    """Summarise a run as JSON-ready figures (ids and counts only, no personal data)."""
    sizes = clusters.groupby("cluster").size()
    distribution = sizes.value_counts().sort_index()
    low, high = review_band
    probabilities = pairs["match_probability"]
    records = len(clusters)
    report: dict[str, Any] = {
        "records": records,
        "children": int(len(sizes)),
        "records_linked": int(sizes[sizes > 1].sum()),
        "linked_share": float(sizes[sizes > 1].sum() / records) if records else 0.0,
        "scored_pairs": int(len(pairs)),
        "pairs_at_threshold": int((probabilities >= threshold).sum()),
        "pairs_in_review_band": int(((probabilities >= low) & (probabilities < high)).sum()),
        "expected_matching_pairs": float(probabilities.sum()),
        "twin_guard_vetoed": int(pairs["vetoed"].sum()) if "vetoed" in pairs else 0,
        "prior": float(model["probability_two_random_records_match"]),
        "cluster_sizes": {str(k): int(v) for k, v in distribution.items()},
        "parameters": [
            {
                "comparison": row.comparison,
                "level": row.label,
                "m": row.m,
                "u": row.u,
                "match_weight": row.match_weight,
            }
            for row in parameter_table(model)
        ],
    }
    if truth is not None:
        report["truth"] = pairwise_scores(clusters, truth).as_dict()
    return report
