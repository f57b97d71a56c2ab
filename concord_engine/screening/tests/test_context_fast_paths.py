"""The context helpers' fast paths give what the plain versions give, on random text."""

import random
import re

from concord_engine.screening import context
from concord_engine.screening.context import is_negated, sentence_bounds

_PIECES = [
    "she", "not", "never", "can't", "don't", "cannot", "nor", "any", "or", "and", "denies",
    "won't", "isn't", "notable", "nothing", "knot", "n't", "'", "at risk", "drunk", "1", "13",
    ". ", "! ", "? ", "; ", "  ", "   ", "\x00", ".", ",", ";", " ", " ", " ", "\u00e9", "'s",
]  # fmt: skip


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(0, 60)))


def _is_negated_plain(norm: str, start: int, sentence_start: int, window: int = 3) -> bool:
    before = norm[max(sentence_start, start - 80) : start]
    words = [w for w in re.findall(r"[a-z0-9']+", before) if w not in context._LIST_WORDS]
    return any(w in context._NEGATORS or w.endswith("n't") for w in words[-window:])


_STOPS = (". ", "! ", "? ", "; ", "  ", "\x00")


def _sentence_bounds_plain(norm: str, start: int, end: int) -> tuple[int, int]:
    """The bounds as first written: search for each stop on both sides."""
    low = max(0, start - 400)
    left = 0
    for stop in _STOPS:
        found = norm.rfind(stop, low, start)
        if found >= 0 and found + len(stop) > left:
            left = found + len(stop)
    right = len(norm)
    for stop in _STOPS:
        found = norm.find(stop, end)
        if 0 <= found < right:
            right = found + 1
    return left, right


def test_sentence_bounds_equal_searching_for_each_stop():
    rng = random.Random(11)
    for _ in range(3000):
        norm = _text(rng) if rng.random() < 0.9 else _text(rng) * 12  # some past 400 chars
        for _ in range(10):
            start = rng.randint(0, len(norm))
            end = rng.randint(start, len(norm))
            expected = _sentence_bounds_plain(norm, start, end)
            assert sentence_bounds(norm, start, end) == expected, (norm, start, end)


def test_sentence_bounds_at_the_edges():
    for norm in ("", "x", ". ", "  ", "   ", "\x00", "a. b", "a.  b  c", ".  ", "\x00 . "):
        for start in range(len(norm) + 1):
            for end in range(start, len(norm) + 1):
                assert sentence_bounds(norm, start, end) == _sentence_bounds_plain(norm, start, end)


def test_negation_fast_path_agrees_with_splitting_the_words():
    rng = random.Random(12)
    for _ in range(5000):
        norm = _text(rng)
        start = rng.randint(0, len(norm))
        sentence_start = rng.randint(0, start)
        window = rng.choice((3, 4))
        assert is_negated(norm, start, sentence_start, window) == _is_negated_plain(
            norm, start, sentence_start, window
        ), (norm, start, sentence_start)
