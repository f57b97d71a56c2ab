"""Review rounds, their locked sample and the allocations of sampled children to reviewers."""

from django.db import models
from django.utils import timezone

from concord.accounts.models import User
from concord.frameworks.models import Framework
from concord.linkage.models import Child


class ReviewRound(models.Model):
    """A multi-agency peer review round on one theme and period."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Not sampled"
        SAMPLED = "sampled", "Sampled"
        IN_PROGRESS = "in_progress", "In progress"
        CLOSED = "closed", "Closed"

    theme = models.CharField(max_length=200)
    period_start = models.DateField()
    period_end = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    framework = models.ForeignKey(
        Framework, on_delete=models.PROTECT, null=True, blank=True, related_name="rounds"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    local_authorities = models.JSONField(default=list, blank=True, help_text="Empty: all")
    sectors = models.JSONField(default=list, blank=True)
    per_stratum = models.PositiveSmallIntegerField(default=5)
    exclusion_months = models.PositiveSmallIntegerField(default=12)
    open_findings_weight = models.FloatField(
        default=1.0, help_text="Sampling weight of children with findings (1 = unweighted)"
    )
    second_review_share = models.FloatField(default=0.2)
    seed = models.BigIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    sampled_at = models.DateTimeField(null=True, blank=True)
    candidates_hash = models.CharField(max_length=64, blank=True)
    strata = models.JSONField(default=list, blank=True, help_text="Eligible and drawn per stratum")
    allocated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="round_period_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(second_review_share__gte=0, second_review_share__lte=1),
                name="round_second_share_range",
            ),
        ]

    def __str__(self) -> str:
        return self.theme


class SampleEntry(models.Model):
    """A child drawn into a round's sample; removal needs a reason and keeps the row."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="sample")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="review_samples")
    local_authority = models.CharField(max_length=100)
    sector = models.CharField(max_length=16)
    rank = models.PositiveIntegerField()
    weight = models.FloatField(default=1.0)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    removed_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["round", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["round", "child"], name="sample_unique_child")
        ]

    def __str__(self) -> str:
        return f"{self.round_id}:{self.child_id}"


class Allocation(models.Model):
    """A sampled child given to a reviewer; this is what lets a reviewer see the child."""

    class Independence(models.TextChoices):
        INDEPENDENT = "independent", "From another agency"
        OWN_AGENCY = "own_agency", "Own agency holds records (no alternative)"

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="allocations")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="allocations")
    reviewer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="allocations")
    is_second_review = models.BooleanField(default=False)
    sector = models.CharField(max_length=16, blank=True)
    independence = models.CharField(
        max_length=16, choices=Independence.choices, default=Independence.INDEPENDENT
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["round", "child", "sector", "is_second_review"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "child", "reviewer"], name="allocation_unique_reviewer"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round_id}:{self.child_id}:{self.reviewer_id}"


class AllocationChange(models.Model):
    """A coordinator's change of reviewer on an allocation, with the reason."""

    allocation = models.ForeignKey(Allocation, on_delete=models.CASCADE, related_name="changes")
    from_reviewer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    to_reviewer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField()
    changed_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at"]

    def __str__(self) -> str:
        return f"{self.allocation_id}:{self.from_reviewer_id}->{self.to_reviewer_id}"
