import pytest
from django.http import Http404

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.agencies.tests.factories import AgencyFactory
from concord.linkage.models import Child, PersonLink
from concord.linkage.selectors import child_get_for_user, person_records_frame
from concord.records.models import Extract, PersonRecord
from concord_engine.contracts.linkage import PERSON_COLUMNS

pytestmark = pytest.mark.django_db


def _child_known_to(agency, public_id: str) -> Child:
    actor = UserFactory(username="loader", role=User.Role.ADMINISTRATOR)
    extract = Extract.objects.create(
        agency=agency, format="cif1", source_name="x", content_hash=public_id, imported_by=actor
    )
    person = PersonRecord.objects.create(agency=agency, source_id="P1", extract=extract)
    child = Child.objects.create(public_id=public_id)
    PersonLink.objects.create(person=person, child=child, match_probability=1.0)
    return child


def test_investigator_sees_child_known_to_their_agency():
    agency = AgencyFactory(code="GMP", sector="police")
    child = _child_known_to(agency, "C-AAAA")
    investigator = UserFactory(role=User.Role.INVESTIGATOR, agency=agency)
    assert child_get_for_user(user=investigator, child_id="C-AAAA") == child


def test_forbidden_and_missing_children_both_raise_404_and_are_logged():
    child = _child_known_to(AgencyFactory(code="OLD"), "C-BBBB")
    other = UserFactory(role=User.Role.INVESTIGATOR, agency=AgencyFactory(code="GMP"))
    with pytest.raises(Http404) as forbidden:
        child_get_for_user(user=other, child_id=child.public_id)
    with pytest.raises(Http404) as missing:
        child_get_for_user(user=other, child_id="C-NONE")
    assert str(forbidden.value) == str(missing.value)
    outcomes = list(AccessLogEntry.objects.values_list("object_id", "outcome"))
    assert outcomes == [("C-BBBB", "denied"), ("C-NONE", "denied")]


def test_reviewer_sees_only_allocated_children():
    child = _child_known_to(AgencyFactory(code="OLD"), "C-CCCC")
    reviewer = UserFactory(role=User.Role.REVIEWER)
    with pytest.raises(Http404):
        child_get_for_user(user=reviewer, child_id=child.public_id)
    from datetime import date

    from concord.reviews.models import Allocation, ReviewRound

    review_round = ReviewRound.objects.create(
        theme="CSE", period_start=date(2025, 1, 1), period_end=date(2025, 6, 30)
    )
    Allocation.objects.create(round=review_round, child=child, reviewer=reviewer)
    assert child_get_for_user(user=reviewer, child_id=child.public_id) == child


def test_person_records_frame_carries_the_agency_id():
    agency = AgencyFactory(code="GMP", sector="police")
    actor = UserFactory(username="loader", role=User.Role.ADMINISTRATOR)
    extract = Extract.objects.create(
        agency=agency, format="cif1", source_name="x", content_hash="h", imported_by=actor
    )
    PersonRecord.objects.create(agency=agency, source_id="P1", extract=extract, local_id="URN 77")
    frame = person_records_frame()
    assert list(frame.columns) == list(PERSON_COLUMNS)
    assert frame["local_id"].tolist() == ["URN 77"]
