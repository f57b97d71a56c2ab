"""Context checks that only reject may run in any order: the reordered checks give what the
checks in their first-written order give, sentence by sentence and on random mixes."""

import random
from datetime import date

import pytest

from concord_engine.screening import context, language, signals
from concord_engine.screening.language import (
    _COERCED,
    _COERCIBLE,
    _OFFENCE_PREFIX,
    LanguageMatch,
    _family_context_allows,
    _not_the_professionals_label,
    _quoted_ok,
)
from concord_engine.screening.lexicon import Lexicon, language_lexicon
from concord_engine.screening.scanner import (
    LANGUAGE,
    LANGUAGE_LOOK_ALIKE,
    LOOK_ALIKE,
    OFFENCE_TITLE,
    Hit,
    default_scanner,
)
from concord_engine.screening.signals import (
    _KINDS,
    _NOT_PRESENT,
    EventSignals,
    Span,
    analyse,
    kind_context_allows,
    within,
)
from concord_engine.screening.tests.helpers import child, ev
from concord_engine.screening.tests.test_free_text import (
    DISCLOSURES,
    INDICATORS,
    NOT_DISCLOSURES,
    NOT_INDICATORS,
)

LANGUAGE_TEXTS = [
    "She continues to put herself at risk by going to the flat.",
    "Described by staff as streetwise and making her own choices.",
    "She said 'he is my boyfriend and I love him' and asked to end the visit.",
    "The risk-taking behaviour of the adults around her is the concern.",
    "She cannot consent, she is 13; this has been shared with police.",
    "She is not putting herself at risk, the adults are exploiting her.",
    "Previously described as promiscuous; this language was challenged.",
    "A man made her send images of herself.",
    "She consented to the referral to CAMHS.",
    "She is in a 'relationship' with a 21-year-old man.",
    "Her boyfriend, who is 15, is in her year at school.",
    "She is sexually active with her 24 year old boyfriend.",
    "Exchanging sex for cannabis and lifts according to the school.",
    "Mum said she was 'asking for it'. No further action.",
    "Seen getting into a car with two older males near the takeaway.",
    "She was reported missing overnight and returned at 06:00 by taxi.",
    # Someone else's words or subject, and look-alikes (ADR 0051, second addendum).
    "She said the boy in her class called her a slag and she was upset.",
    "Mum has been sexually active with a new partner; she is sexually active with older men.",
    "Her diabetes is out of control and she is out of control at home.",
    "Her lifestyle has stabilised; her lifestyle choices were discussed.",
]
TEXTS = [
    *DISCLOSURES,
    *NOT_DISCLOSURES,
    *(text for text, _ in INDICATORS),
    *(text for text, _ in NOT_INDICATORS),
    *LANGUAGE_TEXTS,
]
BIRTHS = (date(2010, 6, 1), date(2007, 6, 1), date(2014, 6, 1), None)


def _indicator_counts_first_order(sig: EventSignals, hit: Hit, sentence: Span) -> bool:
    """`_indicator_counts` with its tests in the order first written."""
    norm = sig.norm
    if context.is_negated(norm, hit.start, sentence[0]):
        return False
    if _NOT_PRESENT.search(norm, max(sentence[0], hit.start - 80), hit.start):
        return False
    if context.other_person_before(norm, hit.start, sentence[0]):
        return False
    kind = _KINDS[hit.name]
    if kind.under_age is not None and (sig.age is None or sig.age >= kind.under_age):
        return False
    if not kind_context_allows(kind, norm, hit, sentence):
        return False
    return not kind.needs_adults or context.adults_near(norm, hit.start, hit.end, sentence)


def _sentence_rejects_first_order(norm: str, hit: Hit, family_id: str, sentence: Span) -> bool:
    """The sentence checks of `judge`, each in the order first written (the label check last)."""
    if context.is_negated(norm, hit.start, sentence[0]):
        return True
    if context.is_corrected(norm, hit.start, hit.end, sentence):
        return True
    if family_id in _COERCIBLE and _COERCED.search(
        norm, max(sentence[0], hit.start - 50), hit.start
    ):
        return True
    return _not_the_professionals_label(norm, hit, sentence)


def _judge_first_order(sig: EventSignals, lexicon: Lexicon) -> list[LanguageMatch]:
    """`judge` with its checks in the order first written, families found by scanning."""
    hits = [h for h in sig.hits if h.kind == LANGUAGE]
    if not hits:
        return []
    norm = sig.norm
    offence_spans = [
        (h.start, h.end)
        for h in sig.hits
        if h.kind == OFFENCE_TITLE or (h.kind == LOOK_ALIKE and h.name == LANGUAGE_LOOK_ALIKE)
    ]
    quotes = context.quote_spans(norm)
    matches: list[LanguageMatch] = []
    taken: list[Span] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        span = (hit.start, hit.end)
        if within(span, taken) or within(span, offence_spans):
            continue
        taken.append(span)
        family = lexicon.family(hit.name)
        if _OFFENCE_PREFIX.search(norm, max(0, hit.start - 40), hit.start):
            continue
        sentence = context.sentence_bounds(norm, hit.start, hit.end)
        ok, note = _quoted_ok(sig, hit, quotes)
        if not ok:
            continue
        if _sentence_rejects_first_order(norm, hit, family.id, sentence):
            continue
        if not note and not _family_context_allows(sig, hit, family, sentence):
            continue
        matches.append(
            LanguageMatch(
                phrase=sig.event.text[hit.start : hit.end], span=span, family=family, note=note
            )
        )
    return matches


def _outcome(text: str, birth: date | None, related: bool) -> list[object]:
    adult = date(1990, 1, 1) if related else None
    event = ev("GMP", "note", "2025-03-03 10:00", text=text, related_birth=adult)
    analysis = analyse(child(event, dob=birth), default_scanner())
    lexicon = language_lexicon()
    return [
        (
            sig.sexual_offence,
            sig.offence_spans,
            sig.indicators,
            language.judge(sig, lexicon) if sig.hits else [],
        )
        for sig in analysis.events
    ]


def _both(monkeypatch: pytest.MonkeyPatch, text: str, birth: date | None, related: bool) -> None:
    now = _outcome(text, birth, related)
    with monkeypatch.context() as patch:
        patch.setattr(signals, "_indicator_counts", _indicator_counts_first_order)
        patch.setattr(language, "judge", _judge_first_order)
        before = _outcome(text, birth, related)
    assert now == before, text


@pytest.mark.parametrize("text", TEXTS)
def test_each_sentence_as_in_the_first_order(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    for birth in BIRTHS:
        for related in (False, True):
            _both(monkeypatch, text, birth, related)


def test_random_mixes_as_in_the_first_order(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    for _ in range(300):
        text = " ".join(rng.choice(TEXTS) for _ in range(rng.randint(2, 5)))
        _both(monkeypatch, text, rng.choice(BIRTHS), rng.random() < 0.3)


def test_overlapping_language_phrases_as_in_the_first_order(monkeypatch: pytest.MonkeyPatch):
    # Nested and overlapping phrases (the reach of the taken phrases replaces a list of them).
    texts = [
        "She is in a sexual relationship with him and is sexually active with older men.",
        "Sexual relationship with a 24 year old; sex with him was her choice, making her choices.",
        "Putting herself at risk, put herself at risk, at risk.",
    ]
    for text in texts:
        for birth in BIRTHS:
            _both(monkeypatch, text, birth, False)
