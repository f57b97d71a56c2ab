"""One multi-pattern pass (Aho-Corasick) finds every lexicon, indicator and offence phrase."""

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .lexicon import IndicatorLexicon, Lexicon, indicator_lexicon, language_lexicon

# Hit kinds.
LANGUAGE = "lang"
INDICATOR = "ind"
DISCLOSURE = "dis"
OFFENCE_TITLE = "off"
AGE_PHRASE = "age"


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found at [start, end) of the normalised text."""

    kind: str
    name: str
    start: int
    end: int


def _entries(lexicon: Lexicon, indicators: IndicatorLexicon) -> dict[str, list[tuple[str, str]]]:
    """Every phrase with the (kind, name) pairs it stands for."""
    pairs: list[tuple[str, str, str]] = []
    for family in lexicon.families:
        pairs.extend((phrase, LANGUAGE, family.id) for phrase in family.phrases)
    pairs.extend((title, OFFENCE_TITLE, "offence") for title in lexicon.offence_titles)
    for spec in indicators.indicators:
        pairs.extend((phrase, INDICATOR, spec.name) for phrase in spec.phrases)
        pairs.extend((phrase, AGE_PHRASE, spec.name) for phrase in spec.age_phrases)
    for klass, phrases in indicators.disclosures.items():
        pairs.extend((phrase, DISCLOSURE, klass) for phrase in phrases)
    entries: dict[str, list[tuple[str, str]]] = {}
    for phrase, kind, name in pairs:
        entries.setdefault(phrase, []).append((kind, name))
    return entries


class Scanner:
    """An automaton over every phrase; `scan` returns whole-word hits in text order."""

    def __init__(self, lexicon: Lexicon, indicators: IndicatorLexicon) -> None:
        automaton = ahocorasick.Automaton()
        for phrase, values in _entries(lexicon, indicators).items():
            automaton.add_word(phrase, (len(phrase), tuple(values)))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, norm: str) -> list[Hit]:
        """Every whole-word phrase hit in normalised text, ordered by end position."""
        hits: list[Hit] = []
        size = len(norm)
        for end_index, (length, values) in self._automaton.iter(norm):
            start = end_index - length + 1
            end = end_index + 1
            if start > 0 and norm[start - 1].isalnum():
                continue
            if end < size and norm[end].isalnum():
                continue
            for kind, name in values:
                hits.append(Hit(kind, name, start, end))
        return hits


@lru_cache(maxsize=1)
def default_scanner() -> Scanner:
    """The scanner over the shipped lexicon and indicator lists (built once per process)."""
    return Scanner(language_lexicon(), indicator_lexicon())
