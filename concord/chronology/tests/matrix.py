"""Permission-matrix provider for the chronology's URLs (protocol: core/tests/matrix.py).

The chronology's URLs take ``child_id``, the project-wide kwarg for a child's public id. The
linkage app may provide ``child_id`` too, and there is one provider per kwarg project-wide, so
this one registers only if no app loaded earlier (linkage comes first) already did.
"""

from datetime import UTC, date, datetime

from concord.core.tests.matrix import REGISTRY, MatrixUsers, Subject, register
from concord.reviews.models import Allocation, ReviewRound

from .factories import EventFactory, child_with_records, finding_on


def chronology_child(users: MatrixUsers) -> Subject:
    """A child known only to the other agency's records, allocated to the matrix reviewer."""
    child, (person,) = child_with_records([users.other])
    event = EventFactory(
        person=person, type="note", occurred_at=datetime(2024, 2, 1, 9, tzinfo=UTC)
    )
    finding_on(child, [event], highlights=[[[0, 9]]])
    review_round = ReviewRound.objects.create(
        theme="Matrix", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)
    )
    Allocation.objects.create(round=review_round, child=child, reviewer=users["reviewer"])
    return Subject(
        value=child.public_id,
        associated=frozenset({"administrator", "coordinator", "reviewer"}),
    )


if "child_id" not in REGISTRY.providers:
    register("child_id")(chronology_child)
