from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from concord.accesslog.models import AccessLogEntry
from concord.reviews.errors import (
    AllocationChangeError,
    AuditIncompleteError,
    AuditStateError,
    ReviewError,
    SampleLockedError,
)
from concord.reviews.models import Allocation, Audit, ReviewRound
from concord.reviews.services import (
    AuditInput,
    allocation_change,
    audit_reopen,
    audit_save,
    audit_submit,
    round_allocate,
    round_sample_draw,
    sample_entry_remove,
)

from .factories import finding_for, make_round, partnership

pytestmark = pytest.mark.django_db


def _complete_input(audit: Audit) -> AuditInput:
    framework = audit.allocation.round.framework
    assert framework is not None
    definition = framework.parsed()
    values, rationales = {}, {}
    for question in definition.questions_for(audit.allocation.sector):
        options = question.options(definition.grading_scale)
        if options:
            values[question.key] = options[1][0]
        elif question.answer == "number":
            values[question.key] = "2"
        elif question.answer == "date":
            values[question.key] = "2025-04-01"
        else:
            values[question.key] = "text"
        rationales[question.key] = "Because the chronology shows it."
    return AuditInput(
        values=values,
        rationales=rationales,
        learning={"good_practice": "Quick strategy discussion."},
    )


def test_sample_is_stratified_recorded_and_reproducible():
    p = partnership(children_per_area=4)
    one = make_round(p)
    entries = round_sample_draw(actor=p.coordinator, review_round=one, seed=11)
    one.refresh_from_db()
    assert one.status == ReviewRound.Status.SAMPLED
    assert one.seed == 11
    strata = {
        (s["local_authority"], s["sector"]): (s["eligible"], s["covered"]) for s in one.strata
    }
    assert strata == {
        (area, sector): (2 if sector == "health" else 4, 2)
        for area in ("Bury", "Oldham")
        for sector in ("health", "police", "social_care")
    }
    assert len(entries) == 4
    two = make_round(p)
    again = round_sample_draw(actor=p.coordinator, review_round=two, seed=11)
    two.refresh_from_db()
    assert [e.child_id for e in again] == [e.child_id for e in entries]
    assert two.candidates_hash == one.candidates_hash
    log = AccessLogEntry.objects.filter(action="review_sample_draw").earliest("pk")
    assert log is not None
    assert log.detail["seed"] == 11


def test_sample_is_locked_against_redrawing():
    p = partnership(children_per_area=2)
    review_round = make_round(p)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=1)
    with pytest.raises(SampleLockedError):
        round_sample_draw(actor=p.coordinator, review_round=review_round, seed=2)


def test_removing_a_child_needs_a_reason_and_keeps_the_row():
    p = partnership(children_per_area=2)
    review_round = make_round(p)
    entry = round_sample_draw(actor=p.coordinator, review_round=review_round, seed=1)[0]
    with pytest.raises(ReviewError, match="reason"):
        sample_entry_remove(actor=p.coordinator, entry=entry, reason="  ")
    sample_entry_remove(actor=p.coordinator, entry=entry, reason="Moved out of area")
    entry.refresh_from_db()
    assert entry.removed_reason == "Moved out of area"
    round_allocate(actor=p.coordinator, review_round=review_round)
    assert not Allocation.objects.filter(child=entry.child).exists()


def test_children_audited_recently_are_excluded():
    p = partnership(children_per_area=2)
    first = make_round(p, per_stratum=5)
    round_sample_draw(actor=p.coordinator, review_round=first, seed=1)
    round_allocate(actor=p.coordinator, review_round=first)
    audited = Audit.objects.filter(allocation__round=first).earliest("pk")
    Audit.objects.filter(pk=audited.pk).update(
        status=Audit.Status.SUBMITTED, submitted_at=timezone.now() - timedelta(days=100)
    )
    second = make_round(p, per_stratum=5)
    entries = round_sample_draw(actor=p.coordinator, review_round=second, seed=1)
    assert audited.allocation.child_id not in {e.child_id for e in entries}
    assert len(entries) == len(p.children) - 1
    third = make_round(p, per_stratum=5, exclusion_months=3)
    entries = round_sample_draw(actor=p.coordinator, review_round=third, seed=1)
    assert len(entries) == len(p.children)


