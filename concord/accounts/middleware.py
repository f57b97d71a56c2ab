"""Two-factor sign-in is required for every role: unverified sessions reach only sign-in pages."""

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import reverse

# URL names anyone may reach without signing in.
PUBLIC_URL_NAMES = frozenset({"accounts:login", "accounts:logout"})
# URL names a password-only (not yet TOTP-verified) session may reach.
OPEN_URL_NAMES = PUBLIC_URL_NAMES | {"accounts:otp_setup", "accounts:otp_verify"}


def _with_next(url: str, request: HttpRequest) -> str:
    if request.method != "GET" or request.get_full_path() == reverse("core:home"):
        return url
    return f"{url}?{urlencode({'next': request.get_full_path()})}"


class RequireVerifiedMiddleware:
    """Deny every page to anonymous users and to sessions that have not passed TOTP.

    Anonymous users go to sign-in; a password-only session goes to TOTP verification (or set-up).
    Views need not opt in: a new view is protected by default.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        match = request.resolver_match
        view_name = match.view_name if match is not None else ""
        user = request.user
        if not user.is_authenticated:
            if view_name in PUBLIC_URL_NAMES:
                return None
            return HttpResponseRedirect(_with_next(resolve_url(settings.LOGIN_URL), request))
        if user.is_verified() or view_name in OPEN_URL_NAMES:  # type: ignore[attr-defined]
            return None
        return HttpResponseRedirect(_with_next(reverse("accounts:otp_verify"), request))
