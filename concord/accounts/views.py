"""Sign-in, two-factor set-up and verification, sign-out."""

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import redirect, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import match_token

from . import otp
from .forms import CODE_WRONG, SignInForm, TokenForm
from .models import User


def safe_next(request: HttpRequest) -> str:
    """Return the `next` parameter if it points inside Concord, else the home page."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url("core:home")


class SignInView(auth_views.LoginView):
    """Username and password; TOTP comes next (RequireVerifiedMiddleware)."""

    template_name = "accounts/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = False

    def get_success_url(self) -> str:
        user = self.request.user
        step = "accounts:otp_verify" if otp.confirmed_device(user) else "accounts:otp_setup"  # type: ignore[arg-type]
        url = resolve_url(step)
        target = safe_next(self.request)
        if target != resolve_url("core:home"):
            url = f"{url}?{urlencode({'next': target})}"
        return url


class SignOutView(auth_views.LogoutView):
    """Sign out (POST only) and return to the sign-in page."""

    template_name = "accounts/signed_out.html"


if TYPE_CHECKING:
    _FormView = FormView[TokenForm]
else:  # FormView is generic only in django-stubs
    _FormView = FormView


class _TokenView(LoginRequiredMixin, _FormView):
    form_class = TokenForm

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        if user.is_authenticated and user.is_verified():  # type: ignore[attr-defined]
            return redirect(safe_next(request))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["next"] = safe_next(self.request)
        return context


class OtpVerifyView(_TokenView):
    """Ask for the current code from the user's confirmed device."""

    template_name = "accounts/otp_verify.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        if isinstance(user, User) and not user.is_verified() and not otp.confirmed_device(user):  # type: ignore[attr-defined]
            return redirect("accounts:otp_setup")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form: TokenForm) -> HttpResponse:
        user = self.request.user
        device = match_token(user, form.cleaned_data["token"])
        if device is None:
            form.add_error("token", CODE_WRONG)
            return self.form_invalid(form)
        otp_login(self.request, device)
        return HttpResponseRedirect(safe_next(self.request))


class OtpSetupView(_TokenView):
    """First sign-in: show a new secret as a QR code and as text; confirm it with one code."""

    template_name = "accounts/otp_setup.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        # A confirmed device can only be replaced by an administrator, never by password alone.
        if isinstance(user, User) and not user.is_verified() and otp.confirmed_device(user):  # type: ignore[attr-defined]
            return redirect("accounts:otp_verify")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        device = otp.pending_device(self.request.user)  # type: ignore[arg-type]
        context["secret"] = otp.grouped(otp.base32_secret(device))
        context["qr_svg"] = otp.qr_svg(device.config_url)
        return context

    def form_valid(self, form: TokenForm) -> HttpResponse:
        device = otp.pending_device(self.request.user)  # type: ignore[arg-type]
        if not device.verify_token(form.cleaned_data["token"]):
            form.add_error("token", CODE_WRONG)
            return self.form_invalid(form)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(self.request, device)
        return HttpResponseRedirect(safe_next(self.request))
