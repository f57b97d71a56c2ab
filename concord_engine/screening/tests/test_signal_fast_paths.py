"""The analysis' fast paths give what the plain versions give, on random input."""

import random
from datetime import date

from concord_engine.screening import context
from concord_engine.screening.scanner import INDICATOR, Hit, default_scanner
from concord_engine.screening.signals import (
    _BEFORE_MARKERS,
    _KINDS,
    _NOT_PRESENT,
    _STRUCTURED_TYPES,
    EventSignals,
    Span,
    _indicator_counts,
    _structured,
    analyse,
    kind_context_allows,
)
from concord_engine.screening.tests.helpers import child, ev

# Every word the three checks look for, in the forms they take, and near misses.
_PIECES = [
    "she", "her", "he", "was", "is", "with", "any", "or", "and", "the", "a", "one", "in", "at",
    "not", "never", "can't", "don't", "cannot", "nor", "denies", "denied", "won't", "n't", "nil",
    "no evidence of", "no concerns about", "nothing to suggest", "denies any", "has never",
    "mum", "mum's", "mom", "mother", "dad", "father", "stepdad", "step mum", "parents",
    "parents'", "parental", "carer", "foster carers", "grandmother", "grandad", "nan", "uncle",
    "aunty", "auntie", "cousin", "brother", "sister's", "siblings", "friend", "friends'",
    "classmate", "peers", "another girl", "another young person", "a girl in her class",
    "the pupil at the school", "one boy from the home", "found", "said", "got", "been",
    "knot", "nano", "piano", "grandstand", "stepping", "boyish", "denver", "notable", "nothing",
    "'", "'no", "\u00e9no", "n", "o", "13", ". ", "; ", "  ", ",", ".", " ", " ", " ", "\u00e9",
]  # fmt: skip


def _text(rng: random.Random) -> str:
    words = (rng.choice(_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 40)))
    return "".join(words)


def _window(norm: str, start: int, sentence_start: int) -> str:
    return norm[max(sentence_start, start - 80) : start]


def test_without_a_marker_none_of_the_three_checks_rejects():
    rng = random.Random(21)
    seen = {"marker": 0, "none": 0, "negated": 0, "absent": 0, "person": 0}
    for _ in range(20000):
        norm = _text(rng)
        start = rng.randint(0, len(norm))
        sentence_start = rng.randint(0, start) if rng.random() < 0.5 else 0
        negated = context.is_negated(norm, start, sentence_start)
        absent = _NOT_PRESENT.search(norm, max(sentence_start, start - 80), start) is not None
        person = context.other_person_before(norm, start, sentence_start)
        victim = context.other_person_before(norm, start, sentence_start, as_victim=True)
        seen["negated"] += negated
        seen["absent"] += absent
        seen["person"] += person
        if _BEFORE_MARKERS.search(_window(norm, start, sentence_start)) is None:
            seen["none"] += 1
            assert [negated, absent, person, victim] == [False] * 4, (norm, start, sentence_start)
        else:
            seen["marker"] += 1
    # The random text reaches every branch, so the test can fail.
    assert min(seen.values()) > 200, seen


def test_window_edges_mid_word_and_at_the_sentence_start():
    for before in ("mum", "um", "'no evidence of", "o evidence of", "r friend", "xfriend"):
        for pad in ("", "x", " ", "stepfather said that", "a" * 90):
            norm = f"{pad}{before} drinks"
            start = len(norm) - len("drinks")
            for sentence_start in range(len(pad) + 2):
                plain = (
                    context.is_negated(norm, start, sentence_start)
                    or _NOT_PRESENT.search(norm, max(sentence_start, start - 80), start)
                    or context.other_person_before(norm, start, sentence_start)
                )
                if _BEFORE_MARKERS.search(_window(norm, start, sentence_start)) is None:
                    assert not plain, (norm, sentence_start)


