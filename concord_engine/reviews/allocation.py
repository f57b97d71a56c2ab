"""Give each sampled child reviewers per sector: independent first, load balanced, never twice."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from concord_engine.contracts.reviews import (
    AllocationPlan,
    AllocationResult,
    Assignment,
    ChildToAllocate,
    ReviewerAvailable,
    Unallocated,
)

NO_REVIEWER = "no reviewer of this sector is available"
NO_SECOND_REVIEWER = "no second reviewer of this sector is available"


def second_review_children(child_ids: Sequence[str], plan: AllocationPlan) -> frozenset[str]:
    """Choose the share of children (rounded half up) that get a second, blind review."""
    count = math.floor(plan.second_review_share * len(child_ids) + 0.5)
    rng = random.Random(f"{plan.seed}:second-review")  # noqa: S311 - not security
    return frozenset(rng.sample(sorted(child_ids), count))


class _Pool:
    """Reviewers by sector with their running load and a seeded tie-break order."""

    def __init__(self, reviewers: Sequence[ReviewerAvailable], seed: int) -> None:
        rng = random.Random(f"{seed}:tie-break")  # noqa: S311 - not security
        ordered = sorted(reviewers, key=lambda r: r.reviewer_id)
        self.tie_break = {r.reviewer_id: rng.random() for r in ordered}
        self.load = {r.reviewer_id: r.existing_load for r in ordered}
        self.by_sector: dict[str, list[ReviewerAvailable]] = {}
        for reviewer in ordered:
            self.by_sector.setdefault(reviewer.sector, []).append(reviewer)

    def pick(
        self, child: ChildToAllocate, sector: str, taken: set[int]
    ) -> tuple[ReviewerAvailable, bool] | None:
        """Return the least-loaded eligible reviewer and whether they are independent."""
        eligible = [r for r in self.by_sector.get(sector, []) if r.reviewer_id not in taken]
        independent = [r for r in eligible if r.agency not in child.record_agencies]
        pool = independent or eligible
        if not pool:
            return None
        best = min(pool, key=lambda r: (self.load[r.reviewer_id], self.tie_break[r.reviewer_id]))
        self.load[best.reviewer_id] += 1
        return best, bool(independent)


def allocate_reviewers(
    children: Sequence[ChildToAllocate],
    reviewers: Sequence[ReviewerAvailable],
    plan: AllocationPlan,
) -> AllocationResult:
    """Allocate a reviewer per child and sector, and a second blind reviewer to a share.

    Rules, in order: a reviewer is never given the same child twice (so the first and second
    review are different people); a reviewer whose agency holds none of the child's records is
    always preferred, and a reviewer from an agency that does is used only when no such
    reviewer of that sector exists (marked `own_agency` for the coordinator); among those
    eligible, the least loaded is chosen, ties broken by a seeded order.

    Args:
        children: sampled children with the sectors to review and the agencies holding records.
        reviewers: reviewers available, with their sector, agency and current load.
        plan: seed and second-review share.

    Returns:
        The assignments and the child × sector reviews nobody could take.
    """
    pool = _Pool(reviewers, plan.seed)
    second = second_review_children([c.child_id for c in children], plan)
    taken: dict[str, set[int]] = {c.child_id: set() for c in children}
    assignments: list[Assignment] = []
    gaps: list[Unallocated] = []
    ordered = sorted(children, key=lambda c: c.child_id)
    passes = [(False, ordered), (True, [c for c in ordered if c.child_id in second])]
    for is_second, batch in passes:
        for child in batch:
            for sector in sorted(set(child.sectors)):
                picked = pool.pick(child, sector, taken[child.child_id])
                if picked is None:
                    reason = NO_SECOND_REVIEWER if is_second else NO_REVIEWER
                    gaps.append(
                        Unallocated(
                            child_id=child.child_id,
                            sector=sector,
                            is_second_review=is_second,
                            reason=reason,
                        )
                    )
                    continue
                reviewer, independent = picked
                taken[child.child_id].add(reviewer.reviewer_id)
                assignments.append(
                    Assignment(
                        child_id=child.child_id,
                        sector=sector,
                        reviewer_id=reviewer.reviewer_id,
                        is_second_review=is_second,
                        independence="independent" if independent else "own_agency",
                    )
                )
    return AllocationResult(assignments=tuple(assignments), unallocated=tuple(gaps))
