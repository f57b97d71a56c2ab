"""Police building blocks shared by the planted scenarios."""

from datetime import datetime

from concord_engine.synth.builder import Builder
from concord_engine.synth.model import Adult, Event
from concord_engine.synth.rand import pick
from concord_engine.synth.texts import process as p
from concord_engine.synth.texts.common import fill
from concord_engine.synth.texts.holdout import HOLDOUT_DISCLOSURES
from concord_engine.synth.texts.indicators import (
    CRIME_TITLES,
    DISCLOSURE_ACTIONS,
    DISCLOSURE_OPENERS,
    DISCLOSURE_TEXT,
)

# Home Office codes by the child's age band and sex (rules.md §7).
_CODES = {
    ("F", 13): ("19E", "20B", "21"),
    ("M", 13): ("19H", "17B", "21"),
    ("F", 16): ("19D", "22B", "88A", "71/17"),
    ("M", 16): ("19G", "22B", "88A", "71/17"),
    ("F", 18): ("71", "71/17"),
    ("M", 18): ("71", "71/17"),
}
# Opening categories that do not say "sexual": the disclosure is only in the text.
_VAGUE_CATEGORIES = ("CONCERN FOR SAFETY", "CHILD CONCERN", "SUSPICIOUS CIRCUMSTANCES", "")


def sexual_report(b: Builder, at: datetime, *, as_note: bool = False) -> Event:
    """A police incident (or note) reporting a sexual offence against the child."""
    suspect = b.suspect()
    ctx = b.ctx(at, nick=suspect.nickname, adult_age=str(suspect_age(suspect, at)))
    text = " ".join(
        s
        for s in (
            pick(b.rng, DISCLOSURE_OPENERS),
            fill(b.rng, HOLDOUT_DISCLOSURES if b.holdout else DISCLOSURE_TEXT, ctx),
            pick(b.rng, DISCLOSURE_ACTIONS),
        )
        if s
    )
    if as_note:
        return b.add(b.agencies.police, "note", at, text=text, sexual_offence=True)
    code = "SEXUAL OFFENCE" if b.rng.random() < 0.6 else pick(b.rng, _VAGUE_CATEGORIES)
    return b.add(
        b.agencies.police, "incident", at, text=text, code=code, sexual_offence=True,
        related_adult=suspect if b.rng.random() < 0.5 else None,
    )  # fmt: skip


def suspect_age(suspect: Adult, at: datetime) -> int:
    """The suspect's age on a date."""
    dob = suspect.dob
    return at.year - dob.year - ((at.month, at.day) < (dob.month, dob.day))


def crime_code(b: Builder, at: datetime) -> str:
    """A Home Office sexual offence code that fits the child's age on the day."""
    age = b.child.age_on(at.date())
    band = 13 if age < 13 else 16 if age < 16 else 18
    return pick(b.rng, _CODES[(b.child.sex, band)])


def record_crime(b: Builder, report: Event, recorded: datetime) -> Event:
    """The crime recorded from a report, at `recorded`."""
    code = crime_code(b, report.at)
    text = fill(b.rng, p.CRIME, b.ctx(recorded, title=CRIME_TITLES[code]))
    return b.add(
        b.agencies.police, "crime", report.at, text=text, code=code, recorded=recorded,
        related=report, related_adult=report.related_adult,
    )  # fmt: skip


def protection_notice(b: Builder, at: datetime, about: Event) -> Event:
    """A PPN to children's social care."""
    text = fill(b.rng, p.PROTECTION_NOTICE, b.ctx(at))
    return b.add(b.agencies.police, "protection_notice", at, text=text, related=about)


def victim_needs(b: Builder, at: datetime, crime: Event) -> Event:
    """A victim needs assessment following a crime."""
    text = fill(b.rng, p.VICTIM_NEEDS, b.ctx(at))
    return b.add(b.agencies.police, "victim_needs_assessment", at, text=text, related=crime)


def support_referral(b: Builder, at: datetime, crime: Event) -> Event:
    """A referral to victim support services (police or social care)."""
    agency = b.agencies.police if b.rng.random() < 0.6 else b.agencies.social_care
    text = fill(b.rng, p.SUPPORT_REFERRAL, b.ctx(at))
    return b.add(agency, "support_referral", at, text=text, related=crime)
