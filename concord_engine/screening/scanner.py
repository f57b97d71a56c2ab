"""One multi-pattern pass (Aho-Corasick) finds every lexicon, indicator and offence phrase.

Whole words only, without a per-hit check: the scan runs over a copy of the text in which every
character that is not a letter or digit reads as a space (outside ASCII: punctuation, symbols,
separators and control or format characters), and every pattern is stored with a space at each
end. A phrase therefore matches only between word boundaries, and spurious
substring hits ("sti" in "still") never reach Python.

The automaton is `ahocorasick_rs` (the Rust `aho-corasick` crate) as a DFA over bytes (ADR
0052, sixth round). Its overlapping matches come in the order pyahocorasick gave them: by end,
and at one end longest first.
"""

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

import ahocorasick_rs

from .lexicon import IndicatorLexicon, Lexicon, indicator_lexicon, language_lexicon
from .normalise import ASCII_TABLE, WHITE, WHITE_CLASS, is_paragraph_break, normalise

# Hit kinds.
LANGUAGE = "lang"
INDICATOR = "ind"
DISCLOSURE = "dis"
OFFENCE_TITLE = "off"
AGE_PHRASE = "age"
PARTNER_AGE = "pag"
LOOK_ALIKE = "not"  # a longer phrase around a lexicon phrase that makes it no finding
# A look-alike's name: the lexicon whose phrases it takes back.
LANGUAGE_LOOK_ALIKE = "language"
SIGNAL_LOOK_ALIKE = "signal"


class Hit(NamedTuple):
    """A phrase found at [start, end) of the normalised text.

    A named tuple: a screen makes one per phrase hit, and a tuple is built in a third of the
    time of a frozen dataclass.
    """

    kind: str
    name: str
    start: int
    end: int


# `Hit(kind, name, start, end)` without the named tuple's Python-level `__new__`.
_new_hit = tuple.__new__


def _entries(lexicon: Lexicon, indicators: IndicatorLexicon) -> dict[str, list[tuple[str, str]]]:
    """Every phrase with the (kind, name) pairs it stands for."""
    pairs: list[tuple[str, str, str]] = []
    for family in lexicon.families:
        pairs.extend((phrase, LANGUAGE, family.id) for phrase in family.phrases)
    pairs.extend((title, OFFENCE_TITLE, "offence") for title in lexicon.offence_titles)
    for spec in indicators.indicators:
        pairs.extend((phrase, INDICATOR, spec.name) for phrase in spec.phrases)
        pairs.extend((phrase, AGE_PHRASE, spec.name) for phrase in spec.age_phrases)
        pairs.extend((phrase, PARTNER_AGE, spec.name) for phrase in spec.partner_phrases)
    for klass, phrases in indicators.disclosures.items():
        pairs.extend((phrase, DISCLOSURE, klass) for phrase in phrases)
    pairs.extend((phrase, LOOK_ALIKE, LANGUAGE_LOOK_ALIKE) for phrase in lexicon.look_alikes)
    pairs.extend((phrase, LOOK_ALIKE, SIGNAL_LOOK_ALIKE) for phrase in indicators.look_alikes)
    entries: dict[str, list[tuple[str, str]]] = {}
    for phrase, kind, name in pairs:
        entries.setdefault(phrase, []).append((kind, name))
    return entries


def _reads_as_space(code: int) -> bool:
    """Whether a character reads as a space in the scan copy: ASCII punctuation, and outside
    ASCII (in the Basic Multilingual Plane) punctuation, symbols, separators and control or
    format characters, so that "at risk…", "•putting" or a zero-width space still leave a
    phrase whole. Letters and digits of any script do not."""
    char = chr(code)
    if code < 128:
        return code != 0 and char != " " and not char.isalnum()
    return unicodedata.category(char) in _SPACE_CATEGORIES


_SPACE_CATEGORIES = frozenset(
    {"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf"}
)
# Every such character reads as a space in the scan copy (same length).
_SCAN_TABLE = str.maketrans({chr(c): " " for c in range(1, 0x10000) if _reads_as_space(c)})
# Text joined from several events is separated by this: no phrase can match across it.
SEPARATOR = " \x00 "


def join_texts(texts: Sequence[str]) -> str:
    """Several events' texts as `Scanner.scan_texts` scans them: each with a `SEPARATOR` before
    it, and one after the last."""
    return SEPARATOR.join(["", *texts, ""])


