"""View gates by role. Object access goes through each app's access-checked selectors."""

from collections.abc import Callable
from functools import wraps
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


ViewFunc = Callable[..., HttpResponseBase]


def role_required(*roles: str) -> Callable[[ViewFunc], ViewFunc]:
    """Gate a function view by role (403 otherwise), like RoleRequiredMixin.

    The wrapped view carries ``allowed_roles`` so the permission matrix can read it.
    """
    allowed = frozenset(roles)

    def decorate(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            user = request.user
            if not user.is_authenticated or user.role not in allowed:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapper.allowed_roles = allowed  # type: ignore[attr-defined]
        return wrapper

    return decorate
