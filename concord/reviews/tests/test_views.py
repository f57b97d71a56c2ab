import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.reviews.models import Allocation, Answer, Audit, ModerationDecision, ReviewRound
from concord.reviews.reports import moderation_pairs, submitted_audits
from concord.reviews.services import audit_save, audit_submit, round_allocate, round_sample_draw

from .factories import finding_for, make_round, partnership
from .test_services import _complete_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def running():
    p = partnership(children_per_area=2)
    finding_for(p.children[0], "no_return_interview")
    review_round = make_round(p, per_stratum=5, second_review_share=0.5)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=8)
    round_allocate(actor=p.coordinator, review_round=review_round)
    return p, review_round


def _audit(review_round, **filters) -> Audit:
    return Audit.objects.filter(allocation__round=review_round, **filters).earliest("pk")


def test_round_create_form_errors_and_success(verified_client):
    p = partnership(children_per_area=1)
    assert p.framework is not None
    client = verified_client(p.coordinator)
    url = reverse("reviews:round_create")
    assert client.get(url).status_code == 200
    bad = client.post(
        url,
        {
            "theme": "",
            "period_start_day": "31",
            "period_start_month": "2",
            "period_start_year": "2025",
        },
    )
    assert bad.status_code == 400
    assert b"govuk-error-summary" in bad.content
    assert b"Enter a theme" in bad.content
    assert b"Enter a real date" in bad.content
    good = client.post(
        url,
        {
            "theme": "CSE",
            "period_start_day": "1",
            "period_start_month": "1",
            "period_start_year": "2025",
            "period_end_day": "30",
            "period_end_month": "6",
            "period_end_year": "2025",
            "framework": p.framework.pk,
            "sectors": ["police", "social_care"],
            "local_authorities": ["Oldham"],
            "per_stratum": "3",
            "exclusion_months": "12",
            "second_review_percent": "20",
            "open_findings_weight": "2",
        },
    )
    review_round = ReviewRound.objects.get()
    assert good.status_code == 302
    assert review_round.local_authorities == ["Oldham"]
    assert review_round.second_review_share == pytest.approx(0.2)
    client.post(reverse("reviews:round_sample", args=[review_round.pk]))
    review_round.refresh_from_db()
    assert review_round.status == ReviewRound.Status.SAMPLED
    assert {e.local_authority for e in review_round.sample.all()} == {"Oldham"}
    client.post(reverse("reviews:round_allocate", args=[review_round.pk]))
    review_round.refresh_from_db()
    assert review_round.status == ReviewRound.Status.IN_PROGRESS
    page = client.get(reverse("reviews:round_detail", args=[review_round.pk]))
    assert b"Allocations" in page.content
    checked = client.get(reverse("reviews:round_detail", args=[review_round.pk]) + "?verify=1")
    assert b"Re-running the draw from its seed gives the recorded sample." in checked.content


def test_reviewer_sees_only_their_own_audits(verified_client, running):
    p, review_round = running
    audit = _audit(review_round)
    owner = audit.allocation.reviewer
    client = verified_client(owner)
    home = client.get(reverse("reviews:home"))
    assert home.status_code == 200
    own_ids = set(Audit.objects.filter(allocation__reviewer=owner).values_list("pk", flat=True))
    for other in Audit.objects.exclude(pk__in=own_ids):
        assert reverse("reviews:audit", args=[other.pk]).encode() not in home.content
    page = client.get(reverse("reviews:audit", args=[audit.pk]))
    assert page.status_code == 200
    assert b"Chronology" in page.content
    missing = client.get(reverse("reviews:audit", args=[999999]))
    forbidden_audit = Audit.objects.exclude(pk__in=own_ids).earliest("pk")
    forbidden = client.get(reverse("reviews:audit", args=[forbidden_audit.pk]))
    assert missing.status_code == forbidden.status_code == 404
    logged = list(
        AccessLogEntry.objects.filter(action__in=["view_audit", "view_chronology_for_audit"])
        .order_by("pk")
        .values_list("action", "object_id", "outcome")
    )
    assert logged == [
        ("view_audit", str(audit.pk), "allowed"),
        ("view_chronology_for_audit", audit.allocation.child.public_id, "allowed"),
        ("view_audit", "999999", "denied"),
        ("view_audit", str(forbidden_audit.pk), "denied"),
    ]
    assert client.get(reverse("reviews:round_detail", args=[review_round.pk])).status_code == 403