_SCAN_BYTES = bytes(c if c >= 128 or chr(c).isalnum() or c == 0 else ord(" ") for c in range(256))


# `scan_form(normalise(text))` of ASCII text in one table lookup per byte: lower-case, then
# punctuation as spaces (the composition of the two tables, so the same result by construction).
_NORMALISED_SCAN_BYTES = bytes(_SCAN_BYTES[c] for c in ASCII_TABLE)


def scan_form(text: str) -> str:
    """A phrase or text as the scanner sees it: punctuation as spaces."""
    if text.isascii():
        return text.encode("ascii").translate(_SCAN_BYTES).decode("ascii")
    return text.translate(_SCAN_TABLE)


_STEP = len(SEPARATOR)
_W = WHITE_CLASS  # in the patterns below


def _run_led_by(lead: str) -> re.Pattern[str]:
    """A run of white space of two or more characters between two letters or digits, found at
    its first or second character when that character is `lead` (one character): led by it, a
    literal the search skips to, with the letter or digit just before the run in a lookbehind.
    From its first character the run must go on; from its second it is long enough."""
    return re.compile(f"{lead}(?:(?<=[^\\W_]{lead}){_W}+|(?<=[^\\W_]{_W}{lead}){_W}*)(?=[^\\W_])")


# Every run of two or more white-space characters starts with two spaces, or has one of the
# other white-space characters first or second: one search led by two spaces, and one led by
# each other character (where the joined texts hold it) find them all, each at its start or one
# character after it. A run with two line breaks (a blank line) is a paragraph break, and is
# left out after the search.
_DOUBLE_SPACE_RUN = re.compile(f"  (?<=[^\\W_]  ){_W}*(?=[^\\W_])")
_RUNS_LED_BY = tuple((lead, _run_led_by(lead)) for lead in "\n\r\t\u00a0")
# Whether ASCII bytes hold two spaces in a row: the `memchr` crate's SIMD search of the Rust
# automaton, about ten times as fast as the regular expression's search for the same two
# characters (which find a space at nearly every word), so that text with no such pair costs
# almost nothing more.
_find_double_space = ahocorasick_rs.BytesAhoCorasick([b"  "]).find_matches_as_indexes
# A hit's place in the order `scan` gives: by end, and at one end longest (earliest start) first.
_SPAN_ORDER = attrgetter("end", "start")


def _text_at(preceding: list[int], position: int) -> int:
    """The index of the text that holds `position` of the texts joined by `SEPARATOR` (which
    also leads the joined string), given the length of all text before each text.

    Text i starts at `preceding[i] + _STEP * (i + 1)`. The text at `position` is the last i
    whose start is at or before it; its `preceding[i]` is then at most `position - _STEP`, so
    the bisect lands on it or after it, and the loop steps back over the texts that the
    separators before them put past `position` (seldom more than one).
    """
    index = bisect_right(preceding, position - _STEP) - 1
    while preceding[index] + _STEP * (index + 1) > position:
        index -= 1
    return index


# A DFA: about a fifth faster than the contiguous NFA on case notes, for about 45 MB more memory
# with the shipped lexicon (ADR 0052, sixth round).
_IMPLEMENTATION = ahocorasick_rs.Implementation.DFA

# `find_matches_as_indexes(haystack, overlapping)`: (pattern, start, end) of every match.
_Find = Callable[..., list[tuple[int, int, int]]]


