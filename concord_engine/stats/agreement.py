"""Agreement between two blind reviewers: exact agreement and Krippendorff's alpha (ordinal)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import krippendorff
import numpy as np


@dataclass(frozen=True)
class Agreement:
    """Agreement over the double-reviewed units of one question.

    Attributes:
        units: pairs where both reviewers gave a grade.
        exact: share of those pairs with the same grade (None without pairs).
        alpha: Krippendorff's ordinal alpha (None when undefined: fewer than two pairs, or
            every grade the same, so there is no variation to agree on).
    """

    units: int
    exact: float | None
    alpha: float | None


def ordinal_agreement(pairs: Sequence[tuple[int | None, int | None]]) -> Agreement:
    """Measure agreement of two reviewers on ordinal ranks (1 = best); None means unanswered.

    Args:
        pairs: (first reviewer's rank, second reviewer's rank) per double-reviewed unit.

    Returns:
        The number of complete pairs, the exact-agreement share and ordinal alpha.
    """
    complete = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not complete:
        return Agreement(units=0, exact=None, alpha=None)
    exact = sum(1 for a, b in complete if a == b) / len(complete)
    values = {v for pair in complete for v in pair}
    if len(complete) < 2 or len(values) < 2:
        return Agreement(units=len(complete), exact=exact, alpha=None)
    data = np.array(complete, dtype=float).T
    alpha = float(krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal"))
    return Agreement(units=len(complete), exact=exact, alpha=alpha)
