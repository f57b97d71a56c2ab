"""Routine events: everything in a child's records that should produce no finding."""

from collections.abc import Callable
from datetime import date, datetime, timedelta

from .builder import Builder
from .clock import add_working_days
from .model import MISSING, SCHOOL
from .texts import process as p
from .texts.common import fill
from .texts.indicators import OTHER_CRIMES
from .texts.routine import ROUTINE


def _routine(b: Builder, sector_key: str, type_: str, at: datetime) -> int:
    agency = {
        "police": b.agencies.police,
        "social_care": b.agencies.social_care,
        "health": b.agencies.health,
    }.get(sector_key, b.agencies.education)
    if agency is None:
        return 0
    text = fill(b.rng, ROUTINE[(sector_key, type_)], b.ctx(at))
    b.add(agency, type_, at, text=text)
    return 1


def _police_crime(b: Builder, at: datetime) -> int:
    code = b.rng.choice(tuple(OTHER_CRIMES))
    title = OTHER_CRIMES[code]
    inc = b.add(
        b.agencies.police,
        "incident",
        at,
        text=fill(b.rng, ROUTINE[("police", "incident")], b.ctx(at)),
        code="ASSAULT" if code in ("105A", "8N") else "CRIME",
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
    day = add_working_days(recorded.date(), b.rng.randint(0, 3))
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
    ri_at = b.later(ended, b.rng.uniform(4, 60))
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
        text=fill(b.rng, ROUTINE[("social_care", "referral")], b.ctx(referral_at)),
    )
    start_day = add_working_days(referral_at.date(), b.rng.randint(0, 3))
    end_day = add_working_days(start_day, b.rng.randint(8, 38))
    start = datetime.combine(start_day, datetime.min.time())
    ended = datetime.combine(end_day, datetime.min.time())
    if ended >= b.now:
        return 1
    code = b.rng.choice(p.ROUTINE_FACTORS)
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
    ctx = b.ctx(day, n=str(b.rng.randint(2, 8)), pct=str(b.rng.randint(61, 89)))
    b.add(
        b.agencies.education,
        "absence",
        day,
        text=fill(b.rng, p.ABSENCE, ctx),
        date_only=True,
        indicators=frozenset({SCHOOL}),
    )
    return 1


def _sexual_health_16(b: Builder, at: datetime) -> int:
    if b.child.age_on(at.date()) < 16:
        return _routine(b, "health", "consultation", at)
    b.add(
        b.agencies.health, "sexual_health", at, text=fill(b.rng, p.SEXUAL_HEALTH_ADULT, b.ctx(at))
    )
    return 1


def _risk(b: Builder, at: datetime) -> int:
    level = b.rng.choice(("none", "low", "low", "medium"))
    agency = b.agencies.police if b.rng.random() < 0.4 else b.agencies.social_care
    b.add(
        agency,
        "risk_assessment",
        at,
        text=fill(b.rng, p.RISK_ASSESSMENT, b.ctx(at, level=level)),
        code=level,
    )
    return 1


_Maker = Callable[[Builder, datetime], int]


def _simple(sector: str, type_: str) -> _Maker:
    return lambda b, at: _routine(b, sector, type_, at)


# (weight, event types it writes, maker)
_KINDS: tuple[tuple[int, frozenset[str], _Maker], ...] = (
    (14, frozenset({"incident"}), _simple("police", "incident")),
    (8, frozenset({"note"}), _simple("police", "note")),
    (2, frozenset({"arrest"}), _simple("police", "arrest")),
    (2, frozenset({"incident", "crime", "victim_needs_assessment"}), _police_crime),
    (3, frozenset({"missing_report", "missing_episode", "return_interview"}), _missing),
    (4, frozenset({"referral", "assessment"}), _assessment),
    (4, frozenset({"contact"}), _simple("social_care", "contact")),
    (16, frozenset({"note"}), _simple("social_care", "note")),
    (2, frozenset({"cin_plan"}), _simple("social_care", "cin_plan")),
    (1, frozenset({"strategy_discussion"}), _simple("social_care", "strategy_discussion")),
    (1, frozenset({"s47_enquiry"}), _simple("social_care", "s47_enquiry")),
    (1, frozenset({"cp_conference"}), _simple("social_care", "cp_conference")),
    (1, frozenset({"looked_after"}), _simple("social_care", "looked_after")),
    (2, frozenset({"support_referral"}), _simple("social_care", "support_referral")),
    (1, frozenset({"risk_assessment"}), _risk),
    (8, frozenset({"attendance"}), _simple("health", "attendance")),
    (7, frozenset({"consultation"}), _simple("health", "consultation")),
    (3, frozenset({"note"}), _simple("health", "note")),
    (2, frozenset({"sexual_health"}), _sexual_health_16),
    (1, frozenset({"safeguarding_referral"}), _simple("health", "safeguarding_referral")),
    (5, frozenset({"note"}), _simple("education", "note")),
    (4, frozenset({"absence"}), _absence),
)
_INDICATOR_MAKERS = {_missing, _absence}


def add_background(b: Builder, count: int, first: date, last: date) -> None:
    """Add about `count` routine events between `first` and `last`, respecting reservations."""
    kinds = [
        k
        for k in _KINDS
        if not (k[1] & b.reserved) and not (b.quiet_indicators and k[2] in _INDICATOR_MAKERS)
    ]
    if not kinds or last <= first:
        return
    weights = [k[0] for k in kinds]
    span = (last - first).days
    written = 0
    while written < count:
        kind = b.rng.choices(kinds, weights=weights)[0]
        day = first + timedelta(days=b.rng.randint(0, span))
        written += kind[2](b, b.moment(day)) or 1
