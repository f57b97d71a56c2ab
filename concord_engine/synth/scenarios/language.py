"""Victim-blaming language in professional notes, and hard negatives that must not be flagged."""

from datetime import datetime

from concord_engine.synth.agencies import AgencySpec
from concord_engine.synth.builder import Builder
from concord_engine.synth.model import OLDER_PARTNER, SUBSTANCES
from concord_engine.synth.rand import pick
from concord_engine.synth.texts.common import fill
from concord_engine.synth.texts.holdout import HOLDOUT_BLAMING, HOLDOUT_NEGATIVES
from concord_engine.synth.texts.language import BLAMING, HARD_NEGATIVE, HARD_NEGATIVE_16_PLUS
from concord_engine.synth.texts.routine import ROUTINE

# What a blaming sentence also tells a reader about indicators (language.md rows 2, 6, 7).
_FAMILY_INDICATORS = {2: {OLDER_PARTNER}, 6: {SUBSTANCES}, 7: {OLDER_PARTNER}}
_UNDER_16_ONLY = frozenset({3})


# What the note is about: exploitation work, where such words are written.
_LEAD_IN = {
    "social_care": (
        "Complex safeguarding meeting.", "Visit following the strategy discussion.",
        "Supervision: exploitation concerns discussed.", "Update for the MACE panel.",
        "Visit with the exploitation worker.", "Chronology review.",
    ),
    "police": (
        "CSE team review.", "Welfare visit following the missing episode.",
        "Update for the strategy meeting.", "Intelligence review.",
    ),
    "health": (
        "Safeguarding supervision.", "Seen in the sexual health clinic.",
        "School nurse review following a safeguarding concern.",
    ),
}  # fmt: skip


# Sentences about sexual activity stay out of police notes: there they would be a report of a
# sexual offence (crime_not_recorded), not only a matter of language.
_SEXUAL_FAMILIES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 18, 19, 20, 22})
_SEXUAL_NEGATIVES = frozenset(
    {"child_quoted", "suspect_quoted", "negation", "offence_name", "legacy_title"}
)


def _note_agency_and_context(
    b: Builder, at: datetime, *, police: bool = True
) -> tuple[AgencySpec, str]:
    sectors = ("social_care", "social_care", "police", "health") if police else (
        "social_care", "social_care", "health")  # fmt: skip
    sector = pick(b.rng, sectors)
    agency = {
        "social_care": b.agencies.social_care,
        "police": b.agencies.police,
        "health": b.agencies.health,
    }[sector]
    if b.rng.random() < 0.75:
        return agency, pick(b.rng, _LEAD_IN[sector])
    return agency, fill(b.rng, ROUTINE[(sector, "note")], b.ctx(at))


def blaming_note(b: Builder, anchor: datetime) -> None:
    """Failing: a professional's own note uses a blaming term."""
    at = b.moment(anchor.date(), 9, 18)
    age = b.child.age_on(at.date())
    families = [f for f in BLAMING if age < 16 or f not in _UNDER_16_ONLY]
    family = pick(b.rng, families)
    agency, context = _note_agency_and_context(b, at, police=family not in _SEXUAL_FAMILIES)
    bank = HOLDOUT_BLAMING if b.holdout and family in HOLDOUT_BLAMING else BLAMING
    sentence = fill(b.rng, bank[family], b.ctx(at))
    text = f"{context} {sentence}" if b.rng.random() < 0.6 else f"{sentence} {context}"
    ev = b.add(
        agency, "note", at, text=text, blaming=True,
        indicators=_FAMILY_INDICATORS.get(family, set()),
    )  # fmt: skip
    b.expect(f"blaming_language_row_{family}", "victim_blaming_language", True, ev)


def hard_negative_note(b: Builder, anchor: datetime) -> None:
    """Look-alike: the term appears, but in an acceptable use (language.md §3)."""
    at = b.moment(anchor.date(), 9, 18)
    age = b.child.age_on(at.date())
    if age >= 16 and b.rng.random() < 0.25:
        agency, context = _note_agency_and_context(b, at, police=False)
        sentence = fill(b.rng, HARD_NEGATIVE_16_PLUS, b.ctx(at))
        ev = b.add(agency, "note", at, text=f"{context} {sentence}")
        b.expect("language_hard_negative_peer_16_plus", "victim_blaming_language", False, ev)
        return
    kind = pick(b.rng, sorted(HARD_NEGATIVE))
    source = HOLDOUT_NEGATIVES if b.holdout and kind in HOLDOUT_NEGATIVES else HARD_NEGATIVE
    templates = tuple(t for t in source[kind] if age < 16 or "consent," not in t)
    templates = templates or HARD_NEGATIVE["vulnerable"]
    if age >= 16:
        templates = tuple(t for t in templates if "cannot consent" not in t) or templates
    agency, context = _note_agency_and_context(b, at, police=kind not in _SEXUAL_NEGATIVES)
    sentence = fill(b.rng, templates, b.ctx(at))
    ev = b.add(agency, "note", at, text=f"{context} {sentence}")
    b.expect(f"language_hard_negative_{kind}", "victim_blaming_language", False, ev)
