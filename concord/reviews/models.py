"""Review rounds and allocations (the audit workflow builds on these)."""

from django.db import models

from concord.accounts.models import User
from concord.linkage.models import Child


class ReviewRound(models.Model):
    """A multi-agency peer review round on one theme and period."""

    theme = models.CharField(max_length=200)
    period_start = models.DateField()
    period_end = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.theme


class Allocation(models.Model):
    """A sampled child given to a reviewer; this is what lets a reviewer see the child."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="allocations")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="allocations")
    reviewer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="allocations")
    is_second_review = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["round", "child", "reviewer"], name="allocation_unique_reviewer"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round_id}:{self.child_id}:{self.reviewer_id}"
