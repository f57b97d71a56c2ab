"""The audit page: questions beside the chronology and findings; draft, submit, reopen."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View

from concord.chronology.filters import ChronologyFilters
from concord.chronology.selectors import chronology_get_for_user
from concord.reviews.audit_form import audit_input_from_post, audit_sections
from concord.reviews.errors import AuditIncompleteError, ReviewError
from concord.reviews.forms import ReasonForm
from concord.reviews.models import Audit
from concord.reviews.permissions import can_edit_audit, can_manage_rounds
from concord.reviews.selectors import audit_get_for_user, child_findings
from concord.reviews.services import AuditInput, audit_reopen, audit_save, audit_submit

from .base import ManagerRequiredMixin, ReviewRoleMixin, current_user


def _context(
    request: HttpRequest, audit: Audit, problems: dict[str, str], posted: AuditInput | None
) -> dict[str, Any]:
    user = current_user(request)
    definition = audit.allocation.round.framework.parsed()  # type: ignore[union-attr]
    findings = list(child_findings(child=audit.allocation.child))
    checks = {c.finding_id: c.verdict for c in audit.finding_checks.all()}
    if posted is not None:
        checks = {k: v for k, v in posted.finding_verdicts.items() if v}
    learning = (
        posted.learning
        if posted is not None
        else {
            "good_practice": audit.good_practice,
            "areas_to_improve": audit.areas_to_improve,
            "recommendations": audit.recommendations,
        }
    )
    return {
        "audit": audit,
        "allocation": audit.allocation,
        "editable": can_edit_audit(user=user, audit=audit),
        "is_manager": can_manage_rounds(user),
        "sections": audit_sections(
            audit=audit, definition=definition, problems=problems, posted=posted
        ),
        "scale": definition.grading_scale,
        "problems": problems,
        "chronology": chronology_get_for_user(
            user=user,
            child_id=audit.allocation.child.public_id,
            filters=ChronologyFilters(
                date_from=audit.allocation.round.period_start,
                date_to=audit.allocation.round.period_end,
            ),
            page_size=None,
            action="view_chronology_for_audit",
        ),
        "findings": [(f, checks.get(f.pk, "")) for f in findings],
        "learning": learning,
    }


class AuditView(ReviewRoleMixin, View):
    """One child and sector: the reviewer's own audit (a blind second reviewer sees only theirs)."""

    def get(self, request: HttpRequest, audit_id: int) -> HttpResponse:
        audit = audit_get_for_user(user=current_user(request), audit_id=audit_id)
        return render(request, "reviews/audit.html", _context(request, audit, {}, None))

    def post(self, request: HttpRequest, audit_id: int) -> HttpResponse:
        user = current_user(request)
        audit = audit_get_for_user(user=user, audit_id=audit_id)
        if not can_edit_audit(user=user, audit=audit):
            raise PermissionDenied
        definition = audit.allocation.round.framework.parsed()  # type: ignore[union-attr]
        findings = list(child_findings(child=audit.allocation.child))
        data = audit_input_from_post(request.POST, definition, audit.allocation.sector, findings)
        audit_save(actor=user, audit=audit, data=data)
        if request.POST.get("action") != "submit":
            messages.success(request, "Draft saved.")
            return redirect("reviews:audit", audit_id=audit.pk)
        try:
            audit_submit(actor=user, audit=audit)
        except AuditIncompleteError as error:
            context = _context(request, audit, error.problems, data)
            return render(request, "reviews/audit.html", context, status=400)
        messages.success(request, "Audit submitted.")
        return redirect("reviews:home")


class AuditReopenView(ManagerRequiredMixin, View):
    """Return a submitted audit to its reviewer, with a reason."""

    def get(self, request: HttpRequest, audit_id: int) -> HttpResponse:
        audit = audit_get_for_user(user=current_user(request), audit_id=audit_id)
        return render(request, "reviews/audit_reopen.html", {"audit": audit, "form": ReasonForm()})

    def post(self, request: HttpRequest, audit_id: int) -> HttpResponse:
        user = current_user(request)
        audit = audit_get_for_user(user=user, audit_id=audit_id)
        form = ReasonForm(request.POST)
        if form.is_valid():
            try:
                audit_reopen(actor=user, audit=audit, reason=form.cleaned_data["reason"])
                messages.success(request, "Audit reopened for the reviewer.")
                return redirect("reviews:round_detail", round_id=audit.allocation.round_id)
            except ReviewError as error:
                form.add_error("reason", str(error))
        return render(
            request, "reviews/audit_reopen.html", {"audit": audit, "form": form}, status=400
        )
