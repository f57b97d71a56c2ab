"""Routine events: everything in a child's records that should produce no finding."""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import accumulate

from concord_engine.synth.rand import between, pick

from .builder import Builder
from .clock import add_working_days
from .model import MISSING, SCHOOL
from .texts import process as p
from .texts.common import fill
from .texts.composed import routine_text
from .texts.indicators import OTHER_CRIMES
from .texts.routine import INCIDENTS, ROUTINE


def _routine(b: Builder, sector_key: str, type_: str, at: datetime) -> int:
    agency = {
        "police": b.agencies.police,
        "social_care": b.agencies.social_care,
        "health": b.agencies.health,
    }.get(sector_key, b.agencies.education)
    if agency is None:
        return 0
    previous = b.agencies.previous_social_care
    moved_on = b.child.moved_on
    if sector_key == "social_care" and previous and moved_on and at.date() < moved_on:
        agency = previous  # known to the old local authority before the family moved
    ctx = b.ctx(at, pct=str(94 + int(b.rng.random() * 6)))
    text = routine_text(b.rng, (sector_key, type_), ctx)
    b.add(agency, type_, at, text=text)
    return 1


_ROUTINE_CATEGORIES = tuple(c for c in INCIDENTS if c != "ASSAULT")


def _police_incident(b: Builder, at: datetime) -> int:
    category = pick(b.rng, _ROUTINE_CATEGORIES)
    text = fill(b.rng, INCIDENTS[category], b.ctx(at))
    b.add(
        b.agencies.police, "incident", at, text=text, code=category if b.rng.random() < 0.9 else ""
    )
    return 1


def _police_crime(b: Builder, at: datetime) -> int:
    code = pick(b.rng, tuple(OTHER_CRIMES))
    title = OTHER_CRIMES[code]
    inc = b.add(
        b.agencies.police,
        "incident",
        at,
        text=fill(b.rng, INCIDENTS["ASSAULT" if code in ("105A", "8N") else "THEFT"], b.ctx(at)),
        code="ASSAULT" if code in ("105A", "8N") else "THEFT",
    )
    recorded = b.later(at, b.rng.uniform(0.5, 20))
    crime = b.add(
        b.agencies.police,
        "crime",
        at,
        text=fill(b.rng, p.CRIME, b.ctx(at, title=title)),
        code=code,
        recorded=recorded,
        related=inc,
    )
    day = add_working_days(recorded.date(), between(b.rng, 0, 3))
    vna_at = max(b.moment(day, 9, 17), recorded + timedelta(minutes=30))
    b.add(
        b.agencies.police,
        "victim_needs_assessment",
        vna_at,
        text=fill(b.rng, p.VICTIM_NEEDS, b.ctx(vna_at)),
        related=crime,
    )
    return 3


def _missing(b: Builder, at: datetime) -> int:
    start = b.moment(at.date(), 16, 23)
    away = b.rng.uniform(3, 40)
    ended = b.later(start, away)
    ctx = b.ctx(start)
    text = fill(b.rng, p.MISSING_REPORT, ctx) + " " + fill(b.rng, p.MISSING_RETURN, ctx)
    rep = b.add(
        b.agencies.police,
        "missing_report",
        start,
        text=text,
        ended=ended,
        indicators=frozenset({MISSING}),
    )
    ep = b.add(
        b.agencies.social_care,
        "missing_episode",
        b.later(start, b.rng.uniform(0.25, min(3.0, away))),
        text=fill(b.rng, p.MISSING_EPISODE, ctx),
        ended=ended,
        indicators=frozenset({MISSING}),
        related=None,
    )
    ri_day = ended.date() + timedelta(days=1 + int(b.rng.random() * 2))
    ri_at = b.moment(ri_day, 9, 17)  # the next day or the one after, in working hours
    b.add(
        b.agencies.social_care,
        "return_interview",
        ri_at,
        text=fill(b.rng, p.RETURN_INTERVIEW, b.ctx(ri_at)),
        related=ep,
    )
    del rep
    return 3


def _assessment(b: Builder, at: datetime) -> int:
    referral_at = b.moment(at.date(), 9, 17)
    referral = b.add(
        b.agencies.social_care,
        "referral",
        referral_at,
        text=routine_text(b.rng, ("social_care", "referral"), b.ctx(referral_at)),
    )
    start_day = add_working_days(referral_at.date(), between(b.rng, 0, 3))
    end_day = add_working_days(start_day, between(b.rng, 8, 38))
    start = datetime.combine(start_day, datetime.min.time())
    ended = datetime.combine(end_day, datetime.min.time())
    if ended >= b.now:
        return 1
    code = pick(b.rng, p.ROUTINE_FACTORS)
    b.add(
        b.agencies.social_care,
        "assessment",
        start,
        text=fill(b.rng, ROUTINE[("social_care", "assessment")], b.ctx(start)),
        code=code,
        ended=ended,
        date_only=True,
        related=referral,
    )
    return 2


def _absence(b: Builder, at: datetime) -> int:
    if b.agencies.education is None:
        return 0
    day = datetime.combine(at.date(), datetime.min.time())
    ctx = b.ctx(day, n=str(between(b.rng, 2, 8)), pct=str(between(b.rng, 61, 89)))
    b.add(
        b.agencies.education,
        "absence",
        day,
        text=fill(b.rng, p.ABSENCE, ctx),
        date_only=True,
        indicators=frozenset({SCHOOL}),
    )
    return 1


def _exclusion(b: Builder, at: datetime) -> int:
    if b.agencies.education is None:
        return 0
    day = datetime.combine(at.date(), datetime.min.time())
    text = fill(b.rng, p.EXCLUSION, b.ctx(day))
    b.add(b.agencies.education, "exclusion", day, text=text, date_only=True, indicators={SCHOOL})
    return 1


