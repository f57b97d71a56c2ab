"""Triage pages: the list of children, a child's findings, a finding, and rule precision."""

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View

from concord.core.mixins import RoleRequiredMixin
from concord.core.pagination import KnownCountPaginator
from concord.linkage.selectors import child_get_for_user

from .forms import FindingDecisionForm, TriageFilterForm
from .highlight import segments
from .models import SEVERITY_RANK, Finding
from .permissions import TRIAGE_ROLES, can_decide_finding
from .selectors import (
    SEVERITY_LABEL,
    TriageFilters,
    child_findings_list,
    chronology_url,
    finding_decisions,
    finding_get_for_user,
    rule_precision_list,
    triage_list,
)
from .services import finding_decide

PAGE_SIZE = 50


class TriageView(RoleRequiredMixin, View):
    """Children ordered by the severity and number of their open findings, with filters."""

    allowed_roles = TRIAGE_ROLES

    def get(self, request: HttpRequest) -> HttpResponse:
        form = TriageFilterForm(request.GET or None)
        filters = form.filters() if form.is_bound and form.is_valid() else TriageFilters()
        triage = triage_list(user=request.user, filters=filters)  # type: ignore[arg-type]
        paginator = KnownCountPaginator(triage.rows, PAGE_SIZE, count=triage.total)
        page = paginator.get_page(request.GET.get("page"))
        children = [
            {
                "public_id": row["child__public_id"],
                "open_count": row["open_count"],
                "severity": SEVERITY_LABEL.get(row["top"], "low"),
                "chronology_url": chronology_url(row["child__public_id"]),
            }
            for row in page
        ]
        query = request.GET.copy()
        query.pop("page", None)
        context = {"form": form, "page": page, "children": children, "query": query.urlencode()}
        return render(request, "screening/triage.html", context)


class ChildFindingsView(LoginRequiredMixin, View):
    """One child's findings (access-checked and logged)."""

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        child = child_get_for_user(
            user=request.user,  # type: ignore[arg-type]
            child_id=child_id,
            action="view_child_findings",
        )
        context = {
            "child": child,
            "rows": child_findings_list(child=child),
            "chronology_url": chronology_url(child.public_id),
        }
        return render(request, "screening/child.html", context)


class FindingDetailView(LoginRequiredMixin, View):
    """A finding with its evidence highlighted; confirm or dismiss it with a reason."""

    def _context(self, finding: Finding, form: FindingDecisionForm, user: Any) -> dict[str, Any]:
        evidence = finding.evidence.select_related("event__agency").order_by("position")
        items = [
            {"event": item.event, "segments": segments(item.event.text, item.highlights)}
            for item in evidence
        ]
        return {
            "finding": finding,
            "evidence": items,
            "matches": finding.detail.get("matches", []),
            "decisions": finding_decisions(finding),
            "form": form,
            "can_decide": can_decide_finding(user=user, finding=finding),
            "chronology_url": chronology_url(finding.child.public_id),
            "severity_rank": SEVERITY_RANK[finding.severity],
        }

    def get(self, request: HttpRequest, finding_id: int) -> HttpResponse:
        finding = finding_get_for_user(user=request.user, finding_id=finding_id)  # type: ignore[arg-type]
        context = self._context(finding, FindingDecisionForm(), request.user)
        return render(request, "screening/finding.html", context)

    def post(self, request: HttpRequest, finding_id: int) -> HttpResponse:
        user = request.user
        finding = finding_get_for_user(user=user, finding_id=finding_id)  # type: ignore[arg-type]
        if not can_decide_finding(user=user, finding=finding):  # type: ignore[arg-type]
            raise PermissionDenied
        form = FindingDecisionForm(request.POST)
        if not form.is_valid():
            context = self._context(finding, form, user)
            return render(request, "screening/finding.html", context, status=400)
        finding_decide(
            actor=user,  # type: ignore[arg-type]
            finding=finding,
            decision=form.cleaned_data["decision"],
            reason=form.cleaned_data["reason"],
        )
        return HttpResponseRedirect(reverse("screening:finding", args=[finding.pk]))


class RulesView(RoleRequiredMixin, View):
    """Each rule, its guidance, and its precision so far from people's decisions."""

    allowed_roles = frozenset({*TRIAGE_ROLES, "viewer"})

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, "screening/rules.html", {"rules": rule_precision_list()})
