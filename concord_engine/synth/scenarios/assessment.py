"""Social care assessments: at most 45 working days from the referral."""

from datetime import date, datetime, timedelta

from concord_engine.synth.builder import Builder
from concord_engine.synth.clock import add_working_days
from concord_engine.synth.model import Event
from concord_engine.synth.rand import between, pick
from concord_engine.synth.texts import process as p
from concord_engine.synth.texts.common import fill
from concord_engine.synth.texts.composed import routine_text
from concord_engine.synth.texts.routine import ROUTINE

from .timing import at_hour, working_day_from


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _referral(b: Builder, day: date) -> Event:
    at = at_hour(day, between(b.rng, 9, 16), between(b.rng, 0, 59))
    text = routine_text(b.rng, ("social_care", "referral"), b.ctx(at))
    return b.add(b.agencies.social_care, "referral", at, text=text)


def _assessment(b: Builder, referral: Event, start: date, end: date | None) -> Event:
    routine = ROUTINE[("social_care", "assessment")]
    texts = p.ASSESSMENT_EXPLOITATION if b.rng.random() < 0.3 else routine
    return b.add(
        b.agencies.social_care, "assessment", _midnight(start), date_only=True,
        text=fill(b.rng, texts, b.ctx(_midnight(start))), code=pick(b.rng, p.ROUTINE_FACTORS),
        ended=_midnight(end) if end is not None else None, related=referral,
    )  # fmt: skip


def _closed(b: Builder, name: str, anchor: datetime, lead: int, days: int) -> None:
    """Referral, assessment `lead` working days later, completed `days` working days later."""
    referral_day = working_day_from(anchor.date())
    start = add_working_days(referral_day, lead)
    end = add_working_days(referral_day, days)
    referral = _referral(b, referral_day)
    assessment = _assessment(b, referral, start, end)
    b.expect(name, "assessment_overdue", days > 45, referral, assessment)


def assessment_44(b: Builder, anchor: datetime) -> None:
    """Look-alike: completed 44 working days after the referral."""
    _closed(b, "assessment_44_working_days", anchor, 0, 44)


def assessment_46(b: Builder, anchor: datetime) -> None:
    """Failing: completed 46 working days after the referral."""
    _closed(b, "assessment_46_working_days", anchor, 0, 46)


def assessment_counted_from_referral(b: Builder, anchor: datetime) -> None:
    """Failing: 42 working days from the assessment start but 48 from the linked referral."""
    _closed(b, "assessment_48_from_referral", anchor, 6, 48)


def assessment_open_overdue(b: Builder, anchor: datetime) -> None:
    """Failing: still open at extraction, 60 or more working days after the referral."""
    del anchor
    day = b.now.date() - timedelta(days=between(b.rng, 95, 160))
    referral_day = working_day_from(day)
    referral = _referral(b, referral_day)
    assessment = _assessment(b, referral, referral_day, None)
    b.expect("assessment_open_overdue", "assessment_overdue", True, referral, assessment)


def assessment_open_recent(b: Builder, anchor: datetime) -> None:
    """Look-alike: still open at extraction, about 20 working days after the referral."""
    del anchor
    referral_day = working_day_from(b.now.date() - timedelta(days=between(b.rng, 20, 40)))
    referral = _referral(b, referral_day)
    assessment = _assessment(b, referral, referral_day, None)
    b.expect("assessment_open_recent", "assessment_overdue", False, referral, assessment)
