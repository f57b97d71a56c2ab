"""A URLconf with stand-in pages under the navigation's URL names, and role-gated views."""

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, include, path
from django.views import View

from concord.core.mixins import RoleRequiredMixin, role_required


def page(request: HttpRequest) -> HttpResponse:
    return HttpResponse("page")


@role_required("administrator", "coordinator")
def coordinators_only(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


class ReviewersOnly(RoleRequiredMixin, View):
    allowed_roles = frozenset({"reviewer"})

    def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("ok")


def _app(name: str, url_name: str) -> tuple[list[URLPattern], str]:
    return ([path("", page, name=url_name)], name)


# Not concord.urls: its (still empty) screening, linkage... namespaces would shadow the stand-ins.
urlpatterns = [
    path("", include("concord.core.urls")),
    path("accounts/", include("concord.accounts.urls")),
    path("stand-in/screening/", include(_app("screening", "triage"))),
    path("stand-in/linkage/", include(_app("linkage", "queue"))),
    path("stand-in/reviews/", include(_app("reviews", "home"))),
    path("stand-in/frameworks/", include(_app("frameworks", "list"))),
    path("stand-in/records/", include(_app("records", "upload"))),
    path("gated/function/", coordinators_only, name="coordinators_only"),
    path("gated/class/", ReviewersOnly.as_view(), name="reviewers_only"),
]
