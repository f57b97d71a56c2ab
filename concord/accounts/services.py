"""Account services: the SYSTEM actor and user creation."""

from typing import TYPE_CHECKING

from django.db import transaction

from concord.agencies.models import Agency

from .models import SYSTEM_USERNAME, User

if TYPE_CHECKING:
    from django_otp.plugins.otp_totp.models import TOTPDevice


def system_actor() -> User:
    """Return the SYSTEM user that imports, linkage and screening run as (never `user=None`)."""
    user, _ = User.objects.get_or_create(
        username=SYSTEM_USERNAME,
        defaults={"role": User.Role.ADMINISTRATOR, "is_active": False, "first_name": "System"},
    )
    return user


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str | None,
    role: str,
    agency: Agency | None = None,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
) -> User:
    """Create a user with a role and agency; `password=None` leaves it unusable."""
    user = User(
        username=username,
        role=role,
        agency=agency,
        first_name=first_name,
        last_name=last_name,
        email=email,
    )
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.full_clean()
    user.save()
    return user


@transaction.atomic
def user_reset(
    *, user: User, password: str | None = None, two_factor: bool = False, unlock: bool = False
) -> list[str]:
    """Set a new password, remove TOTP devices (set up again at sign-in) and/or lift a lockout."""
    from axes.utils import reset as axes_reset
    from django_otp.plugins.otp_totp.models import TOTPDevice

    done = []
    if password is not None:
        user.set_password(password)
        user.save(update_fields=["password"])
        done.append("password set")
    if two_factor:
        TOTPDevice.objects.filter(user=user).delete()
        done.append("two-factor removed (set up again at next sign-in)")
    if unlock:
        axes_reset(username=user.get_username())
        done.append("unlocked")
    return done


@transaction.atomic
def totp_device_confirm(*, user: User, token: str) -> "TOTPDevice | None":
    """Confirm the user's device being set up if ``token`` is its current code; else None."""
    from .otp import pending_device

    device = pending_device(user)
    if not device.verify_token(token):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device
