"""Victim-blaming language in professional notes, and hard negatives that must not be flagged."""

from datetime import datetime

from concord_engine.synth.agencies import AgencySpec
from concord_engine.synth.builder import Builder
from concord_engine.synth.model import OLDER_PARTNER, SUBSTANCES
from concord_engine.synth.rand import pick
from concord_engine.synth.texts.common import fill
from concord_engine.synth.texts.language import BLAMING, HARD_NEGATIVE, HARD_NEGATIVE_16_PLUS
from concord_engine.synth.texts.routine import ROUTINE

# What a blaming sentence also tells a reader about indicators (language.md rows 2, 6, 7).
_FAMILY_INDICATORS = {2: {OLDER_PARTNER}, 6: {SUBSTANCES}, 7: {OLDER_PARTNER}}
_UNDER_16_ONLY = frozenset({3})


def _note_agency_and_context(b: Builder, at: datetime) -> tuple[AgencySpec, str]:
    sector = pick(b.rng, ("social_care", "social_care", "police", "health"))
    agency = {
        "social_care": b.agencies.social_care,
        "police": b.agencies.police,
        "health": b.agencies.health,
    }[sector]
    return agency, fill(b.rng, ROUTINE[(sector, "note")], b.ctx(at))


def blaming_note(b: Builder, anchor: datetime) -> None:
    """Failing: a professional's own note uses a blaming term."""
    at = b.moment(anchor.date(), 9, 18)
    age = b.child.age_on(at.date())
    families = [f for f in BLAMING if age < 16 or f not in _UNDER_16_ONLY]
    family = pick(b.rng, families)
    agency, context = _note_agency_and_context(b, at)
    sentence = fill(b.rng, BLAMING[family], b.ctx(at))
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
        agency, context = _note_agency_and_context(b, at)
        sentence = fill(b.rng, HARD_NEGATIVE_16_PLUS, b.ctx(at))
        ev = b.add(agency, "note", at, text=f"{context} {sentence}")
        b.expect("language_hard_negative_peer_16_plus", "victim_blaming_language", False, ev)
        return
    kind = pick(b.rng, sorted(HARD_NEGATIVE))
    templates = tuple(t for t in HARD_NEGATIVE[kind] if age < 16 or "consent," not in t)
    templates = templates or HARD_NEGATIVE["vulnerable"]
    if age >= 16:
        templates = tuple(t for t in templates if "cannot consent" not in t) or templates
    agency, context = _note_agency_and_context(b, at)
    sentence = fill(b.rng, templates, b.ctx(at))
    ev = b.add(agency, "note", at, text=f"{context} {sentence}")
    b.expect(f"language_hard_negative_{kind}", "victim_blaming_language", False, ev)
