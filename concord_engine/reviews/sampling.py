"""Stratified, seeded, weighted random sampling of children for a review round."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable

from concord_engine.contracts.reviews import (
    SampleCandidate,
    SampledChild,
    SamplePlan,
    StratumSummary,
)

Stratum = tuple[str, str]


def _strata(
    candidates: Iterable[SampleCandidate], exclude: frozenset[str]
) -> dict[Stratum, dict[str, float]]:
    strata: dict[Stratum, dict[str, float]] = defaultdict(dict)
    for candidate in candidates:
        if candidate.child_id in exclude:
            continue
        members = strata[(candidate.local_authority, candidate.sector)]
        # A child listed twice in one stratum counts once, with its largest weight.
        members[candidate.child_id] = max(members.get(candidate.child_id, 0.0), candidate.weight)
    return strata


def _ordered(seed: int, stratum: Stratum, members: dict[str, float]) -> list[str]:
    """Order a stratum by Efraimidis-Spirakis keys: u ** (1 / weight), largest first."""
    rng = random.Random(f"{seed}:{stratum[0]}:{stratum[1]}")  # noqa: S311 - not security
    keyed = [(rng.random() ** (1.0 / members[child]), child) for child in sorted(members)]
    keyed.sort(reverse=True)
    return [child for _, child in keyed]


def draw_sample(
    candidates: Iterable[SampleCandidate],
    plan: SamplePlan,
    *,
    exclude: frozenset[str] = frozenset(),
) -> tuple[tuple[SampledChild, ...], tuple[StratumSummary, ...]]:
    """Draw up to `plan.per_stratum` children per local authority × sector stratum.

    Each stratum is drawn without replacement with probability proportional to weight, from a
    random stream seeded by the plan's seed and the stratum's name, so the same candidates and
    seed always give the same sample whatever order the candidates come in. Strata overlap (a
    child known to police and social care is in both), so strata are drawn in sorted order and
    children already drawn for an earlier stratum count towards a later one's quota: each
    stratum ends up covered by `per_stratum` sampled children (or all it has), and each child
    is sampled once.

    Args:
        candidates: eligible (child, stratum) pairs with weights.
        plan: the seed and the number to draw per stratum.
        exclude: children not to draw (e.g. audited within the exclusion window).

    Returns:
        The sampled children in draw order and a summary per stratum.
    """
    strata = _strata(candidates, exclude)
    drawn: set[str] = set()
    sample: list[SampledChild] = []
    summaries: list[StratumSummary] = []
    for stratum in sorted(strata):
        members = strata[stratum]
        covered = len(drawn & members.keys())
        taken = 0
        for child in _ordered(plan.seed, stratum, members):
            if covered + taken >= plan.per_stratum:
                break
            if child in drawn:
                continue
            drawn.add(child)
            taken += 1
            sample.append(
                SampledChild(
                    child_id=child,
                    local_authority=stratum[0],
                    sector=stratum[1],
                    rank=len(sample) + 1,
                    weight=members[child],
                )
            )
        summaries.append(
            StratumSummary(
                local_authority=stratum[0],
                sector=stratum[1],
                eligible=len(members),
                drawn=taken,
                covered=covered + taken,
            )
        )
    return tuple(sample), tuple(summaries)
