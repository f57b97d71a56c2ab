"""A review round in progress for `concord demo`: completed, double-reviewed and draft audits."""

import random
from datetime import timedelta

from django.db import transaction
from django.db.models import Max

import concord.chronology.demo  # noqa: F401 - registers the step this one follows
from concord.accounts.models import User
from concord.agencies.models import Agency
from concord.core.demo import DEMO_STEPS, DemoContext, DemoStep
from concord.frameworks.services import framework_load_default
from concord.records.models import Event

from .errors import ReviewError
from .models import Allocation, Audit, ReviewRound
from .services import (
    AuditInput,
    RoundSpec,
    audit_save,
    audit_submit,
    moderation_decide,
    round_allocate,
    round_create,
    round_sample_draw,
)

DEMO_THEME = "Demo: child sexual exploitation and missing episodes"
DEMO_SEED = 20250601
NO_CHILDREN = "No linked children with events to review: run the data, link and screen steps first."
# Synthetic, generic learning text (no case details).
GOOD = (
    "Strategy discussion held the same day with police and health.",
    "The child's own words recorded and acted on.",
)
IMPROVE = (
    "Return interview offered late; no follow-up recorded.",
    "Risk assessment not updated after new indicators.",
)
RECOMMEND = (
    "Share missing-episode notifications with health within one working day.",
    "Use the partnership's language guide in case recording.",
)


def _second_reviewers(sectors: list[str]) -> None:
    """Make sure each sector has two reviewers so a blind second review is possible."""
    for sector in sectors:
        reviewers = User.objects.filter(role=User.Role.REVIEWER, agency__sector=sector)
        if reviewers.count() >= 2:
            continue
        taken = set(reviewers.values_list("agency_id", flat=True))
        agency = Agency.objects.filter(sector=sector).exclude(pk__in=taken).first()
        agency = agency or Agency.objects.filter(sector=sector).first()
        if agency is None:
            continue
        user = User(
            username=f"reviewer-{sector.replace('_', '')}-2",
            role=User.Role.REVIEWER,
            agency=agency,
            first_name="Second",
            last_name="Reviewer",
        )
        user.set_unusable_password()
        user.save()


def _answers(audit: Audit, rng: random.Random, *, complete: bool) -> AuditInput:
    definition = audit.allocation.round.framework.parsed()  # type: ignore[union-attr]
    suggested = {a.question_key: a.suggested_value for a in audit.answers.all()}
    values, rationales = {}, {}
    questions = definition.questions_for(audit.allocation.sector)
    for question in questions if complete else questions[:3]:
        options = [v for v, _ in question.options(definition.grading_scale)]
        if suggested.get(question.key):
            values[question.key] = suggested[question.key]
        elif options:
            values[question.key] = rng.choice(options[:3] + options[1:3])
        elif question.answer == "number":
            values[question.key] = str(rng.randint(0, 3))
        elif question.answer == "date":
            values[question.key] = audit.allocation.round.period_end.isoformat()
        rationales[question.key] = "Synthetic demo rationale drawn from the chronology."
    findings = audit.allocation.child.findings.values_list("pk", flat=True)
    return AuditInput(
        values=values,
        rationales=rationales,
        learning={
            "good_practice": rng.choice(GOOD),
            "areas_to_improve": rng.choice(IMPROVE),
            "recommendations": rng.choice(RECOMMEND),
        }
        if complete
        else {},
        finding_verdicts={
            pk: rng.choice(["confirmed", "confirmed", "not_confirmed"]) for pk in findings
        }
        if complete
        else {},
    )


def _complete(audit: Audit, rng: random.Random, *, submit: bool) -> None:
    reviewer = audit.allocation.reviewer
    audit_save(actor=reviewer, audit=audit, data=_answers(audit, rng, complete=submit))
    if submit:
        audit_submit(actor=reviewer, audit=audit)


def _moderate_one(actor: User, review_round: ReviewRound) -> None:
    from .reports import moderation_pairs

    for pair in moderation_pairs(review_round):
        for item in pair.disagreements[:1]:
            moderation_decide(
                actor=actor,
                review_round=review_round,
                child=Allocation.objects.get(pk=pair.second_allocation_id).child,
                sector=pair.sector,
                question_key=item.question.key,
                agreed_value=item.first or item.second,
                reason="Agreed at the moderation meeting (synthetic demo).",
            )
            return


@transaction.atomic
def demo_round_create(*, actor: User) -> ReviewRound:
    """Make (once) a round in progress from whatever linked children exist.

    Every double-reviewed child's audits are submitted (one disagreement moderated), about half
    of the other audits are submitted and the rest are drafts, so reviewers have work to do.
    """
    existing = ReviewRound.objects.filter(theme=DEMO_THEME).first()
    if existing is not None:
        return existing
    latest = Event.objects.filter(person__link__isnull=False).aggregate(m=Max("occurred_at"))["m"]
    if latest is None:
        raise ReviewError(NO_CHILDREN)
    sectors = ["police", "social_care", "health"]
    review_round = round_create(
        actor=actor,
        spec=RoundSpec(
            theme=DEMO_THEME,
            period_start=(latest - timedelta(days=365)).date(),
            period_end=latest.date(),
            framework=framework_load_default(actor=actor),
            sectors=tuple(sectors),
            per_stratum=2,
            open_findings_weight=2.0,
        ),
    )
    round_sample_draw(actor=actor, review_round=review_round, seed=DEMO_SEED)
    _second_reviewers(sectors)
    round_allocate(actor=actor, review_round=review_round)
    rng = random.Random(DEMO_SEED)  # noqa: S311 - synthetic demo answers
    audits = (
        Audit.objects.filter(allocation__round=review_round)
        .select_related("allocation__reviewer", "allocation__round__framework", "allocation__child")
        .order_by(
            "allocation__child__public_id", "allocation__sector", "allocation__is_second_review"
        )
    )
    doubled = set(
        audits.filter(allocation__is_second_review=True).values_list(
            "allocation__child_id", flat=True
        )
    )
    for index, audit in enumerate(audits):
        submit = audit.allocation.child_id in doubled or index % 2 == 0
        _complete(audit, rng, submit=submit)
    _moderate_one(actor, review_round)
    review_round.refresh_from_db()
    return review_round


def review_round_demo_step(ctx: DemoContext) -> None:
    """`concord demo` step: create the demo review round and say where to find it."""
    from concord.accounts.services import system_actor

    coordinator = User.objects.filter(role=User.Role.COORDINATOR, is_active=True).first()
    try:
        review_round = demo_round_create(actor=coordinator or system_actor())
    except ReviewError as error:
        ctx.out(f"Review round: skipped ({error})")
        return
    audits = Audit.objects.filter(allocation__round=review_round)
    submitted = audits.filter(status=Audit.Status.SUBMITTED).count()
    ctx.out(
        f"Review round {review_round.pk}: {audits.count()} audits, {submitted} submitted "
        f"(/reviews/rounds/{review_round.pk}/dashboard/)"
    )


DEMO_STEPS.insert_after("chronology", DemoStep("review round", review_round_demo_step))
