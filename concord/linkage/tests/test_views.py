import pytest
from django.urls import reverse

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.agencies.tests.factories import AgencyFactory
from concord.linkage.models import LinkRun, MatchDecision, MatchPair, PersonLink
from concord.linkage.services import link_run

from .factories import background, extract_for, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(settings):
    # A wide band so the small test partnership has pairs to review.
    settings.CONCORD_LINKAGE_REVIEW_BAND = (0.0001, 1.0)
    background(40)
    police, council = extract_for("GMP"), extract_for("OLD")
    people = [
        person(police, "K1", "Kayleigh", "Smith", "2009-04-03", sex="F", postcode="OL1 2AB"),
        person(council, "K2", "Kayleigh", "Smyth", "2009-03-04", sex="F", postcode="OL1 2AB"),
    ]
    run = link_run(actor=system_actor())
    pair = MatchPair.objects.get(person_l=people[0], person_r=people[1])
    return run, pair, people


def test_queue_lists_doubtful_pairs_for_a_coordinator(verified_client, linked):
    _, pair, _ = linked
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = client.get(reverse("linkage:queue"))
    assert response.status_code == 200
    assert reverse("linkage:pair", args=[pair.pk]) in response.content.decode()


def test_queue_is_forbidden_to_reviewers(verified_client, linked):
    client = verified_client(UserFactory(role=User.Role.REVIEWER))
    assert client.get(reverse("linkage:queue")).status_code == 403


def test_pair_page_shows_both_records_and_the_waterfall_table(verified_client, linked):
    _, pair, _ = linked
    client = verified_client(UserFactory(role=User.Role.ADMINISTRATOR))
    page = client.get(reverse("linkage:pair", args=[pair.pk])).content.decode()
    main = page.split("<main", 1)[1].split("</main>")[0]
    assert "Smyth" in main
    assert "Smith" in main
    assert "Match-weight waterfall as a table" in main
    assert "Agency's own id" in main
    assert "<svg" in main
    assert "<script" not in main


def test_investigator_of_another_agency_gets_404_for_a_pair_and_it_is_logged(
    verified_client, linked
):
    _, pair, _ = linked
    outsider = UserFactory(role=User.Role.INVESTIGATOR, agency=AgencyFactory(code="XYZ"))
    client = verified_client(outsider)
    assert client.get(reverse("linkage:pair", args=[pair.pk])).status_code == 404
    assert client.get(reverse("linkage:pair", args=[999999])).status_code == 404
    denied = AccessLogEntry.objects.filter(action="view_match_pair", outcome="denied")
    assert denied.count() == 2


def test_rejecting_a_pair_stores_the_decision_and_splits_the_child(verified_client, linked):
    _, pair, people = linked
    investigator = UserFactory(role=User.Role.INVESTIGATOR, agency=people[0].agency)
    client = verified_client(investigator)
    response = client.post(
        reverse("linkage:pair", args=[pair.pk]), {"decision": "non_match", "reason": "twins"}
    )
    assert response.status_code == 302
    decision = MatchDecision.objects.get()
    assert (decision.decided_by, decision.decision) == (investigator, "non_match")
    links = PersonLink.objects.filter(person__in=people).values_list("child_id", flat=True)
    assert len(set(links)) == 2


def test_missing_decision_shows_a_govuk_error_summary(verified_client, linked):
    _, pair, _ = linked
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = client.post(reverse("linkage:pair", args=[pair.pk]), {"reason": ""})
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    assert not MatchDecision.objects.exists()


def test_split_by_hand_needs_a_reason(verified_client, linked):
    _, _, people = linked
    child = PersonLink.objects.get(person=people[0]).child
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    url = reverse("linkage:child", args=[child.public_id])
    bad = client.post(url, {"action": "split", "person_ids": [people[1].pk], "reason": ""})
    assert bad.status_code == 400
    assert "Enter why these records are a different child" in bad.content.decode()
    good = client.post(url, {"action": "split", "person_ids": [people[1].pk], "reason": "no"})
    assert good.status_code == 302
    assert PersonLink.objects.get(person=people[1]).child != child


def test_run_report_shows_parameters_and_cluster_sizes(verified_client, linked):
    run, _, _ = linked
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    page = client.get(reverse("linkage:run", args=[run.pk])).content.decode()
    assert "m and u probabilities" in page
    assert "Children by number of records" in page
    assert client.get(reverse("linkage:runs")).status_code == 200
    assert LinkRun.objects.count() == 1


def test_merging_with_a_child_the_user_cannot_see_shows_an_error(verified_client, linked):
    _, _, people = linked
    investigator = UserFactory(role=User.Role.INVESTIGATOR, agency=people[0].agency)
    child = PersonLink.objects.get(person=people[0]).child
    client = verified_client(investigator)
    response = client.post(
        reverse("linkage:child", args=[child.public_id]),
        {"action": "merge", "other_child_id": "C-NOTTHERE", "reason": "same"},
    )
    assert response.status_code == 400
    assert "Enter the id of a child you can see" in response.content.decode()
