"""`assessment_overdue`: a social care assessment took, or has been open, more than 45 working
days, counted from the referral when one is linked."""

from dataclasses import dataclass

from concord_engine.contracts.screening import FindingOut
from concord_engine.screening.calendar import UK, working_days_between
from concord_engine.screening.signals import ChildAnalysis, EventSignals

from .base import SOCIAL_CARE, Rule, ScreenContext, make_finding, when


@dataclass(frozen=True, slots=True)
class Parameters:
    """`working_days` from the referral (or the assessment's start) to its completion."""

    working_days: int = 45


def _referral(analysis: ChildAnalysis, sig: EventSignals) -> EventSignals | None:
    related = sig.event.related_event_id
    if not related:
        return None
    for other in analysis.of_type("referral", "contact"):
        event = other.event
        if event.agency == sig.event.agency and event.source_id == related:
            return other if event.type in ("referral", "contact") else None
    return None


def evaluate(analysis: ChildAnalysis, params: Parameters, ctx: ScreenContext) -> list[FindingOut]:
    """Fire for each assessment past the limit, finished or still open at `as_of`."""
    findings = []
    for sig in analysis.of_type("assessment"):
        event = sig.event
        if event.sector != SOCIAL_CARE:
            continue
        referral = _referral(analysis, sig)
        start = (referral or sig).event.occurred_at
        end = event.ended_at or ctx.as_of
        days = working_days_between(start.astimezone(UK).date(), end.astimezone(UK).date())
        if days <= params.working_days:
            continue
        state = "took" if event.ended_at else "has been open for"
        since = "the referral" if referral else "its start"
        summary = (
            f"A social care assessment started {when(sig)} {state} {days} working days from "
            f"{since} (limit {params.working_days})."
        )
        evidence: list[tuple[EventSignals, tuple[()]]] = [(sig, ())]
        if referral:
            evidence.append((referral, ()))
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=sig,
                evidence_events=list(evidence),
                summary=summary,
                detail={"working_days": days, "open": event.ended_at is None},
            )
        )
    return findings


RULE = Rule(
    id="assessment_overdue",
    title="Social care assessment over 45 working days",
    guidance=(
        "Working Together to Safeguard Children 2023: an assessment takes no more than 45 "
        "working days from the point of referral, a maximum and not a target (rules.md §5)"
    ),
    version="1",
    severity="low",
    defaults=Parameters(),
    evaluate=evaluate,
)
