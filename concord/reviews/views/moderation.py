"""Moderation: double reviews side by side, agreed answers and reasons recorded."""

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View

from concord.linkage.selectors import child_get_for_user
from concord.reviews.errors import ReviewError
from concord.reviews.forms import moderation_choice_valid
from concord.reviews.models import ReviewRound
from concord.reviews.reports import ModerationPair, moderation_pairs, submitted_audits
from concord.reviews.selectors import allocation_get_for_user, round_get_for_user
from concord.reviews.services import moderation_decide
from concord_engine.contracts.reviews import GradingScale

from .base import ManagerRequiredMixin, current_user


class ModerationListView(ManagerRequiredMixin, View):
    """Every double review with both audits in, and the disagreements for the meeting."""

    def get(self, request: HttpRequest, round_id: int) -> HttpResponse:
        review_round = round_get_for_user(user=current_user(request), round_id=round_id)
        pairs = moderation_pairs(review_round)
        return render(
            request, "reviews/moderation_list.html", {"round": review_round, "pairs": pairs}
        )


def _pair(review_round: ReviewRound, child_id: int, sector: str) -> ModerationPair | None:
    audits = submitted_audits(review_round, child_id=child_id, sector=sector)
    pairs = moderation_pairs(review_round, audits)
    return pairs[0] if pairs else None


class ModerateView(ManagerRequiredMixin, View):
    """Both answers per question side by side; record the agreed answer and reasons."""

    def _context(self, request: HttpRequest, allocation_id: int) -> dict[str, Any]:
        user = current_user(request)
        allocation = allocation_get_for_user(user=user, allocation_id=allocation_id)
        review_round = allocation.round
        child = child_get_for_user(
            user=user, child_id=allocation.child.public_id, action="view_child_moderation"
        )
        pair = _pair(review_round, child.pk, allocation.sector)
        scale = review_round.framework.parsed().grading_scale  # type: ignore[union-attr]
        rows = [(q, dict(q.question.options(scale))) for q in pair.questions] if pair else []
        return {
            "round": review_round,
            "child": child,
            "pair": pair,
            "rows": rows,
            "errors": {},
            "sector": allocation.sector,
            "scale": scale,
        }

    def get(self, request: HttpRequest, allocation_id: int) -> HttpResponse:
        return render(request, "reviews/moderate.html", self._context(request, allocation_id))

    def post(self, request: HttpRequest, allocation_id: int) -> HttpResponse:
        context = self._context(request, allocation_id)
        pair = context["pair"]
        if pair is None:
            return render(request, "reviews/moderate.html", context, status=400)
        errors, decisions = _read_decisions(request, pair, context["scale"])
        if errors:
            context["errors"] = errors
            return render(request, "reviews/moderate.html", context, status=400)
        try:
            for key, agreed, reason in decisions:
                moderation_decide(
                    actor=current_user(request),
                    review_round=context["round"],
                    child=context["child"],
                    sector=context["sector"],
                    question_key=key,
                    agreed_value=agreed,
                    reason=reason,
                )
        except ReviewError as error:
            context["errors"] = {"": str(error)}
            return render(request, "reviews/moderate.html", context, status=400)
        messages.success(request, f"{len(decisions)} agreed answers recorded.")
        return redirect("reviews:moderation", round_id=context["round"].pk)


def _read_decisions(
    request: HttpRequest, pair: ModerationPair, scale: GradingScale
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Read agreed answers and reasons; questions left blank are skipped."""
    errors: dict[str, str] = {}
    decisions = []
    for item in pair.questions:
        key = item.question.key
        agreed = request.POST.get(f"agreed-{key}", "").strip()
        reason = request.POST.get(f"reason-{key}", "").strip()
        if not agreed and not reason:
            continue
        if not moderation_choice_valid(agreed, list(item.question.options(scale))):
            errors[key] = "Choose the agreed answer"
        elif not reason:
            errors[key] = "Give the reasons for the agreed answer"
        else:
            decisions.append((key, agreed, reason))
    return errors, decisions
