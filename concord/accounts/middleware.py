"""Two-factor sign-in is required for every role: unverified sessions reach only sign-in pages."""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

# URL names an unverified (password-only) session may reach.
OPEN_URL_NAMES = frozenset(
    {"accounts:login", "accounts:logout", "accounts:otp_setup", "accounts:otp_verify"}
)


class RequireVerifiedMiddleware:
    """Send a signed-in user who has not passed TOTP to set-up or verification."""

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
        user = request.user
        if not user.is_authenticated or user.is_verified():  # type: ignore[attr-defined]
            return None
        match = request.resolver_match
        if match is not None and match.view_name in OPEN_URL_NAMES:
            return None
        return redirect("accounts:otp_verify")
