"""`crime_not_recorded`: a police report of a sexual offence with no crime recorded."""

from dataclasses import dataclass

from concord_engine.contracts.screening import FindingOut
from concord_engine.screening.ages import age_band
from concord_engine.screening.signals import ChildAnalysis

from .base import Rule, ScreenContext, make_finding, when
from .crime_recording import sexual_offence_reports


@dataclass(frozen=True, slots=True)
class Parameters:
    """`hours`: the National Crime Recording Standard's recording deadline."""

    hours: int = 24


def evaluate(analysis: ChildAnalysis, params: Parameters, ctx: ScreenContext) -> list[FindingOut]:
    """Fire for each report with no crime recorded (and the deadline already passed)."""
    findings = []
    for item in sexual_offence_reports(analysis):
        if item.crime is not None:
            continue
        sig = item.report
        deadline = sig.event.occurred_at.timestamp() + params.hours * 3600
        if ctx.as_of.timestamp() < deadline:
            continue
        summary = (
            f"A police {sig.event.type} on {when(sig)} reports a sexual offence against the child "
            f"({age_band(sig.age)}); no crime was recorded."
        )
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=sig,
                evidence_events=[(sig, sig.offence_spans)],
                summary=summary,
            )
        )
    return findings


RULE = Rule(
    id="crime_not_recorded",
    title="Sexual offence reported to the police but no crime recorded",
    guidance=(
        "Home Office Crime Recording Rules (National Crime Recording Standard): record a crime "
        "within 24 hours of the report; a report from another agency counts (rules.md §1)"
    ),
    version="1",
    severity="high",
    defaults=Parameters(),
    evaluate=evaluate,
)
