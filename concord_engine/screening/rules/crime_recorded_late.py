"""`crime_recorded_late`: the crime for a reported sexual offence was recorded after 24 hours."""

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
    """Fire for each report whose crime was recorded more than `hours` after it."""
    findings = []
    for item in sexual_offence_reports(analysis):
        if item.crime is None or item.delay is None:
            continue
        if item.delay.total_seconds() <= params.hours * 3600:
            continue
        sig = item.report
        hours = int(item.delay.total_seconds() // 3600)
        summary = (
            f"A sexual offence against the child ({age_band(sig.age)}) reported to the police on "
            f"{when(sig)} was recorded as a crime {hours} hours later."
        )
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=sig,
                evidence_events=[(sig, sig.offence_spans), (item.crime, ())],
                summary=summary,
                detail={"delay_hours": hours},
            )
        )
    return findings


RULE = Rule(
    id="crime_recorded_late",
    title="Sexual offence recorded as a crime more than 24 hours after the report",
    guidance=(
        "Home Office Crime Recording Rules (National Crime Recording Standard): record a crime "
        "within 24 hours of the report (rules.md §1); Victims' Code Right 2"
    ),
    version="1",
    severity="medium",
    defaults=Parameters(),
    evaluate=evaluate,
)
