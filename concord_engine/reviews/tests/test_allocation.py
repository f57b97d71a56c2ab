from collections import Counter

from concord_engine.contracts.reviews import (
    AllocationPlan,
    ChildToAllocate,
    ReviewerAvailable,
)
from concord_engine.reviews import allocate_reviewers, second_review_children

REVIEWERS = [
    ReviewerAvailable(reviewer_id=1, agency="GMP", sector="police"),
    ReviewerAvailable(reviewer_id=2, agency="GMP", sector="police"),
    ReviewerAvailable(reviewer_id=3, agency="LPOL", sector="police"),
    ReviewerAvailable(reviewer_id=4, agency="OLDSC", sector="social_care"),
    ReviewerAvailable(reviewer_id=5, agency="BURSC", sector="social_care"),
    ReviewerAvailable(reviewer_id=6, agency="WIGSC", sector="social_care"),
]
AGENCY = {r.reviewer_id: r.agency for r in REVIEWERS}


def _children(n: int) -> list[ChildToAllocate]:
    return [
        ChildToAllocate(
            child_id=f"C{i:02d}",
            sectors=("police", "social_care"),
            record_agencies=frozenset({"GMP", ["OLDSC", "BURSC", "WIGSC"][i % 3]}),
        )
        for i in range(n)
    ]


def test_reviewer_never_gets_records_of_their_own_agency_when_another_exists():
    children = _children(12)
    result = allocate_reviewers(children, REVIEWERS, AllocationPlan(seed=5, second_review_share=0))
    holders = {c.child_id: c.record_agencies for c in children}
    for a in result.assignments:
        assert AGENCY[a.reviewer_id] not in holders[a.child_id]
        assert a.independence == "independent"
    police = Counter(a.reviewer_id for a in result.assignments if a.sector == "police")
    assert set(police) == {3}


def test_own_agency_fallback_is_marked_and_never_the_same_person_twice():
    reviewers = [r for r in REVIEWERS if r.agency == "GMP"]
    children = _children(10)
    result = allocate_reviewers(
        children, reviewers, AllocationPlan(seed=1, second_review_share=0.2)
    )
    police = [a for a in result.assignments if a.sector == "police"]
    assert all(a.independence == "own_agency" for a in police)
    per_child: dict[str, list[int]] = {}
    for a in police:
        per_child.setdefault(a.child_id, []).append(a.reviewer_id)
    assert all(len(ids) == len(set(ids)) for ids in per_child.values())
    gaps = {(g.child_id, g.sector) for g in result.unallocated}
    assert gaps == {(c.child_id, "social_care") for c in children}


def test_second_review_share_and_blind_reviewer_is_someone_else():
    children = _children(10)
    result = allocate_reviewers(children, REVIEWERS, AllocationPlan(seed=9))
    second = [a for a in result.assignments if a.is_second_review]
    assert len({a.child_id for a in second}) == 2
    first = {
        (a.child_id, a.sector): a.reviewer_id for a in result.assignments if not a.is_second_review
    }
    police_second = [a for a in second if a.sector == "police"]
    care_second = [a for a in second if a.sector == "social_care"]
    assert police_second
    assert care_second
    # Only one independent police reviewer: the second police review falls back, to a new person.
    for a in police_second:
        assert a.reviewer_id != first[(a.child_id, "police")]
        assert a.independence == "own_agency"
    for a in care_second:
        assert a.reviewer_id != first[(a.child_id, "social_care")]
        assert a.independence == "independent"


def test_load_is_balanced():
    children = _children(9)
    result = allocate_reviewers(children, REVIEWERS, AllocationPlan(seed=2, second_review_share=0))
    social = Counter(a.reviewer_id for a in result.assignments if a.sector == "social_care")
    assert sorted(social.values()) == [3, 3, 3]


def test_allocation_is_reproducible_from_the_seed():
    children = _children(10)
    one = allocate_reviewers(children, REVIEWERS, AllocationPlan(seed=4))
    two = allocate_reviewers(list(reversed(children)), REVIEWERS, AllocationPlan(seed=4))
    assert one == two


def test_second_review_share_rounds_half_up():
    plan = AllocationPlan(seed=1, second_review_share=0.2)
    assert len(second_review_children([f"C{i}" for i in range(5)], plan)) == 1
    assert len(second_review_children([f"C{i}" for i in range(13)], plan)) == 3
    assert second_review_children([], plan) == frozenset()
