"""Home page per role and the error pages."""

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.generic import TemplateView


class HomeView(LoginRequiredMixin, TemplateView):
    """The signed-in home page: what this role does here."""

    template_name = "core/home.html"


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403: shown when a signed-in user lacks a permission that does not hide existence."""
    return render(request, "errors/403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: for missing and forbidden objects alike."""
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """500: no detail, no case data."""
    return render(request, "errors/500.html", status=500)
