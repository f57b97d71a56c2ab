from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from concord.accesslog.models import AccessLogEntry
from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.agencies.tests.factories import AgencyFactory
from concord.reviews.models import Allocation, ReviewRound
from concord.screening.highlight import Segment, segments
from concord.screening.models import FindingDecision
from concord.screening.services import screening_run
from concord.screening.tests.factories import (
    ChildFactory,
    EventFactory,
    FindingEvidenceFactory,
    FindingFactory,
    police_and_care_child,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def screened():
    child, incident = police_and_care_child()
    screening_run(actor=system_actor())
    return child, incident


def test_triage_orders_children_by_severity_then_open_count(verified_client):
    low_many = ChildFactory(public_id="CH-LOW")
    for _ in range(3):
        FindingFactory(child=low_many, severity="low", rule="assessment_overdue")
    high_one = ChildFactory(public_id="CH-HIGH")
    FindingFactory(child=high_one, severity="high")
    high_two = ChildFactory(public_id="CH-HIGH2")
    FindingFactory(child=high_two, severity="high")
    FindingFactory(child=high_two, severity="medium")
    client = verified_client(UserFactory(role="coordinator"))
    response = client.get(reverse("screening:triage"))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.index("CH-HIGH2") < body.index("CH-HIGH<") < body.index("CH-LOW")
    assert AccessLogEntry.objects.filter(action="screening_triage").count() == 1


def test_triage_counts_its_children_once_for_the_log_and_the_pages(verified_client):
    for number in range(53):  # more than one page of 50
        FindingFactory(child=ChildFactory(public_id=f"CH-{number:03d}"), severity="medium")
    client = verified_client(UserFactory(role="coordinator"))
    with CaptureQueriesContext(connection) as queries:
        first = client.get(reverse("screening:triage"))
    counts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert len(counts) == 1, counts
    assert first.context["page"].paginator.count == 53
    assert first.context["page"].paginator.num_pages == 2
    second = client.get(reverse("screening:triage"), {"page": 2})
    assert len(second.context["children"]) == 3
    entry = AccessLogEntry.objects.filter(action="screening_triage").latest("pk")
    assert entry.detail["children"] == 53


def test_triage_filters_by_rule_agency_area_and_period_without_js(verified_client, screened):
    client = verified_client(UserFactory(role="coordinator"))
    url = reverse("screening:triage")
    assert "CH-A" in client.get(url, {"rule": "crime_not_recorded"}).content.decode()
    assert "CH-A" not in client.get(url, {"rule": "assessment_overdue"}).content.decode()
    assert "CH-A" in client.get(url, {"agency": "GMP"}).content.decode()
    assert "CH-A" in client.get(url, {"area": "Oldham"}).content.decode()
    assert (
        "CH-A"
        in client.get(
            url,
            {
                "date_from_day": "1",
                "date_from_month": "3",
                "date_from_year": "2025",
                "date_to_day": "31",
                "date_to_month": "3",
                "date_to_year": "2025",
            },
        ).content.decode()
    )
    assert (
        "CH-A"
        not in client.get(
            url, {"date_from_day": "1", "date_from_month": "4", "date_from_year": "2025"}
        ).content.decode()
    )
    entry = AccessLogEntry.objects.filter(action="screening_triage").order_by("id").reverse()[0]
    assert entry.detail["filters"] == {"from": "2025-04-01"}


def test_triage_period_the_wrong_way_round_shows_an_error_summary(verified_client):
    client = verified_client(UserFactory(role="investigator"))
    response = client.get(
        reverse("screening:triage"),
        {
            "date_from_day": "1",
            "date_from_month": "5",
            "date_from_year": "2025",
            "date_to_day": "1",
            "date_to_month": "1",
            "date_to_year": "2025",
        },
    )
    assert "govuk-error-summary" in response.content.decode()


def test_triage_is_forbidden_to_reviewers_and_viewers(verified_client):
    for role in ("reviewer", "viewer", "workforce_lead"):
        client = verified_client(UserFactory(role=role))
        assert client.get(reverse("screening:triage")).status_code == 403


def test_investigator_sees_only_children_with_their_agencys_records(verified_client, screened):
    other = AgencyFactory(code="LANCS")
    client = verified_client(UserFactory(role="investigator", agency=other))
    assert "CH-A" not in client.get(reverse("screening:triage")).content.decode()
    gmp_user = UserFactory(role="investigator", agency=AgencyFactory(code="GMP"))
    client = verified_client(gmp_user)
    assert "CH-A" in client.get(reverse("screening:triage")).content.decode()


def test_finding_page_highlights_the_matched_text(verified_client, screened):
    child, incident = screened
    finding = child.findings.get(rule="crime_not_recorded")
    client = verified_client(UserFactory(role="coordinator"))
    response = client.get(reverse("screening:finding", args=[finding.pk]))
    assert response.status_code == 200
    assert "<mark>sexually assaulted</mark>" in response.content.decode()
    assert AccessLogEntry.objects.filter(action="view_finding", object_id=str(finding.pk)).exists()


def test_a_note_exported_as_rich_text_is_highlighted_as_stored_and_escaped(verified_client):
    child, _ = police_and_care_child()
    person = child.links.get(person__agency__code="OLDCSC").person
    note = EventFactory(
        person=person,
        type="note",
        occurred_at=datetime(2025, 3, 5, 9, 0, tzinfo=UTC),
        text="<p>She isn&#39;t in school and is <i>making</i> her own choices.</p>",
        author_role="Social worker",
    )
    screening_run(actor=system_actor())
    finding = child.findings.get(rule="victim_blaming_language", evidence__event=note)
    (evidence,) = finding.evidence.all()
    # The phrase's own characters and the markup between them: "making" starts the span.
    assert [note.text[a:b] for a, b in evidence.highlights] == ["making</i> her own choices"]
    client = verified_client(UserFactory(role="coordinator"))
    body = client.get(reverse("screening:finding", args=[finding.pk])).content.decode()
    assert "&lt;i&gt;<mark>making&lt;/i&gt; her own choices</mark>" in body
    assert "<i>making</i>" not in body


def test_language_finding_page_shows_why_and_alternatives(verified_client, screened):
    child, _ = screened
    finding = child.findings.get(rule="victim_blaming_language")
    client = verified_client(UserFactory(role="coordinator"))
    body = client.get(reverse("screening:finding", args=[finding.pk])).content.decode()
    assert "<mark>put herself at risk</mark>" in body
    assert "Why it harms" in body
    assert "may have been groomed" in body


def test_finding_of_a_child_not_visible_is_404_like_a_missing_one(verified_client, screened):
    child, _ = screened
    finding = child.findings.first()
    client = verified_client(UserFactory(role="reviewer"))
    assert client.get(reverse("screening:finding", args=[finding.pk])).status_code == 404
    assert client.get(reverse("screening:finding", args=[999999])).status_code == 404
    denied = AccessLogEntry.objects.filter(action="view_finding", outcome="denied")
    assert denied.count() == 2


def test_allocated_reviewer_can_open_and_decide(verified_client, screened):
    child, _ = screened
    reviewer = UserFactory(role="reviewer")
    review_round = ReviewRound.objects.create(
        theme="CSE", period_start="2025-01-01", period_end="2025-12-31"
    )
    Allocation.objects.create(round=review_round, child=child, reviewer=reviewer)
    finding = child.findings.get(rule="crime_not_recorded")
    client = verified_client(reviewer)
    url = reverse("screening:finding", args=[finding.pk])
    response = client.post(url, {"decision": "dismissed", "reason": "Crime is on Niche as 20A"})
    assert response.status_code == 302
    decision = FindingDecision.objects.get(key=finding.key)
    assert decision.decided_by == reviewer
    assert decision.decision == "dismissed"


def test_decision_without_reason_shows_govuk_errors_and_saves_nothing(verified_client, screened):
    child, _ = screened
    finding = child.findings.first()
    client = verified_client(UserFactory(role="coordinator"))
    response = client.post(
        reverse("screening:finding", args=[finding.pk]), {"decision": "confirmed"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "govuk-error-summary" in body
    assert "Give a reason for the decision" in body
    assert FindingDecision.objects.count() == 0


def test_decided_findings_leave_the_triage_list(verified_client, screened):
    child, _ = screened
    user = UserFactory(role="coordinator")
    client = verified_client(user)
    assert child.findings.exists()
    assert "CH-A" in client.get(reverse("screening:triage")).content.decode()
    for finding in child.findings.all():
        client.post(
            reverse("screening:finding", args=[finding.pk]),
            {"decision": "confirmed", "reason": "Checked"},
        )
    assert "CH-A" not in client.get(reverse("screening:triage")).content.decode()


def test_child_page_lists_findings_and_links_the_chronology(verified_client, screened):
    client = verified_client(UserFactory(role="coordinator"))
    response = client.get(reverse("screening:child", args=["CH-A"]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "/children/CH-A/" in body
    assert AccessLogEntry.objects.filter(action="view_child_findings", object_id="CH-A").exists()


def test_rules_page_shows_precision_from_decisions(verified_client):
    finding = FindingEvidenceFactory().finding
    user = UserFactory(role="coordinator")
    for i, decision in enumerate(["confirmed", "confirmed", "dismissed", "confirmed"]):
        f = FindingFactory(child=finding.child, key=f"k{i:063d}")
        FindingDecision.objects.create(
            key=f.key,
            child=f.child,
            rule=f.rule,
            decision=decision,
            reason="r",
            decided_by=user,
            decided_at="2025-01-01T00:00Z",
        )
    body = verified_client(user).get(reverse("screening:rules")).content.decode()
    assert "75%" in body


def test_segments_escape_nothing_themselves_and_merge_overlaps():
    assert segments("abc def", [[4, 7], [5, 6]]) == [Segment("abc ", False), Segment("def", True)]
    assert segments("abc", [[2, 99]]) == [Segment("ab", False), Segment("c", True)]
