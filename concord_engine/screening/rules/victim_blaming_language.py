"""`victim_blaming_language`: a professional's own text describes the child in blaming terms."""

from dataclasses import dataclass

from concord_engine.contracts.screening import FindingOut
from concord_engine.screening.language import judge
from concord_engine.screening.lexicon import language_lexicon
from concord_engine.screening.signals import ChildAnalysis

from .base import Rule, ScreenContext, make_finding, when


@dataclass(frozen=True, slots=True)
class Parameters:
    """`lexicon_version`: the version of the lexicon data file the screen used (informational)."""

    lexicon_version: str = ""


def evaluate(analysis: ChildAnalysis, params: Parameters, ctx: ScreenContext) -> list[FindingOut]:
    """One finding per event with blaming language; each phrase is a highlight."""
    lexicon = language_lexicon()
    if not params.lexicon_version:
        params = Parameters(lexicon_version=lexicon.version)
    findings = []
    for sig in analysis.events:
        if not sig.hits:
            continue
        matches = judge(sig, lexicon)
        if not matches:
            continue
        phrases = "; ".join(f"\u201c{m.phrase}\u201d ({m.family.title})" for m in matches)
        summary = f"A {sig.event.author_role or 'professional'}'s record on {when(sig)}: {phrases}."
        detail: dict[str, object] = {
            "matches": [
                {
                    "phrase": m.phrase,
                    "start": m.span[0],
                    "end": m.span[1],
                    "family": m.family.id,
                    "row": m.family.row,
                    "title": m.family.title,
                    "why": m.family.why,
                    "alternatives": list(m.family.alternatives),
                    "source": m.family.source,
                    "note": m.note,
                }
                for m in matches
            ]
        }
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=sig,
                evidence_events=[(sig, [m.span for m in matches])],
                summary=summary,
                detail=detail,
            )
        )
    return findings


RULE = Rule(
    id="victim_blaming_language",
    title="Victim-blaming language in a professional's record",
    guidance=(
        "Appropriate language guidance (The Children's Society, Victim Support, NPCC; CSE "
        "Taskforce 2024) and the sources in language.md"
    ),
    version="1",
    severity="medium",
    defaults=Parameters(),
    evaluate=evaluate,
)
