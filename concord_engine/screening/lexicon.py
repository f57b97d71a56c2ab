"""Load the language lexicon and the indicator phrase lists (YAML data files beside this module)."""

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .templates import TemplateError, expand


@dataclass(frozen=True, slots=True)
class LanguageFamily:
    """One row of the language guidance: the terms, why they harm, the alternatives, the source."""

    id: str
    row: int
    title: str
    why: str
    alternatives: tuple[str, ...]
    source: str
    context: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The language lexicon: families and the offence titles that are never findings."""

    version: str
    families: tuple[LanguageFamily, ...]
    offence_titles: tuple[str, ...]
    # Longer phrases holding a term that are not findings ("out of control of her diabetes").
    look_alikes: tuple[str, ...] = ()

    def family(self, family_id: str) -> LanguageFamily:
        """The family with this id."""
        for family in self.families:
            if family.id == family_id:
                return family
        raise KeyError(family_id)


@dataclass(frozen=True, slots=True)
class IndicatorKind:
    """One exploitation indicator kind and its phrases."""

    name: str
    title: str
    phrases: tuple[str, ...]
    needs_adults: bool
    under_age: int | None
    age_phrases: tuple[str, ...]
    partner_phrases: tuple[str, ...] = ()
    context: str = ""  # a judgement this kind needs beyond the common ones ("" for none)


@dataclass(frozen=True, slots=True)
class IndicatorLexicon:
    """Indicator kinds and disclosure phrase classes (force, activity, exchange)."""

    version: str
    indicators: tuple[IndicatorKind, ...]
    disclosures: dict[str, tuple[str, ...]]
    # Longer phrases holding an indicator or disclosure phrase that signal nothing.
    look_alikes: tuple[str, ...] = ()


def _read(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("lexicon", name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise TemplateError(f"{name}: expected a mapping at the top level")
    return data


def _sets(data: dict[str, Any]) -> dict[str, list[str]]:
    """The named word sets, each a list of strings (a bare number in YAML is an error)."""
    sets: dict[str, list[str]] = data.get("sets", {})
    for name, words in sets.items():
        if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
            raise TemplateError(f"set {name!r}: expected a list of quoted strings")
    return sets


def _phrases(templates: list[str], sets: dict[str, list[str]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for template in templates:
        out.update(dict.fromkeys(expand(template, sets)))
    return tuple(out)


# Ages written glued to their unit in logs ("19yo", "22yrs"): adult ages only.
_GLUED_AGES = tuple(f"{n}{unit}" for n in range(18, 70) for unit in ("yo", "yrs", "yr", "y"))


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Build a lexicon from its parsed YAML; every family must give why, alternatives, source."""
    sets = _sets(data)
    families = []
    for raw in data["families"]:
        for required in ("id", "row", "title", "why", "alternatives", "source", "terms"):
            if required not in raw:
                raise TemplateError(f"family {raw.get('id', '?')}: missing {required!r}")
        families.append(
            LanguageFamily(
                id=raw["id"],
                row=int(raw["row"]),
                title=raw["title"],
                why=raw["why"],
                alternatives=tuple(raw["alternatives"]),
                source=raw["source"],
                context=raw.get("context", ""),
                phrases=_phrases(raw["terms"], sets),
            )
        )
    titles = tuple(" ".join(t.lower().split()) for t in data.get("offence_titles", []))
    return Lexicon(
        version=str(data["version"]),
        families=tuple(families),
        offence_titles=titles,
        look_alikes=_phrases(data.get("look_alikes", []), sets),
    )


@lru_cache(maxsize=1)
def language_lexicon() -> Lexicon:
    """The shipped language lexicon."""
    return parse_lexicon(_read("language.yaml"))


@lru_cache(maxsize=1)
def indicator_lexicon() -> IndicatorLexicon:
    """The shipped indicator and disclosure phrase lists."""
    data = _read("indicators.yaml")
    sets = _sets(data)
    kinds = []
    for name, raw in data["indicators"].items():
        kinds.append(
            IndicatorKind(
                name=name,
                title=raw["title"],
                phrases=_phrases(raw["phrases"], sets),
                needs_adults=bool(raw.get("needs_adults", False)),
                under_age=raw.get("under_age"),
                age_phrases=tuple(raw.get("age_phrases", []))
                + (_GLUED_AGES if raw.get("age_phrases") else ()),
                partner_phrases=tuple(raw.get("partner_phrases", [])),
                context=raw.get("context", ""),
            )
        )
    disclosures = {k: _phrases(v["phrases"], sets) for k, v in data["disclosures"].items()}
    return IndicatorLexicon(
        version=str(data["version"]),
        indicators=tuple(kinds),
        disclosures=disclosures,
        look_alikes=_phrases(data.get("look_alikes", []), sets),
    )