def test_blind_second_reviewer_never_sees_the_first_review(verified_client, running):
    p, review_round = running
    second = Allocation.objects.filter(round=review_round, is_second_review=True).earliest("pk")
    first = Allocation.objects.get(
        round=review_round, child=second.child, sector=second.sector, is_second_review=False
    )
    data = _complete_input(first.audit)
    audit_save(actor=first.reviewer, audit=first.audit, data=data)
    audit_submit(actor=first.reviewer, audit=first.audit)
    client = verified_client(second.reviewer)
    page = client.get(reverse("reviews:audit", args=[second.audit.pk]))
    assert page.status_code == 200
    assert b"Because the chronology shows it." not in page.content
    assert first.reviewer.username.encode() not in page.content
    assert client.get(reverse("reviews:audit", args=[first.audit.pk])).status_code == 404


def test_audit_draft_then_incomplete_submit_then_submit(verified_client, running):
    p, review_round = running
    audit = _audit(review_round, allocation__sector="social_care")
    client = verified_client(audit.allocation.reviewer)
    url = reverse("reviews:audit", args=[audit.pk])
    page = client.get(url)
    assert b"Suggested from the records" in page.content
    draft = client.post(url, {"action": "save", "q-voice_of_child": "good"})
    assert draft.status_code == 302
    assert audit.answers.get(question_key="voice_of_child").value == "good"
    incomplete = client.post(url, {"action": "submit", "q-voice_of_child": "good"})
    assert incomplete.status_code == 400
    assert b"govuk-error-summary" in incomplete.content
    assert b"Give the reasons for this grade" in incomplete.content
    data = _complete_input(audit)
    post = {"action": "submit", "good_practice": "Timely strategy meeting"}
    post.update({f"q-{k}": v for k, v in data.values.items()})
    post.update({f"r-{k}": v for k, v in data.rationales.items()})
    done = client.post(url, post)
    assert done.status_code == 302
    audit.refresh_from_db()
    assert audit.status == Audit.Status.SUBMITTED
    assert client.post(url, post).status_code == 403
    coordinator = verified_client(p.coordinator)
    reopen = reverse("reviews:audit_reopen", args=[audit.pk])
    assert coordinator.post(reopen, {"reason": ""}).status_code == 400
    assert coordinator.post(reopen, {"reason": "Check the grade"}).status_code == 302
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT


def _submit_double_review(review_round, learning=None) -> tuple[Allocation, Allocation]:
    """Submit both reviews of the round's first double-reviewed child, disagreeing on quality."""
    second = Allocation.objects.filter(round=review_round, is_second_review=True).earliest("pk")
    first = Allocation.objects.get(
        round=review_round, child=second.child, sector=second.sector, is_second_review=False
    )
    for allocation, grade in ((first, "good"), (second, "inadequate")):
        data = _complete_input(allocation.audit)
        values = dict(data.values, overall_quality=grade)
        audit_save(
            actor=allocation.reviewer,
            audit=allocation.audit,
            data=type(data)(values=values, rationales=data.rationales, learning=learning or {}),
        )
        audit_submit(actor=allocation.reviewer, audit=allocation.audit)
    return first, second


