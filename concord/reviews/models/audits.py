"""Audits (one per allocation), their answers, finding checks and moderation decisions."""

from django.db import models
from django.utils import timezone

from concord.accounts.models import User
from concord.linkage.models import Child
from concord.screening.models import Finding

from .rounds import Allocation, ReviewRound


class Audit(models.Model):
    """A reviewer's audit of one child for one sector, with what they learnt."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"

    allocation = models.OneToOneField(Allocation, on_delete=models.CASCADE, related_name="audit")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    good_practice = models.TextField(blank=True)
    areas_to_improve = models.TextField(blank=True)
    recommendations = models.TextField(blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"audit {self.pk} ({self.status})"


class AuditStatusChange(models.Model):
    """A submit or reopen of an audit: who, when and (for reopening) why."""

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=16, choices=Audit.Status.choices)
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.audit_id}:{self.status}"


class Answer(models.Model):
    """The reviewer's answer to one question, beside what the records suggested (both kept)."""

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="answers")
    question_key = models.CharField(max_length=64)
    value = models.TextField(blank=True)
    rationale = models.TextField(blank=True)
    suggested_value = models.CharField(max_length=100, blank=True)
    suggested_source = models.CharField(max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["audit", "question_key"], name="answer_unique_question")
        ]

    def __str__(self) -> str:
        return f"{self.audit_id}:{self.question_key}"

    @property
    def corrected(self) -> bool:
        """Whether the reviewer answered differently from the suggestion."""
        return (
            bool(self.suggested_value) and bool(self.value) and self.value != self.suggested_value
        )


class FindingCheck(models.Model):
    """A reviewer's verdict on one screening finding for the child under audit."""

    class Verdict(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        NOT_CONFIRMED = "not_confirmed", "Not confirmed"

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="finding_checks")
    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="review_checks")
    verdict = models.CharField(max_length=16, choices=Verdict.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["audit", "finding"], name="findingcheck_unique")
        ]

    def __str__(self) -> str:
        return f"{self.audit_id}:{self.finding_id}:{self.verdict}"


class ModerationDecision(models.Model):
    """The agreed answer to one question for a double-reviewed child and sector, with reasons."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="moderations")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="+")
    sector = models.CharField(max_length=16)
    question_key = models.CharField(max_length=64)
    agreed_value = models.CharField(max_length=100)
    reason = models.TextField()
    decided_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["round", "child", "sector", "question_key"], name="moderation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round_id}:{self.child_id}:{self.sector}:{self.question_key}"
