"""Audit frameworks: versioned YAML definitions, immutable once a review round uses them."""

from typing import Any

from django.conf import settings
from django.db import models

from concord_engine.contracts.reviews import FrameworkDefinition


class Framework(models.Model):
    """One version of an audit framework; `definition` is the validated YAML as JSON."""

    slug = models.CharField(max_length=64)
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    source_name = models.CharField(max_length=255)
    source_text = models.TextField()
    content_hash = models.CharField(max_length=64)
    definition = models.JSONField()
    loaded_at = models.DateTimeField(auto_now_add=True)
    loaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["slug", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="framework_unique_version")
        ]

    def __str__(self) -> str:
        return f"{self.slug} v{self.version}"

    def parsed(self) -> FrameworkDefinition:
        """Return the definition as the engine's typed model."""
        cached: Any = getattr(self, "_parsed", None)
        if cached is None:
            cached = FrameworkDefinition.model_validate(self.definition)
            self._parsed = cached
        return cached  # type: ignore[no-any-return]

    @property
    def is_in_use(self) -> bool:
        """Whether any review round uses this version (then it can never change)."""
        return bool(self.rounds.exists())
