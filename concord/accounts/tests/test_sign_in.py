"""Sign-in, lockout, two-factor and session expiry through the real views and middleware."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from concord.accounts.tests.factories import PASSWORD, UserFactory
from concord.core.tests.matrix import iter_urls

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/sign-in/"


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key):06d}"


def _password_only(client, user):
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def test_lockout_after_five_failures_even_with_the_right_password(client):
    user = UserFactory(username="locky")
    for _ in range(5):
        response = client.post(LOGIN, {"username": "locky", "password": "wrong-password-1"})
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "Your account is locked" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock_the_account(client):
    user = UserFactory()
    for _ in range(4):
        client.post(LOGIN, {"username": user.username, "password": "wrong-password-1"})
    response = _password_only(client, user)
    assert response["Location"] == reverse("accounts:otp_setup")


def test_wrong_password_shows_a_govuk_error_summary(client):
    UserFactory(username="erin")
    response = client.post(LOGIN, {"username": "erin", "password": "nope"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="govuk-error-summary"' in html
    assert "Enter a correct username and password" in html
    assert "<title>Error: Sign in" in html


def test_empty_sign_in_links_each_error_to_its_field(client):
    html = client.post(LOGIN, {}).content.decode()
    assert '<a href="#id_username">Enter your username</a>' in html
    assert '<a href="#id_password">Enter your password</a>' in html
    assert 'class="govuk-input govuk-input--error"' in html


# Every page except the sign-in steps themselves (pages with URL kwargs: the permission matrix).
SIGN_IN_STEPS = {"accounts:login", "accounts:logout", "accounts:otp_setup", "accounts:otp_verify"}
PAGES = [e for e in iter_urls() if e.name and not e.kwargs and e.name not in SIGN_IN_STEPS]


@pytest.mark.parametrize("entry", PAGES, ids=[e.name for e in PAGES])
def test_two_factor_cannot_be_skipped_on_any_page(client, entry):
    user = UserFactory()
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    _password_only(client, user)
    response = getattr(client, entry.method)(reverse(entry.name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:otp_verify"))


def test_password_only_session_is_sent_to_verify_with_next(client):
    user = UserFactory()
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    response = _password_only(client, user)
    assert response["Location"] == reverse("accounts:otp_verify")
    response = client.get("/?page=2")
    assert response["Location"] == "/accounts/two-factor/?next=%2F%3Fpage%3D2"


def test_first_sign_in_confirms_a_new_device_with_a_real_code(client):
    user = UserFactory()
    _password_only(client, user)
    page = client.get(reverse("accounts:otp_setup")).content.decode()
    assert '<svg role="img" aria-label="QR code' in page
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(reverse("accounts:otp_setup"), {"token": _code(device)})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:home")
    device.refresh_from_db()
    assert device.confirmed is True
    assert client.get(reverse("core:home")).status_code == 200


def test_wrong_code_is_rejected_and_the_session_stays_unverified(client):
    user = UserFactory()
    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    _password_only(client, user)
    wrong = f"{(int(_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("accounts:otp_verify"), {"token": wrong})
    assert response.status_code == 200
    assert "The code is not correct" in response.content.decode()
    assert client.get(reverse("core:home")).status_code == 302


def test_verify_with_the_current_code_reaches_the_page_asked_for(client):
    user = UserFactory()
    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    _password_only(client, user)
    response = client.post(
        reverse("accounts:otp_verify") + "?next=/accounts/sign-in/", {"token": _code(device)}
    )
    assert response["Location"] == "/accounts/sign-in/"
    assert client.get(reverse("core:home")).status_code == 200


def test_next_pointing_off_site_is_ignored(client):
    user = UserFactory()
    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    _password_only(client, user)
    response = client.post(
        reverse("accounts:otp_verify") + "?next=https://evil.example/", {"token": _code(device)}
    )
    assert response["Location"] == reverse("core:home")


def test_password_alone_cannot_replace_a_confirmed_device(client):
    user = UserFactory()
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    _password_only(client, user)
    response = client.get(reverse("accounts:otp_setup"))
    assert response["Location"] == reverse("accounts:otp_verify")
    assert TOTPDevice.objects.filter(user=user, confirmed=False).count() == 0


def test_expired_session_is_signed_out(verified_client):
    from django.contrib.sessions.models import Session

    client = verified_client(UserFactory())
    assert client.get(reverse("core:home")).status_code == 200
    Session.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    response = client.get(reverse("core:home"))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_sessions_expire_after_thirty_idle_minutes_and_at_browser_close(settings):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True


def test_sign_out_ends_the_session(verified_client):
    client = verified_client(UserFactory())
    response = client.post(reverse("accounts:logout"))
    assert response["Location"] == reverse("accounts:login")
    assert client.get(reverse("core:home"))["Location"].startswith(reverse("accounts:login"))


def test_anonymous_user_is_sent_to_sign_in(client):
    response = client.get(reverse("core:home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
