"""A URLconf for testing the permission matrix itself: one view per kind of gate."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views import View

from concord.core.mixins import RoleRequiredMixin
from concord.linkage.selectors import child_get_for_user


class ChildPeekView(RoleRequiredMixin, View):
    """Correct: role gate, then the access-checked getter."""

    allowed_roles = frozenset({"administrator", "coordinator", "reviewer", "investigator"})

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        child = child_get_for_user(user=request.user, child_id=child_id)  # type: ignore[arg-type]
        return HttpResponse(child.public_id)


class LeakyChildView(RoleRequiredMixin, View):
    """Wrong on purpose: tells a forbidden child from a missing one."""

    allowed_roles = frozenset({"administrator", "reviewer"})

    def get(self, request: HttpRequest, child_id: str) -> HttpResponse:
        from concord.linkage.models import Child

        if not Child.objects.filter(public_id=child_id).exists():
            return HttpResponse(status=404)
        if request.user.role == "administrator":  # type: ignore[union-attr]
            return HttpResponse(child_id)
        return HttpResponse(status=403)


class AdminOnlyView(RoleRequiredMixin, View):
    allowed_roles = frozenset({"administrator"})

    def get(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse("ok")


def ungated(request: HttpRequest, widget_id: int) -> HttpResponse:
    return HttpResponse("no provider for widget_id")


matrix_patterns = (
    [
        path("children/<str:child_id>/", ChildPeekView.as_view(), name="child"),
        path("leaky/<str:child_id>/", LeakyChildView.as_view(), name="leaky"),
        path("admin-only/", AdminOnlyView.as_view(), name="admin_only"),
        path("widgets/<int:widget_id>/", ungated, name="widget"),
    ],
    "matrix",
)

handler403 = "concord.core.views.permission_denied"
handler404 = "concord.core.views.page_not_found"
handler500 = "concord.core.views.server_error"

urlpatterns = [
    path("", include("concord.urls")),
    path("matrix/", include(matrix_patterns)),
]
