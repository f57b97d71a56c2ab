"""Linked children: clusters of person records that are one real child, and how we got there."""

from django.db import models

from concord.accounts.models import User
from concord.records.models import PersonRecord


class Child(models.Model):
    """One real child, as Concord links them; `public_id` is stable across linkage runs."""

    public_id = models.CharField(max_length=16, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

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


class LinkRun(models.Model):
    """One `concord link` run: the trained model as a versioned artefact, and its figures."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    actor = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RUNNING)
    engine = models.CharField(max_length=16)
    splink_version = models.CharField(max_length=32, blank=True)
    input_hash = models.CharField(max_length=64, blank=True)
    model = models.JSONField(default=dict, help_text="Splink model JSON (settings and m/u)")
    trained = models.BooleanField(default=False)
    threshold = models.FloatField()
    record_count = models.PositiveIntegerField(default=0)
    pair_count = models.PositiveIntegerField(default=0)
    child_count = models.PositiveIntegerField(default=0)
    quality = models.JSONField(default=dict)
    timings = models.JSONField(default=dict)

    class Meta:
        ordering = ["-started_at", "-pk"]
        get_latest_by = "pk"

    def __str__(self) -> str:
        return f"run {self.pk}"


class MatchPair(models.Model):
    """A scored pair of person records from one run (pairs below the storage floor are not kept)."""

    run = models.ForeignKey(LinkRun, on_delete=models.CASCADE, related_name="pairs")
    person_l = models.ForeignKey(PersonRecord, on_delete=models.CASCADE, related_name="+")
    person_r = models.ForeignKey(PersonRecord, on_delete=models.CASCADE, related_name="+")
    match_probability = models.FloatField()
    match_weight = models.FloatField()
    gammas = models.JSONField(help_text="Comparison name -> the level Splink chose (-1 null)")
    vetoed = models.BooleanField(default=False, help_text="Held apart by the twin guard")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["run", "person_l", "person_r"], name="matchpair_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(person_l__lt=models.F("person_r")), name="matchpair_ordered"
            ),
        ]
        indexes = [models.Index(fields=["run", "match_probability"], name="matchpair_run_p")]

    def __str__(self) -> str:
        return f"{self.person_l_id}~{self.person_r_id}"


class MatchDecision(models.Model):
    """A person's decision that two records are, or are not, one child; the latest one wins."""

    class Decision(models.TextChoices):
        MATCH = "match", "Same child"
        NON_MATCH = "non_match", "Different children"

    class Source(models.TextChoices):
        CLERICAL = "clerical", "Clerical review"
        SPLIT = "split", "Child split by hand"
        MERGE = "merge", "Children merged by hand"

    person_l = models.ForeignKey(PersonRecord, on_delete=models.CASCADE, related_name="+")
    person_r = models.ForeignKey(PersonRecord, on_delete=models.CASCADE, related_name="+")
    decision = models.CharField(max_length=16, choices=Decision.choices)
    source = models.CharField(max_length=16, choices=Source.choices)
    reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)
    match_probability = models.FloatField(null=True, blank=True, help_text="Model's score then")
    run = models.ForeignKey(LinkRun, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["decided_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person_l__lt=models.F("person_r")), name="decision_ordered"
            )
        ]
        indexes = [models.Index(fields=["person_l", "person_r"], name="decision_pair")]

    def __str__(self) -> str:
        return f"{self.person_l_id}~{self.person_r_id}:{self.decision}"


class ChildChange(models.Model):
    """A hand split or merge of children, with who, when and why."""

    class Kind(models.TextChoices):
        SPLIT = "split", "Split"
        MERGE = "merge", "Merge"

    kind = models.CharField(max_length=8, choices=Kind.choices)
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="+")
    other = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="+")
    person_ids = models.JSONField(default=list, help_text="Records moved (split)")
    reason = models.TextField()
    actor = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.kind} {self.child_id}/{self.other_id}"