def test_allocation_never_gives_reviewer_their_own_agencys_records():
    p = partnership(children_per_area=4)
    review_round = make_round(p, per_stratum=4)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=3)
    allocations = round_allocate(actor=p.coordinator, review_round=review_round)
    social = [a for a in allocations if a.sector == "social_care"]
    assert social
    for allocation in social:
        holders = set(allocation.child.links.values_list("person__agency__code", flat=True))
        assert allocation.reviewer.agency is not None
        own = allocation.reviewer.agency.code in holders
        # Two social care reviewers (Oldham, Bury): the first review is always the other
        # council's; only a second review can fall back to the child's own council, marked.
        assert own is allocation.is_second_review
        assert allocation.independence == ("own_agency" if own else "independent")
    # Police records are all GMP's and all police reviewers are GMP: the fallback is marked.
    police = [a for a in allocations if a.sector == "police"]
    assert police
    assert all(a.independence == "own_agency" for a in police)
    # Nobody reviews the same child twice; a share gets a second review.
    pairs = Counter((a.child_id, a.reviewer_id) for a in allocations)
    assert max(pairs.values()) == 1
    seconds = {a.child_id for a in allocations if a.is_second_review}
    assert len(seconds) == round(0.2 * len({a.child_id for a in allocations}) + 1e-9)
    assert Audit.objects.filter(allocation__round=review_round).count() == len(allocations)


def test_answers_are_prefilled_from_findings_and_events():
    p = partnership(children_per_area=1)
    finding_for(p.children[0], "no_return_interview")
    review_round = make_round(p, per_stratum=5)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=3)
    round_allocate(actor=p.coordinator, review_round=review_round)
    audit = Audit.objects.get(
        allocation__child=p.children[0],
        allocation__sector="social_care",
        allocation__is_second_review=False,
    )
    answers = {a.question_key: a for a in audit.answers.all()}
    assert answers["return_interview"].suggested_value == "no"
    assert answers["return_interview"].suggested_source == "finding:no_return_interview"
    assert answers["crime_recorded"].suggested_value == "yes"
    other = Audit.objects.get(
        allocation__child=p.children[1],
        allocation__sector="social_care",
        allocation__is_second_review=False,
    )
    assert other.answers.get(question_key="return_interview").suggested_value == "yes"


def _allocated(p):
    review_round = make_round(p, per_stratum=5)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=5)
    round_allocate(actor=p.coordinator, review_round=review_round)
    return review_round


def test_draft_submit_and_reopen():
    p = partnership(children_per_area=1)
    _allocated(p)
    audit = Audit.objects.filter(allocation__sector="social_care").earliest("pk")
    reviewer = audit.allocation.reviewer
    audit_save(actor=reviewer, audit=audit, data=AuditInput(values={"voice_of_child": "good"}))
    with pytest.raises(AuditIncompleteError) as caught:
        audit_submit(actor=reviewer, audit=audit)
    assert caught.value.problems["voice_of_child"] == "Give the reasons for this grade"
    assert caught.value.problems["recognition_of_risk"] == "Answer this question"
    data = _complete_input(audit)
    audit_save(actor=reviewer, audit=audit, data=data)
    audit_submit(actor=reviewer, audit=audit)
    assert audit.status == Audit.Status.SUBMITTED
    answer = audit.answers.get(question_key="return_interview")
    assert answer.value == "no"
    assert answer.suggested_value == "yes"
    assert answer.corrected
    with pytest.raises(AuditStateError):
        audit_save(actor=reviewer, audit=audit, data=data)
    with pytest.raises(ReviewError):
        audit_reopen(actor=reviewer, audit=audit, reason="mine")
    with pytest.raises(ReviewError, match="reason"):
        audit_reopen(actor=p.coordinator, audit=audit, reason="")
    audit_reopen(actor=p.coordinator, audit=audit, reason="Grade rationale unclear")
    assert audit.status == Audit.Status.DRAFT
    reasons = list(audit.status_changes.values_list("status", "reason"))
    assert reasons == [("submitted", ""), ("draft", "Grade rationale unclear")]


def _answer_writes(queries: CaptureQueriesContext) -> list[str]:
    return [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(('INSERT INTO "reviews_answer"', 'UPDATE "reviews_answer"'))
    ]


def test_saving_writes_answers_in_bulk_and_keeps_them_exact():
    p = partnership(children_per_area=1)
    _allocated(p)
    audit = Audit.objects.filter(allocation__sector="social_care").earliest("pk")
    reviewer = audit.allocation.reviewer
    data = _complete_input(audit)
    assert len(data.values) > 5
    with CaptureQueriesContext(connection) as first:
        audit_save(actor=reviewer, audit=audit, data=data)
    # Pre-filled answers exist already (updated), the rest are new (created): two writes.
    assert len(_answer_writes(first)) <= 2
    stored = {a.question_key: (a.value, a.rationale) for a in audit.answers.all()}
    assert stored == {k: (v, data.rationales[k]) for k, v in data.values.items()}
    changed = AuditInput(
        values={**data.values, "voice_of_child": "inadequate"},
        rationales={**data.rationales, "voice_of_child": "Not recorded anywhere."},
        learning=data.learning,
    )
    with CaptureQueriesContext(connection) as second:
        audit_save(actor=reviewer, audit=audit, data=changed)
    assert len(_answer_writes(second)) == 1
    answer = audit.answers.get(question_key="voice_of_child")
    assert (answer.value, answer.rationale) == ("inadequate", "Not recorded anywhere.")
    assert (
        audit.answers.get(question_key="return_interview").value == data.values["return_interview"]
    )


