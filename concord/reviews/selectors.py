"""User-scoped reads of rounds, allocations and audits; missing and forbidden answer 404."""

from typing import Any

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import Child
from concord.screening.models import Finding

from .models import Allocation, Audit, ReviewRound, SampleEntry
from .permissions import audits_visible_to, can_manage_rounds


def round_list(*, user: User) -> QuerySet[ReviewRound]:
    """Rounds a coordinator or administrator manages, with progress counts; none for others."""

    def count(queryset: QuerySet[Any]) -> Subquery:
        counted = queryset.values("round").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(counted), 0)  # type: ignore[return-value]

    rounds = ReviewRound.objects.select_related("framework").annotate(
        sampled=count(SampleEntry.objects.filter(round=OuterRef("pk"), removed_at__isnull=True)),
        audits=count(Allocation.objects.filter(round=OuterRef("pk"))),
        submitted=count(
            Allocation.objects.filter(round=OuterRef("pk"), audit__status=Audit.Status.SUBMITTED)
        ),
    )
    return rounds if can_manage_rounds(user) else rounds.none()


def round_get_for_user(*, user: User, round_id: int) -> ReviewRound:
    """Return a round the user manages; 404 for missing and forbidden alike."""
    review_round = round_list(user=user).filter(pk=round_id).first()
    if review_round is None:
        raise Http404("No such round")
    return review_round


def allocation_list(*, user: User, review_round: ReviewRound) -> QuerySet[Allocation]:
    """A round's allocations with child, reviewer, agency and audit, for its manager."""
    if not can_manage_rounds(user):
        return Allocation.objects.none()
    return (
        Allocation.objects.filter(round=review_round)
        .select_related("child", "reviewer", "reviewer__agency", "audit")
        .order_by("child__public_id", "sector", "is_second_review")
    )


def allocation_get_for_user(*, user: User, allocation_id: int) -> Allocation:
    """Return an allocation to a round manager; 404 otherwise."""
    allocation = (
        Allocation.objects.select_related("round", "child", "reviewer", "audit")
        .filter(pk=allocation_id)
        .first()
    )
    if allocation is None or not can_manage_rounds(user):
        raise Http404("No such allocation")
    return allocation


def sample_list(*, review_round: ReviewRound) -> QuerySet[SampleEntry]:
    """A round's sample in draw order."""
    return review_round.sample.select_related("child", "removed_by").order_by("rank")


def sample_entry_get_for_user(*, user: User, entry_id: int) -> SampleEntry:
    """Return a sample entry to a round manager; 404 otherwise."""
    entry = SampleEntry.objects.select_related("round", "child").filter(pk=entry_id).first()
    if entry is None or not can_manage_rounds(user):
        raise Http404("No such sample entry")
    return entry


def my_allocations(*, user: User) -> QuerySet[Allocation]:
    """A reviewer's own allocations in open rounds, with their audits (never anyone else's)."""
    return (
        Allocation.objects.filter(reviewer=user, round__status=ReviewRound.Status.IN_PROGRESS)
        .select_related("round", "child", "audit")
        .order_by("round__period_start", "child__public_id", "sector")
    )


def audit_get_for_user(*, user: User, audit_id: int) -> Audit:
    """Return an audit the user may see; 404 for missing and forbidden alike; logged either way.

    The audit page's chronology is read through `chronology_get_for_user`, which logs the view
    of the child's records itself.
    """
    audit = (
        audits_visible_to(user)
        .select_related("allocation__round__framework")
        .filter(pk=audit_id)
        .first()
    )
    access_log_record(
        user=user,
        action="view_audit",
        object_type="audit",
        object_id=audit_id,
        allowed=audit is not None,
        detail={"child": audit.allocation.child.public_id} if audit is not None else {},
    )
    if audit is None:
        raise Http404("No such audit")
    return audit


def child_findings(*, child: Child) -> QuerySet[Finding]:
    """The child's screening findings with their evidence events."""
    return (
        Finding.objects.filter(child=child)
        .prefetch_related("evidence__event__agency")
        .order_by("rule", "created_at")
    )
