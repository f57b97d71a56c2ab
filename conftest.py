"""Shared pytest set-up: test artefacts folder."""

from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).parent / "test-artifacts"


@pytest.fixture
def artifacts_dir() -> Path:
    """A folder for screenshots and other artefacts that CI keeps."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def verified_client(client):  # type: ignore[no-untyped-def]
    """Return a function that signs a user in on the test client with TOTP already verified."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def sign_in(user):  # type: ignore[no-untyped-def]
        device, _ = TOTPDevice.objects.get_or_create(
            user=user, name="default", defaults={"confirmed": True}
        )
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return sign_in
