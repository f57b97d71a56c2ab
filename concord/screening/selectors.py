"""Reads for the triage pages, scoped to what the user may see and logged."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Case, Count, IntegerField, Max, QuerySet, Value, When
from django.http import Http404
from django.urls import NoReverseMatch, reverse

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import Child
from concord_engine.screening import RULES

from .models import SEVERITY_RANK, Finding, FindingDecision
from .permissions import findings_visible_to

SEVERITY_LABEL = {rank: name for name, rank in SEVERITY_RANK.items()}


@dataclass(frozen=True)
class TriageFilters:
    """The triage list's filters (all optional)."""

    rule: str = ""
    agency: str = ""
    area: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def as_log_detail(self) -> dict[str, str]:
        """The filters for the access log: codes and dates only."""
        values = {
            "rule": self.rule,
            "agency": self.agency,
            "area": self.area,
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
        }
        return {k: v for k, v in values.items() if v}


def _severity_rank() -> Case:
    return Case(
        *(When(severity=name, then=Value(rank)) for name, rank in SEVERITY_RANK.items()),
        default=Value(0),
        output_field=IntegerField(),
    )


def open_findings(queryset: QuerySet[Finding]) -> QuerySet[Finding]:
    """Findings nobody has confirmed or dismissed yet."""
    return queryset.exclude(key__in=FindingDecision.objects.values("key"))


@dataclass(frozen=True)
class TriageList:
    """The triage rows (a query, read a page at a time) and how many children they hold."""

    rows: QuerySet[Any]
    total: int


def triage_list(*, user: User, filters: TriageFilters) -> TriageList:
    """Children with open findings, most severe and most numerous first; the search is logged.

    The total is counted once, for the log and for the page's paginator alike.
    """
    findings = open_findings(findings_visible_to(user))
    if filters.rule:
        findings = findings.filter(rule=filters.rule)
    if filters.agency:
        findings = findings.filter(evidence__event__agency__code=filters.agency)
    if filters.area:
        findings = findings.filter(evidence__event__agency__area=filters.area)
    if filters.date_from:
        findings = findings.filter(evidence__event__occurred_at__date__gte=filters.date_from)
    if filters.date_to:
        findings = findings.filter(evidence__event__occurred_at__date__lte=filters.date_to)
    rows = (
        findings.values("child__public_id")
        .annotate(open_count=Count("id", distinct=True), top=Max(_severity_rank()))
        .order_by("-top", "-open_count", "child__public_id")
    )
    total = rows.count()
    access_log_record(
        user=user,
        action="screening_triage",
        object_type="triage",
        detail={"filters": filters.as_log_detail(), "children": total},
    )
    return TriageList(rows, total)


def finding_get_for_user(*, user: User, finding_id: int) -> Finding:
    """The finding if the user may see its child; 404 for missing and forbidden alike; logged."""
    finding = findings_visible_to(user).select_related("child").filter(pk=finding_id).first()
    access_log_record(
        user=user,
        action="view_finding",
        object_type="finding",
        object_id=finding_id,
        allowed=finding is not None,
    )
    if finding is None:
        raise Http404("No such finding")
    return finding


def finding_decisions(finding: Finding) -> QuerySet[FindingDecision]:
    """Every decision on this finding's key, newest first."""
    return FindingDecision.objects.filter(key=finding.key).select_related("decided_by")


@dataclass(frozen=True)
class ChildFindingRow:
    """A finding and the latest decision on it (None while open)."""

    finding: Finding
    decision: FindingDecision | None


def child_findings_list(*, child: Child) -> list[ChildFindingRow]:
    """An (already access-checked) child's findings with their current decision, open first."""
    findings = list(child.findings.order_by("-first_event_at", "rule"))
    latest: dict[str, FindingDecision] = {}
    decisions = FindingDecision.objects.filter(key__in=[f.key for f in findings]).order_by(
        "decided_at", "id"
    )
    for decision in decisions:
        latest[decision.key] = decision
    rows = [ChildFindingRow(f, latest.get(f.key)) for f in findings]
    rows.sort(key=lambda r: (r.decision is not None, -SEVERITY_RANK[r.finding.severity]))
    return rows


@dataclass(frozen=True)
class RulePrecision:
    """A rule and how often people confirmed its findings so far."""

    id: str
    title: str
    guidance: str
    severity: str
    version: str
    findings: int
    confirmed: int
    dismissed: int

    @property
    def precision(self) -> float | None:
        """Confirmed share of decided findings, or None before any decision."""
        decided = self.confirmed + self.dismissed
        return self.confirmed / decided if decided else None


def rule_precision_list() -> list[RulePrecision]:
    """Each rule's finding count and precision from people's latest decision per finding."""
    latest: dict[str, tuple[str, str]] = {}
    rows = FindingDecision.objects.order_by("decided_at", "id").values_list(
        "key", "rule", "decision"
    )
    for key, rule_id, decision in rows:
        latest[key] = (rule_id, decision)
    counts = dict(Finding.objects.values_list("rule").annotate(n=Count("id")))
    out = []
    for rule in RULES:
        decided = [d for r, d in latest.values() if r == rule.id]
        out.append(
            RulePrecision(
                id=rule.id,
                title=rule.title,
                guidance=rule.guidance,
                severity=rule.severity,
                version=rule.version,
                findings=counts.get(rule.id, 0),
                confirmed=decided.count(FindingDecision.Decision.CONFIRMED),
                dismissed=decided.count(FindingDecision.Decision.DISMISSED),
            )
        )
    return out


def chronology_url(public_id: str) -> str:
    """The child's chronology page (built by the chronology app)."""
    try:
        return reverse("chronology:child", args=[public_id])
    except NoReverseMatch:
        return f"/children/{public_id}/"