def test_dashboard_reads_the_submitted_audits_once(verified_client, running):
    p, review_round = running
    _submit_double_review(review_round)
    client = verified_client(p.coordinator)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("reviews:dashboard", args=[review_round.pk]))
    assert page.status_code == 200
    audit_reads = [
        q["sql"]
        for q in queries.captured_queries
        if 'FROM "reviews_audit"' in q["sql"] and "submitted" in q["sql"]
    ]
    assert len(audit_reads) == 1, audit_reads
    assert page.context["agreement"], "the double review must reach the agreement table"


def test_one_pair_is_built_from_its_own_audits(running):
    _p, review_round = running
    first, second = _submit_double_review(review_round)
    everything = moderation_pairs(review_round)
    assert [(pair.child_id, pair.sector) for pair in everything] == [
        (second.child_id, second.sector)
    ]
    own = submitted_audits(review_round, child_id=second.child_id, sector=second.sector)
    assert {a.allocation_id for a in own} == {first.pk, second.pk}
    assert moderation_pairs(review_round, own) == everything
    other = submitted_audits(review_round, child_id=second.child_id, sector="no_such_sector")
    assert moderation_pairs(review_round, other) == []


def test_moderation_dashboard_and_export(verified_client, running):
    p, review_round = running
    _first, second = _submit_double_review(review_round, {"recommendations": "=HYPERLINK(1)"})
    client = verified_client(p.coordinator)
    rounds = client.get(reverse("reviews:home")).context["rounds"]
    audits = Audit.objects.filter(allocation__round=review_round)
    assert [(r.sampled, r.audits, r.submitted) for r in rounds] == [
        (review_round.sample.count(), audits.count(), 2)
    ]
    listing = client.get(reverse("reviews:moderation", args=[review_round.pk]))
    assert listing.status_code == 200
    assert b"Overall, how good was the practice" in listing.content
    url = reverse("reviews:moderate", args=[second.pk])
    missing_reason = client.post(url, {"agreed-overall_quality": "requires_improvement"})
    assert missing_reason.status_code == 400
    ok = client.post(
        url,
        {
            "agreed-overall_quality": "requires_improvement",
            "reason-overall_quality": "Plan drifted for months",
        },
    )
    assert ok.status_code == 302
    decision = ModerationDecision.objects.get()
    assert (decision.agreed_value, decision.reason) == (
        "requires_improvement",
        "Plan drifted for months",
    )
    dashboard = client.get(reverse("reviews:dashboard", args=[review_round.pk]))
    assert dashboard.status_code == 200
    assert b"<svg" in dashboard.content
    assert b"Requires improvement" in dashboard.content
    agreement = {r.question.key: r.agreement for r in dashboard.context["agreement"]}
    assert agreement["overall_quality"].units == 1
    assert agreement["overall_quality"].exact == 0
    prefills = {r.question.key: (r.confirmed, r.corrected) for r in dashboard.context["prefills"]}
    # _complete_input answers every closed question with its second option: "no" for
    # yes/no/n-a, so a suggested "yes" or "not_applicable" counts as corrected.
    suggested = Answer.objects.filter(
        audit__allocation__round=review_round, audit__status="submitted"
    ).exclude(suggested_value="")
    assert sum(c + k for c, k in prefills.values()) == suggested.count() > 0
    assert sum(c for c, _ in prefills.values()) == suggested.filter(suggested_value="no").count()
    learning = client.get(reverse("reviews:learning", args=[review_round.pk]))
    assert b"HYPERLINK" in learning.content
    export = client.get(reverse("reviews:export", args=[review_round.pk]))
    text = export.content.decode()
    assert text.splitlines()[0].startswith("round,child_id,local_authority,sector")
    assert "requires_improvement" in text
    assert AccessLogEntry.objects.filter(action="export_review_round").exists()


def test_other_roles_cannot_manage_rounds(verified_client, running):
    _, review_round = running
    viewer = UserFactory(username="viewer", role=User.Role.VIEWER, agency=None)
    client = verified_client(viewer)
    assert client.get(reverse("reviews:home")).status_code == 403
    assert client.get(reverse("reviews:dashboard", args=[review_round.pk])).status_code == 403
