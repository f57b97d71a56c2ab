import pytest

from concord.reviews.demo import demo_round_create
from concord.reviews.errors import ReviewError
from concord.reviews.models import Audit, ModerationDecision, ReviewRound

from .factories import finding_for, partnership

pytestmark = pytest.mark.django_db


def test_demo_round_has_completed_double_reviewed_and_draft_audits():
    p = partnership(children_per_area=3)
    finding_for(p.children[0], "no_return_interview")
    review_round = demo_round_create(actor=p.coordinator)
    assert review_round.status == ReviewRound.Status.IN_PROGRESS
    audits = Audit.objects.filter(allocation__round=review_round)
    assert audits.filter(status=Audit.Status.SUBMITTED).exists()
    assert audits.filter(status=Audit.Status.DRAFT).exists()
    second = audits.filter(allocation__is_second_review=True)
    assert second.exists()
    assert all(a.status == Audit.Status.SUBMITTED for a in second)
    assert demo_round_create(actor=p.coordinator).pk == review_round.pk
    assert ModerationDecision.objects.count() <= 1


def test_demo_round_needs_children():
    from concord.accounts.models import User
    from concord.accounts.tests.factories import UserFactory

    with pytest.raises(ReviewError, match="No linked children"):
        demo_round_create(actor=UserFactory(role=User.Role.COORDINATOR, agency=None))
