"""`no_referral_to_childrens_services`: a police incident about a sexual offence or an
exploitation indicator with no referral to children's social care within 1 working day."""

from dataclasses import dataclass

from concord_engine.contracts.screening import FindingOut
from concord_engine.screening.calendar import working_day_deadline
from concord_engine.screening.signals import ChildAnalysis

from .base import POLICE, SOCIAL_CARE, Rule, ScreenContext, make_finding, when


@dataclass(frozen=True, slots=True)
class Parameters:
    """`working_days` after the day of the incident (weekends and bank holidays skipped)."""

    working_days: int = 1


def _is_referral(sector: str, etype: str) -> bool:
    if sector == POLICE:
        return etype == "protection_notice"
    return sector == SOCIAL_CARE and etype in ("contact", "referral")


def evaluate(analysis: ChildAnalysis, params: Parameters, ctx: ScreenContext) -> list[FindingOut]:
    """Fire for each such incident that no protection notice, contact or referral followed."""
    referrals = [
        s.event.occurred_at
        for s in analysis.of_type("protection_notice", "contact", "referral")
        if _is_referral(s.event.sector, s.event.type)
    ]
    findings = []
    for sig in analysis.of_type("incident"):
        event = sig.event
        if event.sector != POLICE:
            continue
        if not sig.sexual_offence and not sig.indicators:
            continue
        deadline = working_day_deadline(event.occurred_at, params.working_days)
        if ctx.as_of <= deadline:
            continue
        if any(event.occurred_at <= at <= deadline for at in referrals):
            continue
        reason = "a sexual offence" if sig.sexual_offence else "exploitation indicators"
        summary = (
            f"A police incident on {when(sig)} involving {reason} was not referred to children's "
            f"social care within {params.working_days} working day(s)."
        )
        spans = [*sig.offence_spans, *(s for v in sig.indicators.values() for s in v)]
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=sig,
                evidence_events=[(sig, spans)],
                summary=summary,
            )
        )
    return findings


RULE = Rule(
    id="no_referral_to_childrens_services",
    title="Police incident not referred to children's social care",
    guidance=(
        "Working Together to Safeguard Children 2023, ch.2: children's social care decides next "
        "steps within 1 working day of a referral; the police referral deadline is Concord's "
        "parameter (rules.md §0, §5)"
    ),
    version="1",
    severity="high",
    defaults=Parameters(),
    evaluate=evaluate,
)
