"""A URLconf with pages that fail on purpose, for testing the error pages."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def forbidden(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("case detail that must not be shown")


handler403 = "concord.core.views.permission_denied"
handler404 = "concord.core.views.page_not_found"
handler500 = "concord.core.views.server_error"

urlpatterns = [
    path("", include("concord.urls")),
    path("forbidden/", forbidden, name="forbidden"),
    path("broken/", broken, name="broken"),
]
