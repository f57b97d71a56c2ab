"""Read a trained model back: m/u parameter tables and per-pair match-weight waterfalls."""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LevelParameters:
    """One comparison level's m and u probabilities and the match weight they give."""

    comparison: str
    gamma: int
    label: str
    m: float | None
    u: float | None

    @property
    def match_weight(self) -> float | None:
        """log2(m / u), or None when either is unknown or zero."""
        if not self.m or not self.u:
            return None
        return math.log2(self.m / self.u)


@dataclass(frozen=True)
class WaterfallStep:
    """One bar of a waterfall: what it is, its weight and the running total after it."""

    name: str
    detail: str
    weight: float
    cumulative: float


def _levels(comparison: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [level for level in comparison["comparison_levels"] if not level.get("is_null_level")]


def parameter_table(model: Mapping[str, Any]) -> list[LevelParameters]:
    """Every non-null level of every comparison, most specific first."""
    rows: list[LevelParameters] = []
    for comparison in model["comparisons"]:
        levels = _levels(comparison)
        for index, level in enumerate(levels):
            rows.append(
                LevelParameters(
                    comparison=comparison["output_column_name"],
                    gamma=len(levels) - 1 - index,
                    label=str(level.get("label_for_charts") or level["sql_condition"]),
                    m=level.get("m_probability"),
                    u=level.get("u_probability"),
                )
            )
    return rows


def prior_weight(model: Mapping[str, Any]) -> float:
    """The starting weight: log2 of the prior odds that two random records match."""
    p = float(model["probability_two_random_records_match"])
    return float(math.log2(p / (1 - p)))


def probability(weight: float) -> float:
    """Turn a match weight into a match probability."""
    return float(1.0 / (1.0 + math.pow(2.0, -weight)))


def waterfall(
    model: Mapping[str, Any], gammas: Mapping[str, int], match_weight: float
) -> list[WaterfallStep]:
    """Explain one pair's match weight: prior, one step per comparison, term frequencies.

    Args:
        model: the run's Splink model JSON.
        gammas: comparison name -> the level Splink chose (-1 for null).
        match_weight: the pair's final match weight; the remainder after the comparisons is
            the term-frequency adjustment (rarer names count for more).
    """
    total = prior_weight(model)
    steps = [WaterfallStep("Prior", "two random records match", total, total)]
    by_gamma = {(row.comparison, row.gamma): row for row in parameter_table(model)}
    for comparison in model["comparisons"]:
        name = comparison["output_column_name"]
        gamma = int(gammas.get(name, -1))
        row = by_gamma.get((name, gamma))
        weight = (row.match_weight or 0.0) if row else 0.0
        total += weight
        steps.append(WaterfallStep(name, row.label if row else "missing", weight, total))
    remainder = match_weight - total
    steps.append(
        WaterfallStep("Term frequency", "how common the names are", remainder, match_weight)
    )
    return steps
