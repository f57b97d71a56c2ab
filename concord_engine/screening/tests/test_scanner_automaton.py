"""The scanner's automaton (`ahocorasick_rs`, ADR 0052 sixth round) against the pyahocorasick
scan it replaced and against a brute-force scan, hits and their order included."""

import random
from itertools import accumulate

import ahocorasick

from concord_engine.screening.lexicon import (
    IndicatorLexicon,
    LanguageFamily,
    Lexicon,
    indicator_lexicon,
    language_lexicon,
)
from concord_engine.screening.normalise import normalise
from concord_engine.screening.scanner import (
    SEPARATOR,
    Scanner,
    _grouped,
    default_scanner,
    scan_form,
)

HitTuple = tuple[str, str, int, int]

# Word glue: spaces, punctuation, nothing at all (a word glued to the next, a non-ASCII letter
# glued to a phrase), and non-ASCII spaces and dashes that the normal form keeps or turns.
_GLUE = [" ", " ", " ", " ", "", ", ", ". ", "-", "'", "\u2019", "\u00a0", "\u2003", "\t", "\n"]
_ODD = ["Zo\u00eb", "\u00e9", "\u0130", "\u03a3\u039f\u03a3", "caf\u00e9", "\U0001f600", "_", "19"]


def _pyahocorasick_scan(
    grouped: dict[str, list[tuple[str, str]]],
) -> "ahocorasick.Automaton":
    automaton = ahocorasick.Automaton()
    for phrase, values in grouped.items():
        automaton.add_word(f" {phrase} ", (len(phrase), tuple(values)))
    automaton.make_automaton()
    return automaton


def _plain_hits(automaton: "ahocorasick.Automaton", norm: str) -> list[HitTuple]:
    """`Scanner.scan` as it was written with pyahocorasick (up to `5c40acd`)."""
    hits: list[HitTuple] = []
    spaced = f" {scan_form(norm)} "
    for end_index, (length, values) in automaton.iter(spaced):
        end = end_index - 1
        for kind, name in values:
            hits.append((kind, name, end - length, end))
    return hits


def _brute_hits(grouped: dict[str, list[tuple[str, str]]], norm: str) -> list[HitTuple]:
    """Every " phrase " in the scan copy, by end and at one end longest first."""
    spaced = f" {scan_form(norm)} "
    longest = max(map(len, grouped)) + 2
    found = []
    for start in range(len(spaced)):
        for end in range(start + 3, min(len(spaced), start + longest) + 1):
            values = grouped.get(spaced[start + 1 : end - 1])
            if spaced[start] == spaced[end - 1] == " " and values:
                found.append((end, start, values))
    found.sort(key=lambda f: (f[0], f[1]))
    return [(kind, name, start, end - 2) for end, start, values in found for kind, name in values]


def _text(rng: random.Random, words: list[str], odd: bool) -> str:
    parts = []
    for _ in range(rng.randint(0, 25)):
        parts.append(rng.choice(_ODD) if odd and rng.random() < 0.1 else rng.choice(words))
        parts.append(rng.choice(_GLUE))
    return "".join(parts)


def _as_tuples(scanner: Scanner, norm: str) -> list[HitTuple]:
    return [(h.kind, h.name, h.start, h.end) for h in scanner.scan(norm)]


def test_the_shipped_scanner_finds_what_pyahocorasick_found_in_its_order():
    grouped = _grouped(language_lexicon(), indicator_lexicon())
    plain = _pyahocorasick_scan(grouped)
    rng = random.Random(61)
    phrases = list(grouped)
    # Whole phrases, and their words shuffled, so hits overlap and share their ends.
    words = [*phrases, *(w for p in rng.sample(phrases, 400) for w in p.split())]
    scanner = default_scanner()
    with_hits = 0
    for round_ in range(1500):
        norm = normalise(_text(rng, words, odd=round_ % 2 == 1))
        expected = _plain_hits(plain, norm)
        assert _as_tuples(scanner, norm) == expected, norm
        with_hits += len(expected) > 1
    assert with_hits > 1000


def _lexicon(rng: random.Random, words: list[str]) -> Lexicon:
    families = []
    for number in range(3):
        phrases = {" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(12)}
        families.append(
            LanguageFamily(
                id=f"f{number}", row=number, title="", why="", alternatives=(), source="",
                context="", phrases=tuple(sorted(phrases)),
            )
        )  # fmt: skip
    return Lexicon(version="t", families=tuple(families), offence_titles=("a b",))


def test_small_lexicons_match_a_brute_force_scan_ascii_or_not():
    """Few short words, so phrases overlap, nest and end together; with a non-ASCII word in the
    lexicon the scanner takes its `str` automaton, without one its bytes automaton."""
    rng = random.Random(62)
    none = IndicatorLexicon(version="t", indicators=(), disclosures={})
    for words in (["a", "b", "ab", "ba", "aa", "c"], ["a", "b", "ab", "\u00e9", "caf\u00e9", "c"]):
        for _ in range(40):
            lexicon = _lexicon(rng, words)
            grouped = _grouped(lexicon, none)
            scanner = Scanner(lexicon, none)
            assert scanner._ascii is all(p.isascii() for p in grouped)
            for round_ in range(40):
                texts = [_text(rng, words, odd=round_ % 2 == 1) for _ in range(rng.randint(0, 6))]
                for text in texts:
                    norm = normalise(text)
                    assert _as_tuples(scanner, norm) == _brute_hits(grouped, norm), (grouped, norm)
                found = {
                    index: (norm, [(h.kind, h.name, h.start, h.end) for h in hits])
                    for index, (norm, hits) in scanner.scan_texts(texts).items()
                }
                assert found == _brute_split(grouped, texts), (grouped, texts)


def _brute_split(
    grouped: dict[str, list[tuple[str, str]]], texts: list[str]
) -> dict[int, tuple[str, list[HitTuple]]]:
    """Brute-force hits of the normalised joined texts, given to the texts that hold them (the
    joined text is normalised as a whole, as `scan_texts` does for non-ASCII input: a final
    sigma, for one, lower-cases by its neighbours)."""
    joined = normalise(SEPARATOR.join(["", *texts, ""]))
    out: dict[int, tuple[str, list[HitTuple]]] = {}
    starts = list(accumulate((len(t) + len(SEPARATOR) for t in texts), initial=len(SEPARATOR)))
    for kind, name, start, end in _brute_hits(grouped, joined):
        index = next(i for i, text in enumerate(texts) if start < starts[i] + len(text))
        base = starts[index]
        norm = joined[base : base + len(texts[index])]
        out.setdefault(index, (norm, []))[1].append((kind, name, start - base, end - base))
    return out
