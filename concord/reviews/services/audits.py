"""Save, submit and reopen audits; record the moderation of double reviews."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import Child
from concord.reviews.errors import (
    AUDIT_NOT_EDITABLE,
    AUDIT_NOT_SUBMITTED,
    NOT_ALLOWED,
    REASON_REQUIRED,
    AuditIncompleteError,
    AuditStateError,
    ReviewError,
)
from concord.reviews.models import (
    Answer,
    Audit,
    AuditStatusChange,
    FindingCheck,
    ModerationDecision,
    ReviewRound,
)
from concord.reviews.permissions import can_edit_audit, can_manage_rounds
from concord_engine.contracts.reviews import AnswerType, FrameworkDefinition, Question

LEARNING_FIELDS = ("good_practice", "areas_to_improve", "recommendations")


@dataclass(frozen=True)
class AuditInput:
    """What the reviewer entered: answers and rationales by question, learning, finding checks."""

    values: Mapping[str, str] = field(default_factory=dict)
    rationales: Mapping[str, str] = field(default_factory=dict)
    learning: Mapping[str, str] = field(default_factory=dict)
    finding_verdicts: Mapping[int, str] = field(default_factory=dict)


def _framework(audit: Audit) -> FrameworkDefinition:
    return audit.allocation.round.framework.parsed()  # type: ignore[union-attr]


def answer_problem(
    question: Question, value: str, rationale: str, definition: FrameworkDefinition
) -> str | None:
    """Return why an answer cannot be submitted, or None when it can."""
    if not value:
        return "Answer this question" if question.required else None
    options = question.options(definition.grading_scale)
    if options and value not in {v for v, _ in options}:
        return "Choose one of the options"
    if question.answer == AnswerType.NUMBER:
        try:
            float(value)
        except ValueError:
            return "Enter a number, like 3"
    if question.answer == AnswerType.DATE:
        try:
            date.fromisoformat(value)
        except ValueError:
            return "Enter a real date, like 2025-03-27"
    needs_rationale = definition.grading_scale.rationale_required
    if question.answer == AnswerType.GRADE and needs_rationale and not rationale.strip():
        return "Give the reasons for this grade"
    return None


@transaction.atomic
def audit_save(*, actor: User, audit: Audit, data: AuditInput) -> Audit:
    """Save a draft: answers (suggestions kept beside them), learning and finding checks."""
    if not can_edit_audit(user=actor, audit=audit):
        raise AuditStateError(AUDIT_NOT_EDITABLE)
    questions = {q.key for q in _framework(audit).questions_for(audit.allocation.sector)}
    existing = {a.question_key: a for a in audit.answers.all()}
    created, changed = [], []
    for key in sorted(questions):
        value = data.values.get(key, "").strip()
        rationale = data.rationales.get(key, "").strip()
        answer = existing.get(key)
        if answer is None:
            if value or rationale:
                created.append(
                    Answer(audit=audit, question_key=key, value=value, rationale=rationale)
                )
        elif (answer.value, answer.rationale) != (value, rationale):
            answer.value, answer.rationale = value, rationale
            changed.append(answer)
    # One write for the new answers and one for the changed ones, however long the framework.
    Answer.objects.bulk_create(created)
    Answer.objects.bulk_update(changed, ["value", "rationale"])
    for name in LEARNING_FIELDS:
        setattr(audit, name, data.learning.get(name, "").strip())
    audit.updated_at = timezone.now()
    audit.save(update_fields=[*LEARNING_FIELDS, "updated_at"])
    _save_finding_checks(audit, data.finding_verdicts)
    return audit


def _save_finding_checks(audit: Audit, verdicts: Mapping[int, str]) -> None:
    """Record the reviewer's verdict on each of the child's findings; a blank verdict clears it."""
    valid_findings = set(audit.allocation.child.findings.values_list("pk", flat=True))
    wanted = {
        finding_id: verdict
        for finding_id, verdict in verdicts.items()
        if finding_id in valid_findings and verdict in FindingCheck.Verdict.values
    }
    cleared = [f for f in verdicts if f in valid_findings and f not in wanted]
    existing = {check.finding_id: check for check in audit.finding_checks.all()}
    changed = []
    for finding_id, verdict in wanted.items():
        check = existing.get(finding_id)
        if check is not None and check.verdict != verdict:
            check.verdict = verdict
            changed.append(check)
    FindingCheck.objects.bulk_create(
        FindingCheck(audit=audit, finding_id=finding_id, verdict=verdict)
        for finding_id, verdict in wanted.items()
        if finding_id not in existing
    )
    FindingCheck.objects.bulk_update(changed, ["verdict"])
    if cleared:
        FindingCheck.objects.filter(audit=audit, finding_id__in=cleared).delete()


def audit_problems(audit: Audit) -> dict[str, str]:
    """Return every answer that stops submission, by question key."""
    definition = _framework(audit)
    answers = {a.question_key: a for a in audit.answers.all()}
    problems = {}
    for question in definition.questions_for(audit.allocation.sector):
        answer = answers.get(question.key)
        problem = answer_problem(
            question, answer.value if answer else "", answer.rationale if answer else "", definition
        )
        if problem:
            problems[question.key] = problem
    return problems


@transaction.atomic
def audit_submit(*, actor: User, audit: Audit) -> Audit:
    """Submit a complete draft; AuditIncompleteError lists what is missing."""
    if not can_edit_audit(user=actor, audit=audit):
        raise AuditStateError(AUDIT_NOT_EDITABLE)
    problems = audit_problems(audit)
    if problems:
        raise AuditIncompleteError(problems)
    audit.status = Audit.Status.SUBMITTED
    audit.submitted_at = timezone.now()
    audit.save(update_fields=["status", "submitted_at"])
    AuditStatusChange.objects.create(audit=audit, status=audit.status, actor=actor)
    access_log_record(
        user=actor, action="review_audit_submit", object_type="audit", object_id=audit.pk
    )
    return audit


@transaction.atomic
def audit_reopen(*, actor: User, audit: Audit, reason: str) -> Audit:
    """Return a submitted audit to its reviewer as a draft; coordinators only, with a reason."""
    if not can_manage_rounds(actor):
        raise ReviewError(NOT_ALLOWED)
    if not reason.strip():
        raise ReviewError(REASON_REQUIRED)
    if audit.status != Audit.Status.SUBMITTED:
        raise AuditStateError(AUDIT_NOT_SUBMITTED)
    audit.status = Audit.Status.DRAFT
    audit.submitted_at = None
    audit.save(update_fields=["status", "submitted_at"])
    AuditStatusChange.objects.create(
        audit=audit, status=audit.status, actor=actor, reason=reason.strip()
    )
    access_log_record(
        user=actor, action="review_audit_reopen", object_type="audit", object_id=audit.pk
    )
    return audit


@transaction.atomic
def moderation_decide(
    *,
    actor: User,
    review_round: ReviewRound,
    child: Child,
    sector: str,
    question_key: str,
    agreed_value: str,
    reason: str,
) -> ModerationDecision:
    """Record the agreed answer to a double-reviewed question, with the reasons."""
    if not can_manage_rounds(actor):
        raise ReviewError(NOT_ALLOWED)
    if not reason.strip():
        raise ReviewError(REASON_REQUIRED)
    definition = review_round.framework.parsed()  # type: ignore[union-attr]
    question = definition.question(question_key)
    options = {v for v, _ in question.options(definition.grading_scale)}
    if options and agreed_value not in options:
        raise ReviewError("Choose one of the options")
    decision, _ = ModerationDecision.objects.update_or_create(
        round=review_round,
        child=child,
        sector=sector,
        question_key=question_key,
        defaults={
            "agreed_value": agreed_value,
            "reason": reason.strip(),
            "decided_by": actor,
            "decided_at": timezone.now(),
        },
    )
    access_log_record(
        user=actor,
        action="review_moderate",
        object_type="review_round",
        object_id=review_round.pk,
        detail={"child": child.public_id},
    )
    return decision
