"""Permission-matrix providers for the screening URLs (protocol: core/tests/matrix.py).

``child_id`` is the project-wide kwarg for a child's public id; linkage (loaded first) owns it,
so this provider registers only if no earlier app did. ``finding_id`` is screening's own.
"""

from datetime import date

from concord.core.tests.matrix import REGISTRY, MatrixUsers, Subject, register
from concord.linkage.models import Child
from concord.reviews.models import Allocation, ReviewRound

from .factories import EventFactory, FindingEvidenceFactory, PersonLinkFactory

ASSOCIATED = frozenset({"administrator", "coordinator", "reviewer"})


def _child_of_other_agency(users: MatrixUsers) -> Child:
    """A child known only to the other agency's records, allocated to the matrix reviewer."""
    link = PersonLinkFactory(person__agency=users.other)
    review_round = ReviewRound.objects.create(
        theme="Matrix", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)
    )
    child: Child = link.child
    Allocation.objects.create(round=review_round, child=child, reviewer=users["reviewer"])
    return child


def screening_child(users: MatrixUsers) -> Subject:
    return Subject(value=_child_of_other_agency(users).public_id, associated=ASSOCIATED)


@register("finding_id")
def screening_finding(users: MatrixUsers) -> Subject:
    """A finding about that child, with one evidence event."""
    child = _child_of_other_agency(users)
    person = child.links.get().person
    evidence = FindingEvidenceFactory(
        finding__child=child, event=EventFactory(person=person, text="Seen at a hotel.")
    )
    return Subject(value=evidence.finding.pk, associated=ASSOCIATED)


if "child_id" not in REGISTRY.providers:
    register("child_id")(screening_child)
