"""Screening findings, the events that are their evidence, the runs that made them, and the
human decisions on them (kept by finding key, so re-running the screen never loses them)."""

from django.db import models

from concord.accounts.models import User
from concord.linkage.models import Child
from concord.records.models import Event

SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


class ScreeningRun(models.Model):
    """One run of `concord screen`: who ran it, when, the rule versions and parameters used."""

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    run_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    as_of = models.DateTimeField(help_text="The moment deadlines were judged against")
    rule_versions = models.JSONField(default=dict)
    parameters = models.JSONField(default=dict)
    children_screened = models.PositiveIntegerField(default=0)
    findings_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"run {self.pk} at {self.started_at:%Y-%m-%d %H:%M}"


class Finding(models.Model):
    """A screening rule fired for a child; `key` is stable across re-runs of the screen."""

    class Severity(models.TextChoices):
        HIGH = "high", "High"
        MEDIUM = "medium", "Medium"
        LOW = "low", "Low"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="findings")
    rule = models.CharField(max_length=64)
    rule_version = models.CharField(max_length=16)
    severity = models.CharField(max_length=8, choices=Severity.choices)
    summary = models.TextField()
    parameters = models.JSONField(default=dict)
    key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    run = models.ForeignKey(
        ScreeningRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="findings"
    )
    first_event_at = models.DateTimeField(null=True, blank=True)
    detail = models.JSONField(default=dict, help_text="Rule-specific detail, e.g. matched phrases")
    digest = models.CharField(
        max_length=64, blank=True, default="", help_text="Hash of the content and evidence"
    )

    class Meta:
        indexes = [models.Index(fields=["child", "rule"], name="finding_child_rule")]

    def __str__(self) -> str:
        return f"{self.rule}:{self.child_id}"


class FindingEvidence(models.Model):
    """One evidence event of a finding, with the character spans of matched text to highlight."""

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="evidence")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="finding_evidence")
    position = models.PositiveSmallIntegerField(default=0)
    highlights = models.JSONField(default=list, help_text="[[start, end], ...] in event.text")

    class Meta:
        ordering = ["finding", "position"]

    def __str__(self) -> str:
        return f"{self.finding_id}:{self.event_id}"


class FindingDecision(models.Model):
    """A person's confirm or dismiss of a finding, with a reason. Append-only: the latest one per
    key is the finding's state. Keyed by the finding's stable key, not its row, so a re-run that
    replaces the machine's findings keeps every human decision."""

    class Decision(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Dismissed"

    key = models.CharField(max_length=64, db_index=True)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="finding_decisions")
    rule = models.CharField(max_length=64)
    decision = models.CharField(max_length=16, choices=Decision.choices)
    reason = models.TextField()
    decided_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField()

    class Meta:
        ordering = ["-decided_at", "-id"]
        indexes = [models.Index(fields=["rule", "key"], name="decision_rule_key")]

    def __str__(self) -> str:
        return f"{self.decision}:{self.key[:8]}"
