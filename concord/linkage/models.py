"""Linked children: clusters of person records that are one real child."""

from django.db import models

from concord.records.models import PersonRecord


class Child(models.Model):
    """One real child, as Concord links them; `public_id` is stable across linkage runs."""

    public_id = models.CharField(max_length=16, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "children"

    def __str__(self) -> str:
        return self.public_id


class PersonLink(models.Model):
    """Which child a person record belongs to, and how sure the linkage is."""

    person = models.OneToOneField(PersonRecord, on_delete=models.CASCADE, related_name="link")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="links")
    match_probability = models.FloatField(help_text="Best match probability into the cluster")

    class Meta:
        indexes = [models.Index(fields=["child"], name="personlink_child")]

    def __str__(self) -> str:
        return f"{self.person_id}->{self.child_id}"
