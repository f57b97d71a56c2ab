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


# The contract's frozen dataclasses built without their generated `__init__` (keyword handling
# and a by-name `object.__setattr__` per field): the same objects, made once per finding and
# per evidence event. `test_contract_builders` holds them to the constructors.
_new = object.__new__
_SET_REF, _SET_AGENCY, _SET_SOURCE, _SET_AT, _SET_HIGHLIGHTS = (
    getattr(EvidenceOut, f.name).__set__ for f in dataclasses.fields(EvidenceOut)
)
(
    _SET_CHILD,
    _SET_RULE,
    _SET_VERSION,
    _SET_SEVERITY,
    _SET_SUMMARY,
    _SET_PARAMETERS,
    _SET_EVIDENCE,
    _SET_KEY,
    _SET_DETAIL,
) = (getattr(FindingOut, f.name).__set__ for f in dataclasses.fields(FindingOut))


def evidence_out(
    event_ref: int,
    agency: str,
    source_id: str,
    occurred_at: datetime,
    highlights: tuple[tuple[int, int], ...],
) -> EvidenceOut:
    """`EvidenceOut(event_ref, agency, source_id, occurred_at, highlights)`."""
    out: EvidenceOut = _new(EvidenceOut)
    _SET_REF(out, event_ref)
    _SET_AGENCY(out, agency)
    _SET_SOURCE(out, source_id)
    _SET_AT(out, occurred_at)
    _SET_HIGHLIGHTS(out, highlights)
    return out


def finding_out(
    child_id: str,
    rule: str,
    rule_version: str,
    severity: Severity,
    summary: str,
    parameters: dict[str, Any],
    evidence: tuple[EvidenceOut, ...],
    key: str,
    detail: dict[str, Any],
) -> FindingOut:
    """`FindingOut(...)` with every field given, in field order."""
    out: FindingOut = _new(FindingOut)
    _SET_CHILD(out, child_id)
    _SET_RULE(out, rule)
    _SET_VERSION(out, rule_version)
    _SET_SEVERITY(out, severity)
    _SET_SUMMARY(out, summary)
    _SET_PARAMETERS(out, parameters)
    _SET_EVIDENCE(out, evidence)
    _SET_KEY(out, key)
    _SET_DETAIL(out, detail)
    return out


def evidence(sig: EventSignals, spans: Iterable[Span] = ()) -> EvidenceOut:
    """An evidence entry for an event, with text spans to highlight."""
    event = sig.event
    # No sorting for the common case of no spans: one per evidence event.
    highlights = tuple(sorted(set(spans))) if spans else ()
    return evidence_out(event.ref, event.agency, event.source_id, event.occurred_at, highlights)


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
    return finding_out(
        child_id,
        rule.id,
        rule.version,
        rule.severity,
        summary,
        _parameters_dict(params),
        tuple(unique),
        finding_key(child_id, rule.id, event_label(anchor)),
        detail or {},
    )


def when(sig: EventSignals) -> str:
    """The event's day, for summaries (no personal data)."""
    return sig.event.occurred_at.date().isoformat()
