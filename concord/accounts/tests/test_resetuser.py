"""`concord resetuser`: password, two-factor and lockout resets; bad input refused."""

import pytest
from axes.models import AccessAttempt
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from concord.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
NEW = "another-long-pass-phrase"  # pragma: allowlist secret


def test_resets_password_two_factor_and_lockout(client, monkeypatch):
    user = UserFactory(username="sam")
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    for _ in range(5):
        client.post("/accounts/sign-in/", {"username": "sam", "password": "wrong-password"})
    assert AccessAttempt.objects.filter(username="sam").exists()
    monkeypatch.setenv("CONCORD_PASSWORD", NEW)
    call_command("resetuser", "sam", "--password", "--two-factor", "--unlock")
    user.refresh_from_db()
    assert user.check_password(NEW) is True
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not AccessAttempt.objects.filter(username="sam").exists()
    response = client.post("/accounts/sign-in/", {"username": "sam", "password": NEW})
    assert response["Location"] == "/accounts/two-factor/set-up/"


def test_unknown_user_and_nothing_to_do_are_refused():
    UserFactory(username="sam")
    with pytest.raises(CommandError, match="no user named 'nobody'"):
        call_command("resetuser", "nobody", "--unlock")
    with pytest.raises(CommandError, match="nothing to do"):
        call_command("resetuser", "sam")
