"""Allocate sampled children to reviewers, create their audits, and change allocations."""

from collections import Counter

from django.db import transaction
from django.utils import timezone

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.reviews.errors import (
    REASON_REQUIRED,
    REVIEWER_NOT_ELIGIBLE,
    ROUND_NOT_READY,
    AllocationChangeError,
    RoundStateError,
)
from concord.reviews.models import Allocation, AllocationChange, Answer, Audit, ReviewRound
from concord.reviews.records_facts import ChildRecords, children_records
from concord_engine.contracts.reviews import (
    AllocationPlan,
    ChildFacts,
    ChildToAllocate,
    ReviewerAvailable,
)
from concord_engine.reviews import allocate_reviewers, suggest_answers


def reviewers_available(*, review_round: ReviewRound) -> list[ReviewerAvailable]:
    """Active reviewers with an agency in one of the round's sectors, with open workload."""
    users = User.objects.filter(
        role=User.Role.REVIEWER, is_active=True, agency__sector__in=review_round.sectors
    ).select_related("agency")
    open_load = Counter(
        Audit.objects.filter(
            status=Audit.Status.DRAFT, allocation__round__status=ReviewRound.Status.IN_PROGRESS
        ).values_list("allocation__reviewer_id", flat=True)
    )
    return [
        ReviewerAvailable(
            reviewer_id=user.pk,
            agency=user.agency.code,  # type: ignore[union-attr]
            sector=user.agency.sector,  # type: ignore[union-attr]
            existing_load=open_load[user.pk],
        )
        for user in users
    ]


def _audit_with_suggestions(
    allocation: Allocation, review_round: ReviewRound, record: ChildRecords
) -> tuple[Audit, list[Answer]]:
    audit = Audit(allocation=allocation)
    questions = review_round.framework.parsed().questions_for(allocation.sector)  # type: ignore[union-attr]
    facts = ChildFacts(
        finding_rules=frozenset(record.finding_rules),
        event_types=frozenset(record.event_types_in_period),
    )
    answers = [
        Answer(audit=audit, question_key=key, suggested_value=s.value, suggested_source=s.source)
        for key, s in suggest_answers(questions, facts).items()
    ]
    return audit, answers


@transaction.atomic
def round_allocate(*, actor: User, review_round: ReviewRound) -> list[Allocation]:
    """Allocate every sampled child per sector (engine rules) and open a draft audit for each."""
    caller, review_round = (
        review_round,
        ReviewRound.objects.select_for_update().get(pk=review_round.pk),
    )
    if review_round.status != ReviewRound.Status.SAMPLED:
        raise RoundStateError(
            ROUND_NOT_READY.format(expected="sampled", actual=review_round.get_status_display())
        )
    entries = list(review_round.sample.filter(removed_at__isnull=True).select_related("child"))
    records = children_records(
        start=review_round.period_start,
        end=review_round.period_end,
        child_pks=[e.child_id for e in entries],
    )
    scope = set(review_round.sectors)
    # A child whose records were unlinked since the draw has nothing to review: it gets no
    # allocation (the coordinator sees it in the sample without one).
    entries = [e for e in entries if e.child_id in records]
    children = [
        ChildToAllocate(
            child_id=e.child.public_id,
            sectors=tuple(sorted(records[e.child_id].sectors_in_period & scope)),
            record_agencies=frozenset(records[e.child_id].agencies),
        )
        for e in entries
    ]
    result = allocate_reviewers(
        children,
        reviewers_available(review_round=review_round),
        AllocationPlan(
            seed=review_round.seed or 0, second_review_share=review_round.second_review_share
        ),
    )
    by_public = {e.child.public_id: e.child for e in entries}
    allocations = Allocation.objects.bulk_create(
        Allocation(
            round=review_round,
            child=by_public[a.child_id],
            reviewer_id=a.reviewer_id,
            sector=a.sector,
            is_second_review=a.is_second_review,
            independence=a.independence,
        )
        for a in result.assignments
    )
    audits: list[Audit] = []
    answers: list[Answer] = []
    for allocation in allocations:
        audit, suggested = _audit_with_suggestions(
            allocation, review_round, records[allocation.child_id]
        )
        audits.append(audit)
        answers.extend(suggested)
    Audit.objects.bulk_create(audits)
    for answer in answers:
        answer.audit_id = answer.audit.pk
    Answer.objects.bulk_create(answers)
    review_round.status = ReviewRound.Status.IN_PROGRESS
    review_round.allocated_at = timezone.now()
    review_round.save(update_fields=["status", "allocated_at"])
    access_log_record(
        user=actor,
        action="review_allocate",
        object_type="review_round",
        object_id=review_round.pk,
        detail={"allocations": len(allocations), "unallocated": len(result.unallocated)},
    )
    caller.refresh_from_db()
    return allocations


def _check_new_reviewer(allocation: Allocation, reviewer: User) -> None:
    def refuse(why: str) -> AllocationChangeError:
        return AllocationChangeError(REVIEWER_NOT_ELIGIBLE.format(why=why))

    if reviewer.role != User.Role.REVIEWER or not reviewer.is_active:
        raise refuse("not an active reviewer")
    if reviewer.agency is None or reviewer.agency.sector != allocation.sector:
        raise refuse("not a reviewer of this sector")
    others = Allocation.objects.filter(round=allocation.round, child=allocation.child)
    if others.filter(reviewer=reviewer).exists():
        raise refuse("already reviewing this child in this round")
    if allocation.audit.status != Audit.Status.DRAFT:
        raise refuse("the audit has been submitted; reopen it first")


@transaction.atomic
def allocation_change(
    *, actor: User, allocation: Allocation, reviewer: User, reason: str
) -> Allocation:
    """Give an allocation to another reviewer, with a reason; answers restart from suggestions."""
    if not reason.strip():
        raise AllocationChangeError(REASON_REQUIRED)
    _check_new_reviewer(allocation, reviewer)
    holders = set(allocation.child.links.values_list("person__agency__code", flat=True))
    AllocationChange.objects.create(
        allocation=allocation,
        from_reviewer_id=allocation.reviewer_id,
        to_reviewer=reviewer,
        reason=reason.strip(),
        changed_by=actor,
    )
    allocation.reviewer = reviewer
    allocation.independence = (
        Allocation.Independence.OWN_AGENCY
        if reviewer.agency is not None and reviewer.agency.code in holders
        else Allocation.Independence.INDEPENDENT
    )
    allocation.save(update_fields=["reviewer", "independence"])
    allocation.audit.answers.update(value="", rationale="")
    allocation.audit.finding_checks.all().delete()
    access_log_record(
        user=actor,
        action="review_allocation_change",
        object_type="allocation",
        object_id=allocation.pk,
        detail={"to_reviewer": reviewer.pk},
    )
    return allocation
