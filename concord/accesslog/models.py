"""The append-only, hash-chained access log (SPEC §6)."""

from typing import Any

from django.db import models


class AccessLogError(Exception):
    """The access log was asked to change a row it has written."""


APPEND_ONLY = "The access log is append-only: rows cannot be changed or deleted."


class AccessLogEntry(models.Model):
    """One view, export, search or upload: who, when, what, on which object, and the outcome."""

    class Outcome(models.TextChoices):
        ALLOWED = "allowed", "Allowed"
        DENIED = "denied", "Denied or not found"

    at = models.DateTimeField()
    user_id_logged = models.BigIntegerField(null=True, help_text="User id at the time")
    username = models.CharField(max_length=150)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=100, blank=True)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    detail = models.JSONField(default=dict, help_text="Ids and counts only; no personal data")
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "access log entries"

    def __str__(self) -> str:
        return f"{self.pk}:{self.action}:{self.object_type}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AccessLogError(APPEND_ONLY)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AccessLogError(APPEND_ONLY)


class ChainHead(models.Model):
    """The single row that serialises appends and remembers the newest hash and the count."""

    last_hash = models.CharField(max_length=64)
    count = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"head@{self.count}"
