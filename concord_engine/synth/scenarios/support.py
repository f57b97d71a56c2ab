"""Victim support within 5 working days of a crime, across weekends and bank holidays."""

from datetime import date, datetime

from concord_engine.synth.builder import Builder
from concord_engine.synth.clock import add_working_days
from concord_engine.synth.model import Event
from concord_engine.synth.rand import between, pick
from concord_engine.synth.texts.common import fill
from concord_engine.synth.texts.indicators import OTHER_CRIMES
from concord_engine.synth.texts.routine import INCIDENTS

from .police import protection_notice, record_crime, sexual_report, support_referral, victim_needs
from .timing import at_hour, before_bank_holiday, working_day_from


def _assault(b: Builder, day: date) -> Event:
    """A non-sexual assault on the child, reported and recorded the same morning."""
    at = at_hour(day, 9, between(b.rng, 0, 40))
    text = fill(b.rng, INCIDENTS["ASSAULT"], b.ctx(at))
    report = b.add(b.agencies.police, "incident", at, text=text, code="ASSAULT")
    code = pick(b.rng, ("105A", "8N"))
    recorded = at_hour(day, 11, between(b.rng, 0, 50))
    crime_text = (
        f"Crime recorded: {OTHER_CRIMES[code]}. Victim {b.child.given} ({b.child.age_on(day)})."
    )
    return b.add(
        b.agencies.police, "crime", at, text=crime_text, code=code, recorded=recorded,
        related=report,
    )  # fmt: skip


def _case(b: Builder, name: str, day: date, after: int | None) -> None:
    """A report at 09:xx, crime recorded by 11:xx the same day, support `after` working days.

    Most crimes are sexual offences; some are assaults, which the rule covers just the same.
    """
    if b.rng.random() < 0.3:
        crime = _assault(b, day)
        report = None
    else:
        report = sexual_report(b, at_hour(day, 9, between(b.rng, 0, 40)))
        ppn = protection_notice(b, at_hour(day, 10, between(b.rng, 0, 50)), report)
        crime = record_crime(b, report, at_hour(day, 11, between(b.rng, 0, 50)))
    evidence = [crime]
    if after is not None:
        at = at_hour(add_working_days(day, after), between(b.rng, 9, 16), between(b.rng, 0, 59))
        if b.rng.random() < 0.6:
            evidence.append(victim_needs(b, at, crime))
        else:
            evidence.append(support_referral(b, at, crime))
    missed = after is None or after > 5
    b.expect(name, "victim_support_not_offered", missed, *evidence)
    if report is None:
        return
    b.expect(name, "crime_recorded_late", False, report, crime)
    if report.type == "incident":
        b.expect(name, "no_referral_to_childrens_services", False, report, ppn)


def support_never(b: Builder, anchor: datetime) -> None:
    """Failing: a crime with no victim needs assessment and no support referral."""
    _case(b, "support_never_offered", working_day_from(anchor.date()), None)


def support_day_5(b: Builder, anchor: datetime) -> None:
    """Look-alike: support offered on the 5th working day."""
    _case(b, "support_on_working_day_5", working_day_from(anchor.date()), 5)


def support_day_6(b: Builder, anchor: datetime) -> None:
    """Failing: support offered on the 6th working day."""
    _case(b, "support_on_working_day_6", working_day_from(anchor.date()), 6)


def support_day_5_over_holiday(b: Builder, anchor: datetime) -> None:
    """Look-alike: 5 working days that span a bank holiday (7 or more calendar days)."""
    _case(b, "support_day_5_over_bank_holiday", before_bank_holiday(anchor.date()), 5)


def support_day_6_over_holiday(b: Builder, anchor: datetime) -> None:
    """Failing: the 6th working day after a crime recorded before a bank holiday."""
    _case(b, "support_day_6_over_bank_holiday", before_bank_holiday(anchor.date()), 6)
