"""What every rule is: id, title, guidance, version, severity, parameters, evaluate."""

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from operator import attrgetter
from typing import Any

from concord_engine.contracts.screening import EvidenceOut, FindingOut, Severity
from concord_engine.exceptions import ConcordEngineError
from concord_engine.screening.signals import ChildAnalysis, EventSignals, Span

POLICE = "police"
SOCIAL_CARE = "social_care"


class ParameterError(ConcordEngineError):
    """A rule parameter override names an unknown rule or parameter, or has the wrong type."""


@dataclass(frozen=True, slots=True)
class ScreenContext:
    """What rules need beyond the chronology: the moment the screen treats as now."""

    as_of: datetime


Evaluate = Callable[[ChildAnalysis, Any, ScreenContext], list[FindingOut]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named, referenced screening rule (SPEC §3)."""

    id: str
    title: str
    guidance: str
    version: str
    severity: Severity
    defaults: Any
    evaluate: Evaluate

    def parameters(self, overrides: dict[str, Any] | None = None) -> Any:
        """The default parameters with overrides applied; unknown names or bad types raise."""
        if not overrides:
            return self.defaults
        known = {f.name: f for f in dataclasses.fields(self.defaults)}
        for name, value in overrides.items():
            if name not in known:
                raise ParameterError(f"rule {self.id}: unknown parameter {name!r}")
            current = getattr(self.defaults, name)
            wrong = isinstance(value, bool) or not isinstance(value, type(current))
            if wrong and not (isinstance(current, float) and isinstance(value, int)):
                raise ParameterError(
                    f"rule {self.id}: parameter {name!r} must be {type(current).__name__}"
                )
            if isinstance(value, int | float) and value < 0:
                raise ParameterError(f"rule {self.id}: parameter {name!r} must not be negative")
        return dataclasses.replace(self.defaults, **overrides)


@lru_cache(maxsize=64)
def _parameters_dict(params: Any) -> dict[str, Any]:
    return dataclasses.asdict(params)


def finding_key(child_id: str, rule_id: str, anchor: str) -> str:
    """A stable key: the same child, rule and anchor event give the same key on every run."""
    return hashlib.sha256(f"{child_id}|{rule_id}|{anchor}".encode()).hexdigest()


def event_label(sig: EventSignals) -> str:
    """`AGENCY:event_id` of an event."""
    return f"{sig.event.agency}:{sig.event.source_id}"


def evidence(sig: EventSignals, spans: Iterable[Span] = ()) -> EvidenceOut:
    """An evidence entry for an event, with text spans to highlight."""
    event = sig.event
    # Positional, and no sorting for the common case of no spans: one per evidence event.
    highlights = tuple(sorted(set(spans))) if spans else ()
    return EvidenceOut(event.ref, event.agency, event.source_id, event.occurred_at, highlights)


_EVIDENCE_ORDER = attrgetter("occurred_at", "agency", "source_id")


def make_finding(
    *,
    rule: Rule,
    analysis: ChildAnalysis,
    params: Any,
    anchor: EventSignals,
    evidence_events: Sequence[tuple[EventSignals, Iterable[Span]]],
    summary: str,
    detail: dict[str, object] | None = None,
) -> FindingOut:
    """A finding with its evidence in time order and a key anchored on one event."""
    if len(evidence_events) == 1:
        sig, spans = evidence_events[0]
        unique = [evidence(sig, spans)]
    else:
        items = sorted(
            (evidence(sig, spans) for sig, spans in evidence_events), key=_EVIDENCE_ORDER
        )
        unique = []
        seen: set[int] = set()
        for item in items:
            if item.event_ref not in seen:
                seen.add(item.event_ref)
                unique.append(item)
    child_id = analysis.child.child_id
    return FindingOut(
        child_id=child_id,
        rule=rule.id,
        rule_version=rule.version,
        severity=rule.severity,
        summary=summary,
        parameters=_parameters_dict(params),
        evidence=tuple(unique),
        key=finding_key(child_id, rule.id, event_label(anchor)),
        detail=detail or {},
    )


def when(sig: EventSignals) -> str:
    """The event's day, for summaries (no personal data)."""
    return sig.event.occurred_at.date().isoformat()
