"""Rounds: list, create, sample, allocate, and change the sample or an allocation."""

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views import View

from concord.reviews.errors import ReviewError
from concord.reviews.forms import AllocationChangeForm, ReasonForm, RoundForm
from concord.reviews.permissions import can_manage_rounds
from concord.reviews.reports import round_progress
from concord.reviews.selectors import (
    allocation_get_for_user,
    allocation_list,
    my_allocations,
    round_get_for_user,
    round_list,
    sample_entry_get_for_user,
    sample_list,
)
from concord.reviews.services import (
    RoundSpec,
    allocation_change,
    round_allocate,
    round_create,
    round_sample_draw,
    round_sample_verify,
    sample_entry_remove,
)

from .base import ManagerRequiredMixin, ReviewRoleMixin, current_user


class ReviewsHomeView(ReviewRoleMixin, View):
    """Coordinators: rounds. Reviewers: their own allocated audits only."""

    def get(self, request: HttpRequest) -> HttpResponse:
        user = current_user(request)
        context: dict[str, Any] = {"is_manager": can_manage_rounds(user)}
        if context["is_manager"]:
            context["rounds"] = round_list(user=user)
        context["allocations"] = my_allocations(user=user)
        return render(request, "reviews/home.html", context)


class RoundCreateView(ManagerRequiredMixin, View):
    """Plan a round: theme, period, framework, scope and sampling settings."""

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, "reviews/round_create.html", {"form": RoundForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = RoundForm(request.POST)
        if not form.is_valid():
            return render(request, "reviews/round_create.html", {"form": form}, status=400)
        data = form.cleaned_data
        review_round = round_create(
            actor=current_user(request),
            spec=RoundSpec(
                theme=data["theme"],
                period_start=data["period_start"],
                period_end=data["period_end"],
                framework=data["framework"],
                sectors=tuple(data["sectors"]),
                local_authorities=tuple(data["local_authorities"]),
                per_stratum=data["per_stratum"],
                exclusion_months=data["exclusion_months"],
                second_review_share=data["second_review_percent"] / 100,
                open_findings_weight=data["open_findings_weight"],
            ),
        )
        return redirect("reviews:round_detail", round_id=review_round.pk)


class RoundDetailView(ManagerRequiredMixin, View):
    """A round's settings, strata, sample and allocations, with the next action."""

    def get(self, request: HttpRequest, round_id: int) -> HttpResponse:
        user = current_user(request)
        review_round = round_get_for_user(user=user, round_id=round_id)
        context = {
            "round": review_round,
            "progress": round_progress(review_round),
            "sample": sample_list(review_round=review_round),
            "allocations": allocation_list(user=user, review_round=review_round),
            "check": (
                round_sample_verify(review_round=review_round)
                if request.GET.get("verify") and review_round.seed is not None
                else None
            ),
        }
        return render(request, "reviews/round_detail.html", context)


def _run(request: HttpRequest, round_id: int, action: str) -> HttpResponseRedirect:
    user = current_user(request)
    review_round = round_get_for_user(user=user, round_id=round_id)
    try:
        if action == "sample":
            entries = round_sample_draw(actor=user, review_round=review_round)
            messages.success(request, f"Sample drawn: {len(entries)} children.")
        else:
            allocations = round_allocate(actor=user, review_round=review_round)
            messages.success(request, f"Reviewers allocated: {len(allocations)} audits.")
    except ReviewError as error:
        messages.error(request, str(error))
    return redirect("reviews:round_detail", round_id=review_round.pk)


class RoundSampleView(ManagerRequiredMixin, View):
    """Draw the round's sample (once; the seed is generated and recorded)."""

    def post(self, request: HttpRequest, round_id: int) -> HttpResponse:
        return _run(request, round_id, "sample")


class RoundAllocateView(ManagerRequiredMixin, View):
    """Allocate reviewers to the sample."""

    def post(self, request: HttpRequest, round_id: int) -> HttpResponse:
        return _run(request, round_id, "allocate")


class SampleRemoveView(ManagerRequiredMixin, View):
    """Take a child out of the sample before allocation, with a reason."""

    def get(self, request: HttpRequest, entry_id: int) -> HttpResponse:
        entry = sample_entry_get_for_user(user=current_user(request), entry_id=entry_id)
        return render(request, "reviews/sample_remove.html", {"entry": entry, "form": ReasonForm()})

    def post(self, request: HttpRequest, entry_id: int) -> HttpResponse:
        user = current_user(request)
        entry = sample_entry_get_for_user(user=user, entry_id=entry_id)
        form = ReasonForm(request.POST)
        if form.is_valid():
            try:
                sample_entry_remove(actor=user, entry=entry, reason=form.cleaned_data["reason"])
                return redirect("reviews:round_detail", round_id=entry.round_id)
            except ReviewError as error:
                form.add_error(None, str(error))
        return render(
            request, "reviews/sample_remove.html", {"entry": entry, "form": form}, status=400
        )


class AllocationChangeView(ManagerRequiredMixin, View):
    """Give an allocation to another reviewer of the same sector, with a reason."""

    def _context(self, request: HttpRequest, allocation_id: int) -> dict[str, Any]:
        allocation = allocation_get_for_user(
            user=current_user(request), allocation_id=allocation_id
        )
        form = AllocationChangeForm(request.POST or None, sector=allocation.sector)
        return {"allocation": allocation, "form": form}

    def get(self, request: HttpRequest, allocation_id: int) -> HttpResponse:
        return render(
            request, "reviews/allocation_change.html", self._context(request, allocation_id)
        )

    def post(self, request: HttpRequest, allocation_id: int) -> HttpResponse:
        context = self._context(request, allocation_id)
        form, allocation = context["form"], context["allocation"]
        if form.is_valid():
            try:
                allocation_change(
                    actor=current_user(request),
                    allocation=allocation,
                    reviewer=form.cleaned_data["reviewer"],
                    reason=form.cleaned_data["reason"],
                )
                return HttpResponseRedirect(
                    reverse("reviews:round_detail", kwargs={"round_id": allocation.round_id})
                )
            except ReviewError as error:
                form.add_error("reviewer", str(error))
        return render(request, "reviews/allocation_change.html", context, status=400)
