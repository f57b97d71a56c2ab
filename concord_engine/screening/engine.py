"""Screen children: analyse each chronology once, then run every rule over it."""

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from concord_engine.contracts.screening import FindingOut, ScreenChild

from .markup import findings_in_record
from .rules import RULES, ParameterError, Rule, ScreenContext
from .scanner import default_scanner
from .signals import analyse

RULES_BY_ID = {rule.id: rule for rule in RULES}


def resolve_parameters(overrides: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Each rule's parameters: defaults with overrides (e.g. settings) applied and checked."""
    overrides = overrides or {}
    unknown = set(overrides) - set(RULES_BY_ID)
    if unknown:
        raise ParameterError(f"unknown screening rule(s): {', '.join(sorted(unknown))}")
    return {rule.id: rule.parameters(dict(overrides.get(rule.id, {}))) for rule in RULES}


def screen_child(
    child: ScreenChild,
    *,
    parameters: Mapping[str, Any] | None = None,
    as_of: datetime | None = None,
    rules: Iterable[Rule] = RULES,
) -> list[FindingOut]:
    """Run the rules over one child's linked chronology and return its findings.

    Args:
        child: the child's dates of birth and events from every agency.
        parameters: each rule's parameters by rule id (see `resolve_parameters`).
        as_of: the moment treated as now (deadlines not yet passed do not fire); default now.
        rules: the rules to run (default: all of them).
    """
    params = parameters or resolve_parameters()
    ctx = ScreenContext(as_of=as_of or datetime.now(tz=UTC))
    analysis = analyse(child, default_scanner())
    findings: list[FindingOut] = []
    for rule in rules:
        findings.extend(rule.evaluate(analysis, params[rule.id], ctx))
    if analysis.plain:
        return findings_in_record(findings, analysis.plain)
    return findings


def screen_children(
    children: Iterable[ScreenChild],
    *,
    parameters: Mapping[str, Any] | None = None,
    as_of: datetime | None = None,
) -> Iterator[tuple[ScreenChild, list[FindingOut]]]:
    """Screen many children, yielding each with its findings."""
    params = parameters or resolve_parameters()
    moment = as_of or datetime.now(tz=UTC)
    for child in children:
        yield child, screen_child(child, parameters=params, as_of=moment)
