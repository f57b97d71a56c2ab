"""Read a language finding's guidance (phrase, why it harms, alternatives) from its detail.

Screening stores rule-specific detail on a finding (``Finding.detail`` once its migration is in);
for the language rule that is ``{"matches": [{"phrase", "why", "alternatives", ...}]}``. This
reads it defensively: anything malformed is left out rather than shown half-right.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageNote:
    """One phrase a language finding matched, why it harms and what to write instead."""

    phrase: str
    why: str
    alternatives: tuple[str, ...]


def language_notes(detail: object) -> tuple[LanguageNote, ...]:
    """Return the matched phrases with their guidance, or nothing if the detail has none."""
    if not isinstance(detail, dict):
        return ()
    matches = detail.get("matches")
    if not isinstance(matches, list):
        return ()
    notes = []
    for match in matches:
        if not isinstance(match, dict):
            continue
        phrase, why = match.get("phrase"), match.get("why")
        alternatives = match.get("alternatives") or []
        if not isinstance(phrase, str) or not isinstance(why, str) or not phrase:
            continue
        if not isinstance(alternatives, list):
            alternatives = []
        notes.append(
            LanguageNote(
                phrase=phrase,
                why=why,
                alternatives=tuple(a for a in alternatives if isinstance(a, str) and a),
            )
        )
    return tuple(notes)
