"""Home page per role and the error pages."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.views.generic import TemplateView

from .home import ROLE_HOMES, tasks_for


class HomeView(TemplateView):
    """The signed-in home page: what this role does here, and links to its work."""

    template_name = "core/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        role = getattr(self.request.user, "role", "")
        home = ROLE_HOMES.get(role)
        context["role_summary"] = home.summary if home else ""
        context["tasks"] = tasks_for(role)
        return context


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403: shown when a signed-in user's role may not use a page (existence is not secret)."""
    return render(request, "errors/403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: for missing and forbidden objects alike."""
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """500: no detail, no case data; without context processors if they fail too."""
    try:
        return render(request, "errors/500.html", status=500)
    except Exception:  # noqa: BLE001 (the error page must not fail in turn)
        return HttpResponse(loader.get_template("errors/500.html").render({}), status=500)
