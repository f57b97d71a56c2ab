"""Police referral to children's social care within 1 working day, around weekends and holidays."""

from datetime import date, datetime

from concord_engine.synth.builder import Builder
from concord_engine.synth.clock import add_working_days
from concord_engine.synth.model import LOCATION, LOCATION_KINDS, Event
from concord_engine.synth.rand import between, pick
from concord_engine.synth.texts.common import fill
from concord_engine.synth.texts.holdout import HOLDOUT_INDICATORS
from concord_engine.synth.texts.indicators import INDICATOR_TEXT

from .police import protection_notice, suspect_age
from .timing import at_hour, before_bank_holiday, friday_from

_CONTACT = (
    "Contact received from GMP regarding {name} following an incident last night. Passed to "
    "the MASH for screening.",
    "Police contact about {name}; details of the incident to follow. MASH checks started.",
    "Telephone contact from GMP exploitation team about {name}. Strategy discussion to be "
    "considered.",
)
# Not "CHILD SEXUAL EXPLOITATION": that opening category would itself read as a sexual offence.
# Nor "MISSING FOUND", which would itself read as a missing episode.
_CATEGORIES = ("CONCERN FOR SAFETY", "CHILD CONCERN", "SUSPICIOUS CIRCUMSTANCES", "")


def _exploitation_incident(b: Builder, at: datetime) -> Event:
    suspect = b.suspect()
    ctx = b.ctx(at, nick=suspect.nickname, adult_age=str(suspect_age(suspect, at)))
    bank = HOLDOUT_INDICATORS if b.holdout else INDICATOR_TEXT
    text = fill(b.rng, bank[LOCATION], ctx)
    if b.rng.random() < 0.5:
        text += " Adults' details obtained and checked on systems."
    return b.add(
        b.agencies.police, "incident", at, text=text, code=pick(b.rng, _CATEGORIES),
        indicators=LOCATION_KINDS, related_adult=suspect,
    )  # fmt: skip


def _social_care_contact(b: Builder, at: datetime, about: Event) -> Event:
    text = fill(b.rng, _CONTACT, b.ctx(at))
    del about
    return b.add(b.agencies.social_care, "contact", at, text=text)


def _case(b: Builder, name: str, incident_day: date, follow: datetime | None, late: bool) -> None:
    inc = _exploitation_incident(b, at_hour(incident_day, between(b.rng, 17, 21), 10))
    evidence: list[Event] = [inc]
    if follow is not None:
        if b.rng.random() < 0.7:
            evidence.append(protection_notice(b, follow, inc))
        else:
            evidence.append(_social_care_contact(b, follow, inc))
    b.expect(name, "no_referral_to_childrens_services", late, *evidence)


def referral_over_weekend(b: Builder, anchor: datetime) -> None:
    """Look-alike: Friday evening incident, PPN on Monday morning (1 working day)."""
    friday = friday_from(anchor.date())
    follow = at_hour(add_working_days(friday, 1), between(b.rng, 8, 11), 30)
    _case(b, "referral_friday_to_monday", friday, follow, late=False)


def referral_late_after_weekend(b: Builder, anchor: datetime) -> None:
    """Failing: Friday evening incident, PPN on Tuesday (2 working days)."""
    friday = friday_from(anchor.date())
    follow = at_hour(add_working_days(friday, 2), between(b.rng, 9, 15), 15)
    _case(b, "referral_friday_to_tuesday", friday, follow, late=True)


def referral_over_bank_holiday(b: Builder, anchor: datetime) -> None:
    """Look-alike: incident before a bank holiday, PPN on the next working day after it."""
    day = before_bank_holiday(anchor.date())
    follow = at_hour(add_working_days(day, 1), between(b.rng, 8, 11), 45)
    _case(b, "referral_over_bank_holiday", day, follow, late=False)


def referral_late_after_bank_holiday(b: Builder, anchor: datetime) -> None:
    """Failing: incident before a bank holiday, PPN two working days later."""
    day = before_bank_holiday(anchor.date())
    follow = at_hour(add_working_days(day, 2), between(b.rng, 10, 15), 5)
    _case(b, "referral_late_after_bank_holiday", day, follow, late=True)


def referral_never(b: Builder, anchor: datetime) -> None:
    """Failing: an exploitation incident and no referral at all."""
    _case(b, "referral_never", anchor.date(), None, late=True)


def referral_same_day(b: Builder, anchor: datetime) -> None:
    """Look-alike: referral the same evening."""
    day = anchor.date()
    follow = at_hour(day, 22, between(b.rng, 20, 50))
    _case(b, "referral_same_day", day, follow, late=False)
