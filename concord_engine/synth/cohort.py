"""One cohort of children: identities, scenarios and routine events, ready to write."""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from concord_engine.contracts.synth import SynthConfig
from concord_engine.synth.rand import between, pick

from .agencies import AREAS, HEALTH, POLICE, education, social_care
from .background import add_background
from .builder import Builder, ChildAgencies, Expectation
from .clock import to_local
from .identity import make_child, make_parent, make_suspect
from .model import Adult, Child
from .scenarios import SCENARIOS, Scenario, plant

COHORT_SIZE = 200
FIRST_ANCHOR = date(2020, 6, 1)
EARLIEST_EVENT = date(2018, 1, 1)
# Share of children with no planted case (only routine events).
UNPLANTED_SHARE = 0.45
TWIN_SHARE = 0.02
SIBLING_SHARE = 0.08


@dataclass(slots=True)
class Cohort:
    """Children generated together: they share a suspect network and family members."""

    children: list[Child] = field(default_factory=list)
    adults: list[Adult] = field(default_factory=list)
    expectations: dict[str, list[Expectation]] = field(default_factory=dict)


def _anchor(rng: random.Random, now: datetime) -> datetime:
    last = now.date() - timedelta(days=200)
    span = (last - FIRST_ANCHOR).days
    day = FIRST_ANCHOR + timedelta(days=between(rng, 0, max(span, 0)))
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=12)


def _scenario_for(rng: random.Random, index: int) -> Scenario | None:
    if index < len(SCENARIOS):
        return SCENARIOS[index]
    if rng.random() < UNPLANTED_SHARE:
        return None
    return pick(rng, SCENARIOS)


# Scenarios placed relative to the extraction date rather than the child's anchor.
_NOW_ANCHORED = frozenset(
    {"assessment_open_overdue", "assessment_open_recent", "missing_not_yet_returned"}
)
SECOND_SCENARIO_SHARE = 0.2
_APART = timedelta(days=220)


def _second_scenario(
    rng: random.Random, b: Builder, first: Scenario, anchor: datetime, now: datetime
) -> None:
    """Sometimes plant a second case of another kind, far enough apart not to interact."""
    if first.name in _NOW_ANCHORED or rng.random() >= SECOND_SCENARIO_SHARE:
        return
    group = first.plant.__module__
    choices = [
        s for s in SCENARIOS
        if s.plant.__module__ != group and s.name not in _NOW_ANCHORED
    ]  # fmt: skip
    second = pick(rng, choices)
    shift = _APART + timedelta(days=between(rng, 0, 200))
    other = anchor - shift if rng.random() < 0.5 else anchor + shift
    latest = now - timedelta(days=200)
    if not datetime.combine(FIRST_ANCHOR, datetime.min.time()) <= other <= latest:
        other = anchor + shift if other < anchor else anchor - shift
    if datetime.combine(FIRST_ANCHOR, datetime.min.time()) <= other <= latest:
        plant(b, second, other)


def _family(rng: random.Random, cohort: Cohort, child: Child, previous: Child | None) -> None:
    if child.twin_of or (previous is not None and rng.random() < SIBLING_SHARE):
        if previous is not None and not child.twin_of:
            child.family = previous.family
            child.postcode, child.address = previous.postcode, previous.address
            child.area = previous.area
            child.parents = list(previous.parents)
        return
    for role, share in (("mother", 0.92), ("father", 0.5)):
        if rng.random() < share:
            adult = make_parent(rng, f"{child.key}-{role[0].upper()}", child, role)
            child.parents.append(adult)
            cohort.adults.append(adult)


def _background_count(rng: random.Random, mean: float) -> int:
    return round(rng.gammavariate(4.0, mean / 4.0)) if mean > 0 else 0


def _one_child(
    rng: random.Random, config: SynthConfig, cohort: Cohort, index: int, ctx: "_Shared"
) -> Child:
    key = f"C{index + 1:07d}"
    anchor = _anchor(rng, ctx.now)
    previous = cohort.children[-1] if cohort.children else None
    twin = None
    if previous is not None and not previous.twin_of and rng.random() < TWIN_SHARE:
        twin = previous
    area = twin.area if twin is not None else pick(rng, AREAS)
    if twin is not None:
        # Twins share a date of birth, so the anchor must keep the twin aged 10 to 17.
        day = twin.dob + timedelta(days=between(rng, 10 * 365 + 3, 17 * 365 + 200))
        day = min(day, ctx.now.date() - timedelta(days=200))
        anchor = datetime.combine(day, datetime.min.time()) + timedelta(hours=12)
    child = make_child(rng, key, area, anchor.date(), twin)
    _family(rng, cohort, child, previous)
    agencies = ChildAgencies(
        police=POLICE,
        social_care=social_care(child.area),
        health=HEALTH,
        education=education(child.area) if config.include_education else None,
        previous_social_care=social_care(child.old_area) if child.old_area else None,
    )
    b = Builder(
        rng=rng, child=child, agencies=agencies, now=ctx.now, suspects=ctx.suspects,
        holdout=config.holdout_phrasing,
    )  # fmt: skip
    scenario = _scenario_for(rng, index)
    if scenario is not None:
        plant(b, scenario, anchor)
        _second_scenario(rng, b, scenario, anchor, ctx.now)
    first = max(EARLIEST_EVENT, anchor.date() - timedelta(days=540))
    last = min(anchor.date() + timedelta(days=240), ctx.now.date() - timedelta(days=14))
    add_background(b, _background_count(rng, config.events_per_child), first, last)
    cohort.expectations[key] = b.expectations
    return child


@dataclass(frozen=True, slots=True)
class _Shared:
    now: datetime
    suspects: list[Adult]


def build_cohort(config: SynthConfig, number: int, first_index: int, size: int) -> Cohort:
    """Generate children `first_index` to `first_index + size - 1` (deterministic per seed)."""
    rng = random.Random(f"concord-synth:{config.seed}:{number}")
    now = to_local(config.extracted_at)
    cohort = Cohort()
    suspects = [
        make_suspect(rng, f"S{number:05d}{i:03d}", pick(rng, AREAS), EARLIEST_EVENT)
        for i in range(max(2, size // 15))
    ]
    cohort.adults.extend(suspects)
    shared = _Shared(now, suspects)
    for offset in range(size):
        cohort.children.append(_one_child(rng, config, cohort, first_index + offset, shared))
    return cohort
