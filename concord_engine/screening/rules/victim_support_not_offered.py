"""`victim_support_not_offered`: a crime against the child with no victim needs assessment and
no support referral within 5 working days."""

from dataclasses import dataclass

from concord_engine.contracts.screening import FindingOut
from concord_engine.screening.calendar import working_day_deadline
from concord_engine.screening.signals import ChildAnalysis

from .base import Rule, ScreenContext, make_finding, when
from .crime_recording import recorded_time

SUPPORT_TYPES = frozenset({"victim_needs_assessment", "support_referral"})


@dataclass(frozen=True, slots=True)
class Parameters:
    """`working_days` after the day the crime was recorded."""

    working_days: int = 5


def evaluate(analysis: ChildAnalysis, params: Parameters, ctx: ScreenContext) -> list[FindingOut]:
    """Fire for each crime with no needs assessment or support referral in time."""
    support = [s.event.occurred_at for s in analysis.of_type(*SUPPORT_TYPES)]
    findings = []
    for sig in analysis.of_type("crime"):
        start = min(sig.event.occurred_at, recorded_time(sig))
        deadline = working_day_deadline(recorded_time(sig), params.working_days)
        if ctx.as_of <= deadline:
            continue
        if any(start <= at <= deadline for at in support):
            continue
        summary = (
            f"A crime against the child recorded on {when(sig)} has no victim needs assessment "
            f"and no support referral within {params.working_days} working days."
        )
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=sig,
                evidence_events=[(sig, ())],
                summary=summary,
            )
        )
    return findings


RULE = Rule(
    id="victim_support_not_offered",
    title="Child victim not offered a needs assessment or support",
    guidance=(
        "Code of Practice for Victims of Crime (2021), Right 4: a needs assessment and referral "
        "to support services; 5 working days is Concord's parameter (rules.md §6)"
    ),
    version="1",
    severity="medium",
    defaults=Parameters(),
    evaluate=evaluate,
)
