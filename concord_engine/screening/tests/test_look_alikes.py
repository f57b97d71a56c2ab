"""Look-alikes: longer phrases that hold a lexicon phrase but are not findings (ADR 0051).

Each lexicon's `look_alikes` take back only the phrases inside them, only for that lexicon, and
every look-alike must hold a phrase of its lexicon (a look-alike around nothing is dead data).
"""

from dataclasses import replace
from datetime import date

import pytest

from concord_engine.screening.language import judge
from concord_engine.screening.lexicon import indicator_lexicon, language_lexicon
from concord_engine.screening.normalise import normalise
from concord_engine.screening.scanner import (
    DISCLOSURE,
    INDICATOR,
    LANGUAGE,
    LANGUAGE_LOOK_ALIKE,
    LOOK_ALIKE,
    SIGNAL_LOOK_ALIKE,
    Scanner,
    default_scanner,
)
from concord_engine.screening.signals import EventSignals, analyse
from concord_engine.screening.tests.helpers import child, ev
from concord_engine.screening.tests.test_free_text import signals
from concord_engine.screening.tests.test_language_variants import families as language_families

WHEN = "2025-03-03 10:00"
AGE_14 = date(2010, 6, 1)


@pytest.mark.parametrize(
    ("look_alikes", "name", "kinds"),
    [
        (language_lexicon().look_alikes, LANGUAGE_LOOK_ALIKE, {LANGUAGE}),
        (indicator_lexicon().look_alikes, SIGNAL_LOOK_ALIKE, {INDICATOR, DISCLOSURE}),
    ],
)
def test_every_look_alike_holds_a_phrase_of_its_lexicon(look_alikes, name, kinds):
    assert look_alikes
    for phrase in look_alikes:
        hits = default_scanner().scan(normalise(phrase))
        alike = [h for h in hits if h.kind == LOOK_ALIKE and h.name == name]
        assert alike, phrase
        inside = [
            h
            for h in hits
            if h.kind in kinds and alike[0].start <= h.start and h.end <= alike[0].end
        ]
        assert inside, f"{phrase!r} holds no phrase of its lexicon"


@pytest.mark.parametrize(
    "text",
    [
        "Her diabetes is out of control and she needs support with insulin.",
        "She is struggling and out of control of her asthma at night.",
        "Her lifestyle has stabilised since moving placement.",
        "She enjoyed the attention at her birthday party.",
        "She enjoys the attention of her foster carers.",
    ],
)
def test_language_look_alikes_are_not_findings(text):
    assert language_families(text) == set(), text


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # The same terms outside a look-alike still count, in the same note.
        ("She is out of control and her diabetes is out of control.", "adultifying_labels"),
        ("She enjoys the attention from older men.", "invitation_myths"),
        ("Her lifestyle is a concern to all agencies.", "choice_framing"),
    ],
)
def test_language_terms_outside_a_look_alike_still_count(text, family):
    assert family in language_families(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chlamydia screening posters are in the school toilets.",
        "Sexual health leaflets handed out in assembly.",
        "Excluded from the school trip because of the cost.",
        "He ran off with the ball at break time.",
        "She ran off down the corridor when asked to stay behind.",
    ],
)
def test_indicator_look_alikes_signal_nothing(text):
    sig = signals(text)
    assert not sig.indicators, text
    assert not sig.sexual_offence, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "She was excluded from the school trip and then permanently excluded from school.",
            "school",
        ),
        ("Sexual health leaflet given; went to the GUM clinic with chlamydia.", "sexual_health"),
    ],
)
def test_indicators_outside_a_look_alike_still_count(text, kind):
    assert kind in signals(text).indicators, text


def _analysed(text: str, scanner: Scanner) -> EventSignals:
    event = ev("GMP", "note", WHEN, text=text)
    return next(s for s in analyse(child(event, dob=AGE_14), scanner).events if s.event is event)


def test_each_lexicons_look_alikes_take_back_only_its_own_phrases():
    # No shipped look-alike holds the other lexicon's phrases, so each direction is built here:
    # a language look-alike around an indicator phrase, an indicator look-alike around a term.
    language, indicators = language_lexicon(), indicator_lexicon()
    text = "Found drunk in the park; she is putting herself at risk."
    crossed = Scanner(
        replace(language, look_alikes=("found drunk in the park",)),
        replace(indicators, look_alikes=("putting herself at risk",)),
    )
    sig = _analysed(text, crossed)
    assert "substances" in sig.indicators
    assert [m.family.id for m in judge(sig, language)] == ["putting_self_at_risk"]
    # The same look-alikes in their own lexicons do take the phrases back.
    own = Scanner(
        replace(language, look_alikes=("putting herself at risk",)),
        replace(indicators, look_alikes=("found drunk in the park",)),
    )
    sig = _analysed(text, own)
    assert "substances" not in sig.indicators
    assert judge(sig, language) == []
