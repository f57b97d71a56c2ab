"""Screening findings and the events that are their evidence."""

from django.db import models

from concord.linkage.models import Child
from concord.records.models import Event


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