def _sexual_health_16(b: Builder, at: datetime) -> int:
    if b.child.age_on(at.date()) < 16:
        return _routine(b, "health", "consultation", at)
    b.add(
        b.agencies.health, "sexual_health", at, text=fill(b.rng, p.SEXUAL_HEALTH_ADULT, b.ctx(at))
    )
    return 1


def _risk(b: Builder, at: datetime) -> int:
    level = pick(b.rng, ("none", "low", "low", "medium"))
    agency = b.agencies.police if b.rng.random() < 0.4 else b.agencies.social_care
    b.add(
        agency,
        "risk_assessment",
        at,
        text=fill(b.rng, p.RISK_ASSESSMENT, b.ctx(at, level=level)),
        code=level,
    )
    return 1


_CATEGORIES = ("neglect", "emotional abuse", "physical abuse", "multiple categories")


def _child_protection(b: Builder, at: datetime) -> int:
    """Strategy discussion, s.47 enquiry, initial conference and plan (once per child)."""
    if any(ev.type == "cp_plan" for ev in b.child.events):
        return _routine(b, "social_care", "note", at)
    sc = b.agencies.social_care
    day = add_working_days(at.date(), 1)
    strategy = b.moment(day, 9, 15)
    category = pick(b.rng, _CATEGORIES)
    b.add(
        sc,
        "strategy_discussion",
        strategy,
        text=fill(b.rng, ROUTINE[("social_care", "strategy_discussion")], b.ctx(strategy)),
    )
    s47 = b.later(strategy, between(b.rng, 1, 5))
    b.add(
        sc,
        "s47_enquiry",
        s47,
        text="Section 47 enquiry commenced following the strategy discussion.",
    )
    icpc = b.moment(add_working_days(day, between(b.rng, 8, 15)), 10, 14)
    if icpc >= b.now:
        return 2
    b.add(
        sc,
        "cp_conference",
        icpc,
        text=f"Initial child protection conference held. Plan agreed: {category}.",
    )
    ended = b.moment(icpc.date() + timedelta(days=between(b.rng, 180, 540)), 10, 14)
    b.add(
        sc,
        "cp_plan",
        icpc,
        text=f"Child protection plan started: {category}.",
        ended=ended if ended < b.now else None,
    )
    review = b.moment(icpc.date() + timedelta(days=between(b.rng, 85, 100)), 10, 14)
    if review < b.now:
        b.add(
            sc,
            "cp_conference",
            review,
            text="Review child protection conference: plan to continue.",
        )
    return 5


def _looked_after(b: Builder, at: datetime) -> int:
    """Becoming looked after happens once; later picks are placement notes."""
    if any(ev.type == "looked_after" for ev in b.child.events):
        return _routine(b, "social_care", "note", at)
    return _routine(b, "social_care", "looked_after", at)


_Maker = Callable[[Builder, datetime], int]


def _simple(sector: str, type_: str) -> _Maker:
    return lambda b, at: _routine(b, sector, type_, at)


# (weight, event types it writes, maker)
_KINDS: tuple[tuple[int, frozenset[str], _Maker], ...] = (
    (14, frozenset({"incident"}), _police_incident),
    (8, frozenset({"note"}), _simple("police", "note")),
    (2, frozenset({"arrest"}), _simple("police", "arrest")),
    (2, frozenset({"incident", "crime", "victim_needs_assessment"}), _police_crime),
    (3, frozenset({"missing_report", "missing_episode", "return_interview"}), _missing),
    (4, frozenset({"referral", "assessment"}), _assessment),
    (4, frozenset({"contact"}), _simple("social_care", "contact")),
    (16, frozenset({"note"}), _simple("social_care", "note")),
    (2, frozenset({"cin_plan"}), _simple("social_care", "cin_plan")),
    (
        1,
        frozenset({"strategy_discussion", "s47_enquiry", "cp_conference", "cp_plan"}),
        _child_protection,
    ),
    (1, frozenset({"looked_after"}), _looked_after),
    (2, frozenset({"support_referral"}), _simple("social_care", "support_referral")),
    (1, frozenset({"risk_assessment"}), _risk),
    (8, frozenset({"attendance"}), _simple("health", "attendance")),
    (7, frozenset({"consultation"}), _simple("health", "consultation")),
    (3, frozenset({"note"}), _simple("health", "note")),
    (2, frozenset({"sexual_health"}), _sexual_health_16),
    (1, frozenset({"safeguarding_referral"}), _simple("health", "safeguarding_referral")),
    (5, frozenset({"note"}), _simple("education", "note")),
    (4, frozenset({"absence"}), _absence),
    (1, frozenset({"exclusion"}), _exclusion),
)
_INDICATOR_MAKERS = {_missing, _absence, _exclusion}


def add_background(b: Builder, count: int, first: date, last: date) -> None:
    """Add about `count` routine events between `first` and `last`, respecting reservations."""
    kinds = [
        k
        for k in _KINDS
        if not (k[1] & b.reserved) and not (b.quiet_indicators and k[2] in _INDICATOR_MAKERS)
    ]
    if not kinds or last <= first:
        return
    cumulative = list(accumulate(k[0] for k in kinds))
    span = (last - first).days
    written = 0
    while written < count:
        for kind in b.rng.choices(kinds, cum_weights=cumulative, k=count - written):
            day = first + timedelta(days=int(b.rng.random() * (span + 1)))
            written += kind[2](b, b.moment(day)) or 1
            if written >= count:
                break