def _grouped(lexicon: Lexicon, indicators: IndicatorLexicon) -> dict[str, list[tuple[str, str]]]:
    """Every phrase as the scanner sees it (punctuation as spaces, single spaces), with the (kind,
    name) pairs of all the lexicon phrases that read as it."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for phrase, values in _entries(lexicon, indicators).items():
        grouped.setdefault(" ".join(scan_form(phrase).split()), []).extend(values)
    return grouped


class Scanner:
    """An automaton over every phrase; `scan` returns whole-word hits in text order."""

    def __init__(self, lexicon: Lexicon, indicators: IndicatorLexicon) -> None:
        grouped = _grouped(lexicon, indicators)
        patterns = [f" {phrase} " for phrase in grouped]
        self._values = [tuple(values) for values in grouped.values()]
        # With ASCII patterns (the shipped lists), no non-ASCII character can be part of a match,
        # so the text is scanned as bytes with each such character read as "?" (never in a
        # pattern: punctuation reads as space), which keeps every offset. Otherwise the text is
        # scanned as it is.
        self._ascii = all(pattern.isascii() for pattern in patterns)
        self._find: _Find
        if self._ascii:
            encoded = [pattern.encode("ascii") for pattern in patterns]
            automaton = ahocorasick_rs.BytesAhoCorasick(encoded, implementation=_IMPLEMENTATION)
            self._find = automaton.find_matches_as_indexes
        else:
            self._find = ahocorasick_rs.AhoCorasick(
                patterns, implementation=_IMPLEMENTATION
            ).find_matches_as_indexes

    def _matches(self, spaced: str) -> list[tuple[int, int, int]]:
        """Every (pattern, start, end) in the scan copy `spaced`, by end, longest first."""
        if self._ascii:
            return self._find(spaced.encode("ascii", "replace"), True)
        return self._find(spaced, True)

    def scan(self, norm: str) -> list[Hit]:
        """Every whole-word hit in normalised text, ordered by end position (longest first)."""
        hits: list[Hit] = []
        values = self._values
        for pattern, start, end in self._matches(f" {scan_form(norm)} "):
            # The pattern is " phrase ", and the scan copy is one ahead of `norm`: the phrase is
            # at [start, end - 2) of `norm`.
            for kind, name in values[pattern]:
                hits.append(Hit(kind, name, start, end - 2))
        return hits

    def scan_texts(
        self, texts: Sequence[str], joined: str | None = None
    ) -> dict[int, tuple[str, list[Hit]]]:
        """Hits of several texts in one pass: for each text with a hit, its index, its
        normalised form and its hits (offsets in the text itself), in text order. `joined` is
        `join_texts(texts)`, where the caller has that already.

        A run of two or more white-space characters between two words, with at most one line
        break, reads as one space (see `_across_white_runs`); otherwise the hits are those of
        `_scan_joined`.
        """
        found, joined, norm, preceding, spaced = self._scan_joined(texts, joined)
        runs = _white_runs(joined, preceding, spaced)
        if runs:
            self._across_white_runs(texts, runs, found, norm, preceding)
        return found

    def _scan_joined(
        self, texts: Sequence[str], joined: str | None = None
    ) -> tuple[dict[int, tuple[str, list[Hit]]], str, str, list[int], bool]:
        """Hits of several texts in one pass: for each text with a hit, its index, its
        normalised form and its hits (offsets in the text itself), in text order; with the
        joined texts, their normalised form (empty on the ASCII path), the length of the text
        before each text, and whether the joined texts may hold two spaces in a row (False only
        where they certainly do not).

        The texts are joined by `SEPARATOR`, which no phrase can cross, and scanned once. ASCII
        input (nearly all case notes) is normalised and read as the scanner sees it in a single
        byte-table pass; only texts with a hit are normalised again on their own, for the
        context checks. Other input takes the general path. Either way each text's hits and
        normalised form are those that `scan(normalise(text))` and `normalise(text)` give.
        """
        # The join first: its tight first pass over the texts meets them in memory before their
        # (then cached) lengths are summed.
        if joined is None:
            joined = join_texts(texts)
        # The text before each text, separators not counted (`_text_at` adds them per hit text).
        preceding = list(accumulate(map(len, texts), initial=0))
        norm = ""
        spaced = True
        if joined.isascii() and self._ascii:
            encoded = joined.encode("ascii")
            matches = self._find(encoded.translate(_NORMALISED_SCAN_BYTES), True)
            spaced = bool(_find_double_space(encoded))
        else:
            norm = normalise(joined)
            matches = self._matches(scan_form(norm))
        found: dict[int, tuple[str, list[Hit]]] = {}
        values = self._values
        # Hits come in order of their ends, so text by text: the text of the last hit holds
        # every later hit that starts before the next text does.
        base = following = 0
        hits: list[Hit] = []
        for pattern, start, end in matches:
            # The pattern is " phrase ": the phrase is at [start + 1, end - 1).
            start += 1
            end -= 1
            if start >= following:
                index = _text_at(preceding, start)
                base = preceding[index] + _STEP * (index + 1)
                following = base + len(texts[index]) + _STEP
                text = norm[base : base + len(texts[index])] if norm else normalise(texts[index])
                hits = []
                found[index] = (text, hits)
            for kind, name in values[pattern]:
                hits.append(_new_hit(Hit, (kind, name, start - base, end - base)))
        return found, joined, norm, preceding, spaced

    def _across_white_runs(
        self,
        texts: Sequence[str],
        runs: dict[int, list[tuple[int, int]]],
        found: dict[int, tuple[str, list[Hit]]],
        norm: str,
        preceding: list[int],
    ) -> None:
        """Add the hits of phrases that a run of white space splits ("herself\r\nat risk", a
        wrapped line's "herself \nat risk", a typed "herself  at risk"): such a run reads as two
        or more spaces in the scan copy, so no pattern matches across it.

        The texts with such runs (`runs`, by text) are scanned again, together, with each run
        read as one space. A hit whose phrase spans a shortened run is mapped back to the text's
        own offsets (its span then holds the whole run); the others were found already. Each
        text's hits stay ordered by end, longest first. A text's normalised form is taken as
        `_scan_joined` takes it (`norm`: the joined texts' normalised form on the general path,
        empty on the ASCII path).
        """
        indices = list(runs)
        shortened: list[str] = []
        places: list[tuple[list[int], list[int]]] = []
        for index in indices:
            text = texts[index]
            kept: list[str] = []
            marks: list[int] = []  # where each shortened run ends, in the shortened text
            shifts: list[int] = [0]  # characters removed before each mark
            position = 0
            for start, end in runs[index]:
                kept.append(text[position : start + 1])
                marks.append(start + 1 - shifts[-1])
                shifts.append(shifts[-1] + end - start - 1)
                position = end
            kept.append(text[position:])
            shortened.append("".join(kept))
            places.append((marks, shifts))
        added = False
        for at, (_, hits) in self._scan_joined(shortened)[0].items():
            marks, shifts = places[at]
            new = []
            for hit in hits:
                first = bisect_right(marks, hit.start)
                last = bisect_right(marks, hit.end - 1)
                if first != last:  # a shortened run inside the phrase: the first scan missed it
                    start, end = hit.start + shifts[first], hit.end + shifts[last]
                    new.append(_new_hit(Hit, (hit.kind, hit.name, start, end)))
            if new:
                added |= self._add(found, indices[at], new, texts, norm, preceding)
        if added:
            ordered = sorted(found.items())
            found.clear()
            found.update(ordered)

    @staticmethod
    def _add(
        found: dict[int, tuple[str, list[Hit]]],
        index: int,
        new: list[Hit],
        texts: Sequence[str],
        norm: str,
        preceding: list[int],
    ) -> bool:
        """Add hits to a text's, in order; whether the text had none before."""
        entry = found.get(index)
        created = entry is None
        if entry is None:
            text = texts[index]
            base = preceding[index] + _STEP * (index + 1)
            entry = (norm[base : base + len(text)] if norm else normalise(text), [])
            found[index] = entry
        entry[1].extend(new)
        # By end, and at one end longest first (a stable sort keeps the order within a span).
        entry[1].sort(key=_SPAN_ORDER)
        return created


def _white_runs(
    joined: str, preceding: list[int], spaced: bool = True
) -> dict[int, list[tuple[int, int]]]:
    """By text, in order, the [start, end) of each run of two or more white-space characters with
    at most one line break (`\\r\\n` is one) that lies between two letters or digits: only such
    a run can split a phrase, which never spans punctuation or a blank line. One search of the
    joined texts (`joined`, as `_scan_joined` joins them) led by two spaces, and one led by each
    other white-space character they hold (see `_DOUBLE_SPACE_RUN`). The first is left out
    where `spaced` is False: the caller knows the joined texts hold no two spaces in a row."""
    searches = [_DOUBLE_SPACE_RUN.finditer(joined)] if spaced else []
    searches.extend(pattern.finditer(joined) for lead, pattern in _RUNS_LED_BY if lead in joined)
    found: set[tuple[int, int]] = set()
    for search in searches:
        for match in search:
            start, end = match.span()
            if joined[start - 1] in WHITE:
                start -= 1  # found at its second character
            found.add((start, end))
    runs: dict[int, list[tuple[int, int]]] = {}
    for start, end in sorted(found):
        if is_paragraph_break(joined[start:end]):
            continue
        index = _text_at(preceding, start)
        base = preceding[index] + _STEP * (index + 1)
        runs.setdefault(index, []).append((start - base, end - base))
    return runs


@lru_cache(maxsize=1)
def default_scanner() -> Scanner:
    """The scanner over the shipped lexicon and indicator lists (built once per process)."""
    return Scanner(language_lexicon(), indicator_lexicon())
