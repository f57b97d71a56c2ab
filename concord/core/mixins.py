"""View mixins: role gates. Object access goes through each app's access-checked selectors."""

from typing import Any, ClassVar

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase


class RoleRequiredMixin(LoginRequiredMixin):
    """Allow only the listed roles; others get 403 (a page's existence is not secret)."""

    allowed_roles: ClassVar[frozenset[str]] = frozenset()

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        if user.is_authenticated and user.role not in self.allowed_roles:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
