"""The chronology page, its printable version and its CSV export."""

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import View

from concord.accounts.models import User

from .entries import Chronology
from .exports import chronology_csv
from .forms import ChronologyFilterForm
from .selectors import chronology_get_for_user

ACTION_PRINT = "export_chronology_print"
ACTION_CSV = "export_chronology_csv"


def _user(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User):  # LoginRequiredMixin has already sent anonymous users away
        raise TypeError("a signed-in user is required")
    return user


def _page_number(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 7 else 1


def _page_prefix(request: HttpRequest) -> str:
    """The query string without its page, ready for '...page=N' links that keep the filters."""
    query = request.GET.copy()
    query.pop("page", None)
    encoded = query.urlencode()
    return f"?{encoded}&" if encoded else "?"


def _read(
    request: HttpRequest, child_id: str, **options: Any
) -> tuple[Chronology, ChronologyFilterForm]:
    """Access-check and read the chronology with the filters in the query string."""
    form = ChronologyFilterForm(request.GET)
    form.is_valid()  # invalid fields are dropped from the filters and shown as errors
    chronology = chronology_get_for_user(
        user=_user(request), child_id=child_id, filters=form.to_filters(), **options
    )
    return chronology, form


class ChildChronologyView(LoginRequiredMixin, View):
    """One child's events from every agency, with filters, chart and findings."""

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        chronology, form = _read(request, child_id, page=_page_number(request.GET.get("page")))
        context = {"chronology": chronology, "form": form, "page_prefix": _page_prefix(request)}
        return render(request, "chronology/child.html", context)


class ChronologyPrintView(LoginRequiredMixin, View):
    """Every matching event on one printable page (logged as an export)."""

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        chronology, form = _read(request, child_id, page_size=None, action=ACTION_PRINT)
        return render(request, "chronology/print.html", {"chronology": chronology, "form": form})


class ChronologyCsvView(LoginRequiredMixin, View):
    """Every matching event as CSV (logged as an export)."""

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        chronology, _ = _read(request, child_id, page_size=None, action=ACTION_CSV)
        response = HttpResponse(chronology_csv(chronology), content_type="text/csv; charset=utf-8")
        filename = f"chronology-{chronology.child.public_id}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response
