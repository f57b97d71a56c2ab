"""`no_return_interview`: a missing episode ended with no return interview within 72 hours."""

from dataclasses import dataclass
from datetime import timedelta

from concord_engine.contracts.screening import FindingOut
from concord_engine.screening.signals import ChildAnalysis, EventSignals

from .base import Rule, ScreenContext, make_finding, when

MISSING_TYPES = frozenset({"missing_report", "missing_episode"})


@dataclass(frozen=True, slots=True)
class Parameters:
    """`hours` after the return; `same_episode_hours`: police and social care records of one
    episode whose returns are this close are one episode."""

    hours: int = 72
    same_episode_hours: int = 12


def _episodes(analysis: ChildAnalysis, params: Parameters) -> list[list[EventSignals]]:
    ended = sorted(
        (s for s in analysis.of_type(*MISSING_TYPES) if s.event.ended_at),
        key=lambda s: s.event.ended_at or s.event.occurred_at,
    )
    tolerance = timedelta(hours=params.same_episode_hours)
    episodes: list[list[EventSignals]] = []
    for sig in ended:
        returned = sig.event.ended_at
        assert returned is not None  # noqa: S101 - filtered above
        last = episodes[-1][0].event.ended_at if episodes else None
        if last is not None and returned - last <= tolerance:
            episodes[-1].append(sig)
        else:
            episodes.append([sig])
    return episodes


def evaluate(analysis: ChildAnalysis, params: Parameters, ctx: ScreenContext) -> list[FindingOut]:
    """Fire for each ended episode with no `return_interview` within `hours` of the return.

    A return interview record counts even if the child declined it: the duty is to offer one
    (docs/adr/0050-screening-rules.md).
    """
    interviews = [s.event.occurred_at for s in analysis.of_type("return_interview")]
    due = timedelta(hours=params.hours)
    findings = []
    for episode in _episodes(analysis, params):
        returned = min(s.event.ended_at for s in episode if s.event.ended_at)
        latest_return = max(s.event.ended_at for s in episode if s.event.ended_at)
        if ctx.as_of < returned + due:
            continue
        last_due = latest_return + due
        if any(returned <= at <= last_due for at in interviews):
            continue
        anchor = episode[0]
        summary = (
            f"The child returned from a missing episode (reported {when(anchor)}) and no return "
            f"interview is recorded within {params.hours} hours of the return."
        )
        findings.append(
            make_finding(
                rule=RULE,
                analysis=analysis,
                params=params,
                anchor=anchor,
                evidence_events=[(s, ()) for s in episode],
                summary=summary,
            )
        )
    return findings


RULE = Rule(
    id="no_return_interview",
    title="No return interview after a missing episode",
    guidance=(
        "DfE statutory guidance, Children who run away or go missing from home or care (2014): "
        "an independent return interview within 72 hours of the return (rules.md §5)"
    ),
    version="1",
    severity="medium",
    defaults=Parameters(),
    evaluate=evaluate,
)
