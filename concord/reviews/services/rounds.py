"""Create review rounds and draw their locked, reproducible samples."""

import calendar
import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.frameworks.models import Framework
from concord.linkage.models import Child
from concord.reviews.errors import (
    NO_FRAMEWORK,
    REASON_REQUIRED,
    ROUND_NOT_READY,
    SAMPLE_LOCKED,
    ReviewError,
    RoundStateError,
    SampleLockedError,
)
from concord.reviews.models import Audit, ReviewRound, SampleEntry
from concord.reviews.records_facts import ChildRecords, children_records
from concord_engine.contracts.reviews import SampleCandidate, SamplePlan
from concord_engine.reviews import draw_sample


@dataclass(frozen=True)
class RoundSpec:
    """What a coordinator chooses for a round (the sample itself is never chosen)."""

    theme: str
    period_start: date
    period_end: date
    framework: Framework
    sectors: tuple[str, ...]
    local_authorities: tuple[str, ...] = ()
    per_stratum: int = 5
    exclusion_months: int = 12
    open_findings_weight: float = 1.0
    second_review_share: float = 0.2


@transaction.atomic
def round_create(*, actor: User, spec: RoundSpec) -> ReviewRound:
    """Create a round that has not been sampled yet."""
    review_round = ReviewRound(
        theme=spec.theme,
        period_start=spec.period_start,
        period_end=spec.period_end,
        framework=spec.framework,
        sectors=sorted(set(spec.sectors)),
        local_authorities=sorted(set(spec.local_authorities)),
        per_stratum=spec.per_stratum,
        exclusion_months=spec.exclusion_months,
        open_findings_weight=spec.open_findings_weight,
        second_review_share=spec.second_review_share,
        created_by=actor,
    )
    review_round.full_clean()
    review_round.save()
    access_log_record(
        user=actor,
        action="review_round_create",
        object_type="review_round",
        object_id=review_round.pk,
    )
    return review_round


def months_before(moment: datetime, months: int) -> datetime:
    """Return the same day `months` earlier, clamped to the month's length."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def recently_audited(*, review_round: ReviewRound, now: datetime) -> frozenset[str]:
    """Public ids of children with an audit submitted in another round within the window."""
    if review_round.exclusion_months == 0:
        return frozenset()
    since = months_before(now, review_round.exclusion_months)
    ids = (
        Audit.objects.filter(
            status=Audit.Status.SUBMITTED, submitted_at__gte=since, submitted_at__lte=now
        )
        .exclude(allocation__round=review_round)
        .values_list("allocation__child__public_id", flat=True)
    )
    return frozenset(ids)


def sample_candidates(
    *, review_round: ReviewRound, records: dict[int, ChildRecords]
) -> list[SampleCandidate]:
    """One candidate per child and in-scope sector with records in the round's period."""
    areas = set(review_round.local_authorities)
    candidates = []
    for record in records.values():
        if areas and record.local_authority not in areas:
            continue
        weight = review_round.open_findings_weight if record.finding_rules else 1.0
        for sector in sorted(record.sectors_in_period & set(review_round.sectors)):
            candidates.append(
                SampleCandidate(
                    child_id=record.public_id,
                    local_authority=record.local_authority,
                    sector=sector,
                    weight=weight,
                )
            )
    return candidates


def candidates_digest(candidates: list[SampleCandidate], excluded: frozenset[str]) -> str:
    """Hash the candidate list and exclusions, so a later re-draw can be checked against it."""
    lines = sorted(f"{c.child_id}|{c.local_authority}|{c.sector}|{c.weight}" for c in candidates)
    lines += sorted(f"excluded|{child}" for child in excluded)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@transaction.atomic
