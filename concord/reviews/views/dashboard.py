"""The coordinator's round dashboard, the learning collected, and the CSV export."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import View

from concord.accesslog.services import access_log_record
from concord.reviews.charts import grade_chart
from concord.reviews.export import export_csv
from concord.reviews.reports import (
    agreement_rows,
    findings_checked,
    grade_rows,
    learning,
    moderation_pairs,
    prefill_rows,
    round_progress,
    submitted_audits,
)
from concord.reviews.selectors import round_get_for_user

from .base import ManagerRequiredMixin, current_user


class RoundDashboardView(ManagerRequiredMixin, View):
    """Progress, grades by question × sector × local authority (chart and table), findings."""

    def get(self, request: HttpRequest, round_id: int) -> HttpResponse:
        review_round = round_get_for_user(user=current_user(request), round_id=round_id)
        scale = review_round.framework.parsed().grading_scale  # type: ignore[union-attr]
        labels = [g.label for g in scale.grades]
        audits = submitted_audits(review_round)  # read once for every table below
        rows = grade_rows(review_round, audits)
        pairs = moderation_pairs(review_round, audits)
        context = {
            "round": review_round,
            "progress": round_progress(review_round),
            "grade_labels": labels,
            "rows": rows,
            "chart": grade_chart(rows, labels),
            "findings": findings_checked(review_round),
            "disagreements": sum(len(p.disagreements) for p in pairs),
            "open_disagreements": sum(p.open_disagreements for p in pairs),
            "agreement": agreement_rows(review_round, pairs),
            "prefills": prefill_rows(review_round),
        }
        return render(request, "reviews/dashboard.html", context)


class RoundLearningView(ManagerRequiredMixin, View):
    """Good practice, areas to improve and recommendations from every submitted audit."""

    def get(self, request: HttpRequest, round_id: int) -> HttpResponse:
        review_round = round_get_for_user(user=current_user(request), round_id=round_id)
        return render(
            request,
            "reviews/learning.html",
            {"round": review_round, "audits": learning(review_round)},
        )


class RoundExportView(ManagerRequiredMixin, View):
    """Download the round's submitted answers as CSV (logged)."""

    def get(self, request: HttpRequest, round_id: int) -> HttpResponse:
        user = current_user(request)
        review_round = round_get_for_user(user=user, round_id=round_id)
        text, count = export_csv(review_round)
        access_log_record(
            user=user,
            action="export_review_round",
            object_type="review_round",
            object_id=review_round.pk,
            detail={"rows": count},
        )
        response = HttpResponse(text, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="round-{review_round.pk}.csv"'
        return response
