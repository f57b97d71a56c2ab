"""Permission-matrix providers for the review pages (see core/tests/test_permission_matrix.py)."""

from datetime import date

from concord.core.tests.matrix import MatrixUsers, Subject, register
from concord.frameworks.services import framework_load_default
from concord.linkage.models import Child, PersonLink
from concord.records.models import Extract, PersonRecord
from concord.reviews.models import Allocation, Audit, ReviewRound, SampleEntry

MANAGERS = frozenset({"administrator", "coordinator"})


def _round_with_audit(users: MatrixUsers) -> Audit:
    """A round in progress: one child (another agency's records) allocated to the reviewer."""
    framework = framework_load_default(actor=users["administrator"])
    review_round = ReviewRound.objects.create(
        theme="Matrix round",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 6, 30),
        framework=framework,
        sectors=["police", "social_care"],
        status=ReviewRound.Status.IN_PROGRESS,
        seed=1,
    )
    extract = Extract.objects.create(
        agency=users.other,
        format="cif1",
        source_name="matrix",
        content_hash="reviews",
        imported_by=users["administrator"],
    )
    person = PersonRecord.objects.create(agency=users.other, source_id="R1", extract=extract)
    child = Child.objects.create(public_id="C-REVIEWS")
    PersonLink.objects.create(person=person, child=child, match_probability=1.0)
    SampleEntry.objects.create(
        round=review_round, child=child, local_authority="Wigan", sector="social_care", rank=1
    )
    allocation = Allocation.objects.create(
        round=review_round, child=child, reviewer=users["reviewer"], sector="police"
    )
    return Audit.objects.create(allocation=allocation)


@register("round_id")
def review_round(users: MatrixUsers) -> Subject:
    return Subject(value=_round_with_audit(users).allocation.round_id, associated=MANAGERS)


@register("entry_id")
def sample_entry(users: MatrixUsers) -> Subject:
    audit = _round_with_audit(users)
    entry = SampleEntry.objects.get(round_id=audit.allocation.round_id)
    return Subject(value=entry.pk, associated=MANAGERS)


@register("allocation_id")
def allocation(users: MatrixUsers) -> Subject:
    return Subject(value=_round_with_audit(users).allocation_id, associated=MANAGERS)


@register("audit_id")
def audit(users: MatrixUsers) -> Subject:
    # Allocated to the matrix reviewer, so the reviewer is associated with it.
    return Subject(value=_round_with_audit(users).pk, associated=MANAGERS | {"reviewer"})
