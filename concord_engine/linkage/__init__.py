"""Record linkage with Splink 5: one child across every agency's records.

Public API: `link_people` runs a whole linkage; `cluster_pairs` re-clusters stored pairs with
human decisions; `assign_child_ids` keeps child ids stable across runs; `quality_report`,
`pairwise_scores`, `parameter_table` and `waterfall` explain a run.
"""

from .clustering import cluster_pairs
from .explain import LevelParameters, WaterfallStep, parameter_table, probability, waterfall
from .features import prepare_features
from .identity import IdAssignment, assign_child_ids
from .pipeline import input_hash, link_people
from .quality import PairwiseScores, pairwise_scores, quality_report

__all__ = [
    "IdAssignment",
    "LevelParameters",
    "PairwiseScores",
    "WaterfallStep",
    "assign_child_ids",
    "cluster_pairs",
    "input_hash",
    "link_people",
    "pairwise_scores",
    "parameter_table",
    "prepare_features",
    "probability",
    "quality_report",
    "waterfall",
]