def _indicator_counts_plain(sig: EventSignals, hit: Hit, sentence: Span) -> bool:
    """`_indicator_counts` without the marker search."""
    kind = _KINDS[hit.name]
    if kind.under_age is not None and (sig.age is None or sig.age >= kind.under_age):
        return False
    norm = sig.norm
    if kind.needs_adults and not context.adults_near(norm, hit.start, hit.end, sentence):
        return False
    if not kind_context_allows(kind, norm, hit, sentence):
        return False
    if context.is_negated(norm, hit.start, sentence[0]):
        return False
    if _NOT_PRESENT.search(norm, max(sentence[0], hit.start - 80), hit.start):
        return False
    return not context.other_person_before(norm, hit.start, sentence[0])


def test_indicator_counts_as_without_the_fast_path():
    rng = random.Random(22)
    kinds = sorted(_KINDS)
    births = (date(2010, 6, 1),)
    outcomes = set()
    for _ in range(5000):
        norm = _text(rng) + " drinks alcohol " + _text(rng)
        sig = EventSignals(ev("GMP", "note", "2025-03-03 10:00", text=norm), births)
        sig.norm = norm
        start = rng.randint(0, len(norm) - 1)
        hit = Hit(INDICATOR, rng.choice(kinds), start, rng.randint(start + 1, len(norm)))
        sentence = context.sentence_bounds(norm, hit.start, hit.end)
        expected = _indicator_counts_plain(sig, hit, sentence)
        assert _indicator_counts(sig, hit, sentence) == expected, (norm, hit)
        outcomes.add(expected)
    assert outcomes == {True, False}


_TYPES = [
    "note", "incident", "crime", "referral", "contact", "assessment", "missing_report",
    "missing_episode", "return_interview", "absence", "exclusion", "sexual_health",
    "risk_assessment", "protection_notice", "support_referral", "victim_needs_assessment",
    "strategy_meeting", "visit",
]  # fmt: skip
_CODES = ["", "17A", "19C", "56/1", "18/2", "SEXUAL ASSAULT", "MISPER", "ABSENT CHILD", "10A",
          "11A,24A", "21A", "ASB"]  # fmt: skip


def test_structured_signals_as_when_read_from_every_non_note():
    # The plain version ran `_structured` on every event that is not a note.
    rng = random.Random(23)
    births = (date(2010, 6, 1),)
    changed = 0
    for _ in range(3000):
        event = ev(
            "GMP",
            rng.choice(_TYPES),
            f"20{rng.randint(20, 26)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00",
            code=rng.choice(_CODES),
        )
        plain = EventSignals(event, births)
        if event.type != "note":
            _structured(plain)
        fast = EventSignals(event, births)
        if event.type in _STRUCTURED_TYPES:
            _structured(fast)
        assert (fast.indicators, fast.sexual_offence) == (plain.indicators, plain.sexual_offence)
        changed += bool(plain.indicators) or plain.sexual_offence
    assert changed > 300


def test_hits_built_without_the_named_tuple_constructor():
    scanner = default_scanner()
    rng = random.Random(24)
    texts = ["Drunk and missing, seen with older males.", "She was groomed. Sexual assault.", ""]
    for _ in range(200):
        batch = [rng.choice(texts) for _ in range(rng.randint(1, 5))]
        for _, hits in scanner.scan_texts(batch).values():
            for hit in hits:
                assert type(hit) is Hit
                assert hit == Hit(hit.kind, hit.name, hit.start, hit.end)
                assert hit._asdict() == Hit(*hit)._asdict()


def test_analysis_keeps_every_non_note_and_each_note_with_a_hit():
    rng = random.Random(25)
    texts = ["", "Seen with older males, drunk.", "Routine visit, all well."]
    for _ in range(300):
        events = [
            ev("GMP", rng.choice(_TYPES), f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00",
               text=rng.choice(texts))
            for _ in range(rng.randint(0, 12))
        ]  # fmt: skip
        kept = analyse(child(*events), default_scanner()).events
        expected = [e for e in events if e.type != "note" or "drunk" in e.text]
        assert sorted(s.event.ref for s in kept) == sorted(e.ref for e in expected)