def test_finding_verdicts_are_created_changed_and_cleared():
    p = partnership(children_per_area=1)
    finding = finding_for(p.children[0], "no_return_interview")
    _allocated(p)
    audit = Audit.objects.get(
        allocation__child=p.children[0],
        allocation__sector="social_care",
        allocation__is_second_review=False,
    )
    reviewer = audit.allocation.reviewer

    def save(verdict: str) -> list[tuple[int, str]]:
        audit_save(
            actor=reviewer,
            audit=audit,
            data=AuditInput(finding_verdicts={finding.pk: verdict, 999_999: "confirmed"}),
        )
        return list(audit.finding_checks.values_list("finding_id", "verdict"))

    assert save("confirmed") == [(finding.pk, "confirmed")]
    assert save("not_confirmed") == [(finding.pk, "not_confirmed")]
    assert save("") == []


def test_other_reviewer_cannot_save_an_audit():
    p = partnership(children_per_area=1)
    _allocated(p)
    audit = Audit.objects.filter(allocation__sector="social_care").earliest("pk")
    other = next(u for u in p.reviewers["social_care"] if u != audit.allocation.reviewer)
    with pytest.raises(AuditStateError):
        audit_save(actor=other, audit=audit, data=AuditInput())


def test_allocation_change_needs_reason_and_eligible_reviewer_and_is_logged():
    p = partnership(children_per_area=1)
    _allocated(p)
    # An allocation whose child another police reviewer is not already on (a free swap).
    allocation, other = next(
        (allocation, user)
        for allocation in Allocation.objects.filter(sector="police", is_second_review=False)
        for user in p.reviewers["police"]
        if user != allocation.reviewer
        and not Allocation.objects.filter(
            round=allocation.round, child=allocation.child, reviewer=user
        ).exists()
    )
    current = allocation.reviewer
    with pytest.raises(AllocationChangeError, match="reason"):
        allocation_change(actor=p.coordinator, allocation=allocation, reviewer=other, reason="")
    with pytest.raises(AllocationChangeError, match="sector"):
        allocation_change(
            actor=p.coordinator,
            allocation=allocation,
            reviewer=p.reviewers["health"][0],
            reason="Leave",
        )
    allocation_change(actor=p.coordinator, allocation=allocation, reviewer=other, reason="Leave")
    allocation.refresh_from_db()
    assert allocation.reviewer == other
    change = allocation.changes.get()
    assert (change.from_reviewer, change.reason) == (current, "Leave")
    assert AccessLogEntry.objects.filter(action="review_allocation_change").exists()


def test_local_authority_comes_from_council_records_before_force_wide_areas():
    from concord.agencies.tests.factories import AgencyFactory
    from concord.reviews.records_facts import children_records

    from .factories import PERIOD, ChildFactory, record_child

    force = AgencyFactory(code="GMPX", sector="police", area="Greater Manchester")
    trust = AgencyFactory(code="NHSX", sector="health", area="Greater Manchester")
    council = AgencyFactory(code="OLDX", sector="social_care", area="Oldham")
    both, police_only = ChildFactory(), ChildFactory()
    for agency in (force, trust, council):
        record_child(both, agency)
    record_child(police_only, force)
    records = children_records(start=PERIOD[0], end=PERIOD[1])
    assert records[both.pk].local_authority == "Oldham"
    assert records[both.pk].sectors_in_period == {"police", "health", "social_care"}
    assert records[police_only.pk].local_authority == "Greater Manchester"


def test_draw_can_be_verified_from_its_seed_and_tampering_shows():
    from concord.reviews.services import round_sample_verify

    from .factories import ChildFactory, record_child

    p = partnership(children_per_area=4)
    review_round = make_round(p)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=21)
    assert round_sample_verify(review_round=review_round).reproduced is True
    first = review_round.sample.earliest("rank")
    other = review_round.sample.latest("rank")
    first.rank, other.rank = other.rank, first.rank
    first.save(update_fields=["rank"])
    other.save(update_fields=["rank"])
    check = round_sample_verify(review_round=review_round)
    assert (check.reproduced, check.reason.startswith("Same candidates")) == (False, True)
    record_child(ChildFactory(), p.oldham)
    check = round_sample_verify(review_round=review_round)
    assert (check.reproduced, check.reason.startswith("The candidates differ")) == (False, True)