def round_sample_draw(
    *, actor: User, review_round: ReviewRound, seed: int | None = None
) -> list[SampleEntry]:
    """Draw the round's stratified sample once, record seed and strata, and lock it.

    The seed is generated here unless given (tests and the demo give one); it is stored with
    a digest of the candidates so anyone can re-run the draw and get the same sample.
    """
    caller, review_round = (
        review_round,
        ReviewRound.objects.select_for_update().get(pk=review_round.pk),
    )
    if review_round.status != ReviewRound.Status.DRAFT:
        raise SampleLockedError(SAMPLE_LOCKED)
    if review_round.framework_id is None:
        raise ReviewError(NO_FRAMEWORK)
    now = timezone.now()
    chosen_seed = secrets.randbelow(2**31) if seed is None else seed
    records = children_records(start=review_round.period_start, end=review_round.period_end)
    candidates = sample_candidates(review_round=review_round, records=records)
    excluded = recently_audited(review_round=review_round, now=now)
    sample, strata = draw_sample(
        candidates,
        SamplePlan(seed=chosen_seed, per_stratum=review_round.per_stratum),
        exclude=excluded,
    )
    child_pks = dict(
        Child.objects.filter(public_id__in=[s.child_id for s in sample]).values_list(
            "public_id", "pk"
        )
    )
    entries = SampleEntry.objects.bulk_create(
        SampleEntry(
            round=review_round,
            child_id=child_pks[s.child_id],
            local_authority=s.local_authority,
            sector=s.sector,
            rank=s.rank,
            weight=s.weight,
        )
        for s in sample
    )
    review_round.seed = chosen_seed
    review_round.sampled_at = now
    review_round.candidates_hash = candidates_digest(candidates, excluded)
    review_round.strata = [s.model_dump() for s in strata]
    review_round.status = ReviewRound.Status.SAMPLED
    review_round.save(update_fields=["seed", "sampled_at", "candidates_hash", "strata", "status"])
    access_log_record(
        user=actor,
        action="review_sample_draw",
        object_type="review_round",
        object_id=review_round.pk,
        detail={
            "seed": chosen_seed,
            "sampled": len(entries),
            "candidates": len(candidates),
            "excluded": len(excluded),
        },
    )
    caller.refresh_from_db()
    return entries


@transaction.atomic
def sample_entry_remove(*, actor: User, entry: SampleEntry, reason: str) -> SampleEntry:
    """Take a child out of a sample before allocation, with a reason; the row is kept."""
    if not reason.strip():
        raise ReviewError(REASON_REQUIRED)
    review_round = entry.round
    if review_round.status != ReviewRound.Status.SAMPLED:
        raise RoundStateError(
            ROUND_NOT_READY.format(
                expected="sampled, not yet allocated", actual=review_round.get_status_display()
            )
        )
    entry.removed_at = timezone.now()
    entry.removed_by = actor
    entry.removed_reason = reason.strip()
    entry.save(update_fields=["removed_at", "removed_by", "removed_reason"])
    access_log_record(
        user=actor,
        action="review_sample_remove",
        object_type="review_round",
        object_id=review_round.pk,
        detail={"sample_entry": entry.pk},
    )
    return entry


@dataclass(frozen=True)
class SampleCheck:
    """Whether re-running a round's draw from its recorded seed gives the recorded sample."""

    reproduced: bool
    reason: str


CANDIDATES_CHANGED = "The candidates differ from the draw's (records, linkage or audits changed)."
SAMPLE_DIFFERS = "Same candidates and seed, but a different sample: the stored sample was altered."
SAMPLE_REPRODUCED = "Re-running the draw from its seed gives the recorded sample."


def round_sample_verify(*, review_round: ReviewRound) -> SampleCheck:
    """Re-run the draw from the recorded seed and compare candidates and sample."""
    if review_round.seed is None or review_round.sampled_at is None:
        raise RoundStateError(
            ROUND_NOT_READY.format(expected="sampled", actual=review_round.get_status_display())
        )
    records = children_records(start=review_round.period_start, end=review_round.period_end)
    candidates = sample_candidates(review_round=review_round, records=records)
    excluded = recently_audited(review_round=review_round, now=review_round.sampled_at)
    if candidates_digest(candidates, excluded) != review_round.candidates_hash:
        return SampleCheck(False, CANDIDATES_CHANGED)
    sample, _ = draw_sample(
        candidates,
        SamplePlan(seed=review_round.seed, per_stratum=review_round.per_stratum),
        exclude=excluded,
    )
    recorded = list(review_round.sample.order_by("rank").values_list("child__public_id", "rank"))
    if recorded != [(s.child_id, s.rank) for s in sample]:
        return SampleCheck(False, SAMPLE_DIFFERS)
    return SampleCheck(True, SAMPLE_REPRODUCED)
