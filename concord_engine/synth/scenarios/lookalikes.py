"""Look-alikes that are not about thresholds: words that resemble a failing but are not one."""

from datetime import datetime, timedelta

from concord_engine.synth.builder import Builder
from concord_engine.synth.model import MISSING
from concord_engine.synth.rand import between, pick
from concord_engine.synth.texts import process as p
from concord_engine.synth.texts.common import fill

# Police text that mentions sex or abuse but reports no sexual offence against this child.
_NOT_A_REPORT = (
    "Report of an indecent exposure in {locality} park; the victim is an adult female. {name} "
    "was a witness and gave a first account.",
    "{name} spoken to about rumours at school of a sexual assault; {he} was not involved and "
    "says nothing happened to {him}. Information passed to the school.",
    "Mum asked for advice about the age of consent after finding messages between {name} and a "
    "classmate of the same age. No offences disclosed; advice given.",
    "Caller reports {name} was bullied with sexual comments by a peer; no sexual contact and no "
    "images. School dealing.",
    "Officer delivered a talk on healthy relationships and consent at {name}'s school.",
)
_CATEGORIES = ("SUSPICIOUS CIRCUMSTANCES", "CONCERN FOR SAFETY", "")
# Indicator words in a negated or reassuring sentence: not indicators.
_NEGATED = (
    "No concerns about alcohol or drug use; {name} says {he} has never tried either.",
    "{name} denies receiving any gifts or money, and mum has seen nothing new in {his} room.",
    "{His} {friend} is in the same year at school (both {age}); no concerns.",
    "Attendance 98% this term; no absences of concern.",
    "No evidence that {name} has been in cars or hotels with adults.",
)


def sexual_words_not_a_report(b: Builder, anchor: datetime) -> None:
    """Look-alike: police text about sex or consent that reports no offence against the child."""
    at = b.moment(anchor.date(), 9, 20)
    incident = b.add(
        b.agencies.police, "incident", at, text=fill(b.rng, _NOT_A_REPORT, b.ctx(at)),
        code=pick(b.rng, _CATEGORIES),
    )  # fmt: skip
    b.expect("sexual_words_not_a_report", "crime_not_recorded", False, incident)
    b.expect("sexual_words_not_a_report", "no_referral_to_childrens_services", False, incident)


def missing_still_open(b: Builder, anchor: datetime) -> None:
    """Look-alike: a missing episode that has not ended at extraction needs no interview yet."""
    del anchor
    start = b.moment(b.now.date() - timedelta(days=between(b.rng, 3, 20)), 16, 23)
    text = fill(b.rng, p.MISSING_REPORT, b.ctx(start))
    report = b.add(b.agencies.police, "missing_report", start, text=text, indicators={MISSING})
    b.expect("missing_not_yet_returned", "no_return_interview", False, report)


def negated_indicators(b: Builder, anchor: datetime) -> None:
    """Look-alike: notes that mention indicator words only to rule them out."""
    events = []
    for offset, sentence in enumerate(b.rng.sample(_NEGATED, 3)):
        at = b.moment((anchor + timedelta(days=12 * offset)).date(), 9, 18)
        agency = pick(b.rng, (b.agencies.social_care, b.agencies.health))
        events.append(b.add(agency, "note", at, text=sentence.format_map(b.ctx(at))))
    b.expect("indicator_words_negated", "vulnerability_not_assessed", False, *events)
