"""Clerical review of linkage: the queue, one pair, a child's records, and run reports."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View
from django.views.generic import ListView

from concord.accesslog.services import access_log_record
from concord.core.mixins import RoleRequiredMixin
from concord_engine.linkage import probability, waterfall

from .charts import value_chart, waterfall_chart
from .forms import ChildMergeForm, ChildSplitForm, PairDecisionForm
from .models import Child, LinkRun, MatchPair
from .permissions import LINKAGE_REVIEW_ROLES
from .selectors import (
    child_get_for_user,
    child_people_list,
    pair_get_for_user,
    review_queue_list,
    run_get,
)
from .services import child_split, children_merge, pair_decide
from .services.decisions import DecisionError


class LinkageRoleMixin(RoleRequiredMixin):
    """Administrators, coordinators and investigators settle linkage."""

    allowed_roles = LINKAGE_REVIEW_ROLES


class QueueView(LinkageRoleMixin, ListView):  # type: ignore[type-arg]
    """Pairs in the doubtful band, waiting for a person to decide."""

    template_name = "linkage/queue.html"
    context_object_name = "pairs"
    paginate_by = 50

    def get_queryset(self) -> Any:
        return review_queue_list(user=self.request.user)  # type: ignore[arg-type]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        access_log_record(
            user=self.request.user,  # type: ignore[arg-type]
            action="view_linkage_queue",
            object_type="match_pair",
            detail={"shown": len(context["pairs"])},
        )
        return context


def _waterfall_context(pair: MatchPair) -> dict[str, Any]:
    steps = waterfall(pair.run.model, pair.gammas, pair.match_weight)
    rows = [{"step": s, "probability": probability(s.cumulative)} for s in steps]
    return {"steps": rows, "chart": waterfall_chart(steps)}


class PairView(LinkageRoleMixin, View):
    """Two records side by side with the match-weight waterfall; confirm or reject."""

    def _render(
        self, request: HttpRequest, pair: MatchPair, form: PairDecisionForm
    ) -> HttpResponse:
        context = {"pair": pair, "form": form, **_waterfall_context(pair)}
        return render(request, "linkage/pair.html", context, status=400 if form.errors else 200)

    def get(self, request: HttpRequest, pair_id: int) -> HttpResponse:
        pair = pair_get_for_user(user=request.user, pair_id=pair_id)  # type: ignore[arg-type]
        return self._render(request, pair, PairDecisionForm())

    def post(self, request: HttpRequest, pair_id: int) -> HttpResponse:
        pair = pair_get_for_user(user=request.user, pair_id=pair_id)  # type: ignore[arg-type]
        form = PairDecisionForm(request.POST)
        if not form.is_valid():
            return self._render(request, pair, form)
        pair_decide(
            actor=request.user,  # type: ignore[arg-type]
            pair=pair,
            decision=form.cleaned_data["decision"],
            reason=form.cleaned_data["reason"],
        )
        return HttpResponseRedirect(reverse("linkage:queue"))


class ChildView(LinkageRoleMixin, View):
    """A child's linked records, with forms to split some off or merge another child in."""

    def _context(self, child: Child, **forms: Any) -> dict[str, Any]:
        people = list(child_people_list(child=child))
        choices = [(p.pk, f"{p.agency.code}:{p.source_id}") for p in people]
        return {
            "child": child,
            "people": people,
            "split_form": forms.get("split_form") or ChildSplitForm(choices=choices),
            "merge_form": forms.get("merge_form") or ChildMergeForm(),
            "choices": choices,
        }

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        child = child_get_for_user(user=request.user, child_id=child_id)  # type: ignore[arg-type]
        return render(request, "linkage/child.html", self._context(child))

    def post(self, request: HttpRequest, child_id: str) -> HttpResponse:
        user = request.user
        child = child_get_for_user(user=user, child_id=child_id)  # type: ignore[arg-type]
        if request.POST.get("action") == "split":
            return self._split(request, child)
        return self._merge(request, child)

    def _split(self, request: HttpRequest, child: Child) -> HttpResponse:
        choices = self._context(child)["choices"]
        form = ChildSplitForm(request.POST, choices=choices)
        if form.is_valid():
            try:
                new_child = child_split(
                    actor=request.user,  # type: ignore[arg-type]
                    child=child,
                    person_ids=form.cleaned_data["person_ids"],
                    reason=form.cleaned_data["reason"],
                )
            except DecisionError as error:
                form.add_error(None, str(error))
            else:
                return HttpResponseRedirect(reverse("linkage:child", args=[new_child.public_id]))
        context = self._context(child, split_form=form)
        return render(request, "linkage/child.html", context, status=400)

    def _merge(self, request: HttpRequest, child: Child) -> HttpResponse:
        form = ChildMergeForm(request.POST)
        if form.is_valid():
            try:
                other = child_get_for_user(
                    user=request.user,  # type: ignore[arg-type]
                    child_id=form.cleaned_data["other_child_id"].strip().upper(),
                )
                kept = children_merge(
                    actor=request.user,  # type: ignore[arg-type]
                    child=child,
                    other=other,
                    reason=form.cleaned_data["reason"],
                )
            except Http404:
                form.add_error("other_child_id", "Enter the id of a child you can see")
            except DecisionError as error:
                form.add_error("other_child_id", str(error))
            else:
                return HttpResponseRedirect(reverse("linkage:child", args=[kept.public_id]))
        context = self._context(child, merge_form=form)
        return render(request, "linkage/child.html", context, status=400)


class RunListView(LinkageRoleMixin, ListView):  # type: ignore[type-arg]
    """Every linkage run, newest first (figures only, no personal data)."""

    template_name = "linkage/runs.html"
    context_object_name = "runs"
    paginate_by = 25
    queryset = LinkRun.objects.defer("model").order_by("-pk")


class RunView(LinkageRoleMixin, View):
    """One run's quality report: match rates, m/u parameters, cluster sizes, truth scores."""

    def get(self, request: HttpRequest, run_id: int) -> HttpResponse:
        run = run_get(run_id=run_id)
        quality = run.quality
        parameters = quality.get("parameters", [])
        weights = [
            (f"{p['comparison'].replace('_', ' ')}: {p['level']}", p["match_weight"])
            for p in parameters
            if p["match_weight"] is not None
        ]
        sizes = [(f"size {k}", float(v)) for k, v in quality.get("cluster_sizes", {}).items()]
        context = {
            "run": run,
            "quality": quality,
            "parameters": parameters,
            "weights_chart": value_chart(weights),
            "sizes_chart": value_chart(sizes, "{:.0f}"),
            "sizes": quality.get("cluster_sizes", {}),
        }
        return render(request, "linkage/run.html", context)
