"""TOTP devices: set-up secret, QR code and verification (django-otp underneath)."""

import base64
import io

import qrcode
import qrcode.image.svg
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import User

DEVICE_NAME = "default"
QR_LABEL = "QR code to add Concord to your authenticator app"


def confirmed_device(user: User) -> TOTPDevice | None:
    """Return the user's confirmed TOTP device, if any."""
    for device in devices_for_user(user, confirmed=True):
        if isinstance(device, TOTPDevice):
            return device
    return None


def pending_device(user: User) -> TOTPDevice:
    """Return the unconfirmed device being set up, creating it on first call."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def base32_secret(device: TOTPDevice) -> str:
    """Return the secret as authenticator apps expect it typed in (base32, no padding)."""
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def grouped(secret: str) -> str:
    """Split a secret into groups of four characters, easier to type."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(uri: str) -> str:
    """Return an inline SVG QR code for the otpauth:// URI (no external image, no script)."""
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    # Drop the XML declaration so the SVG can sit inside HTML.
    svg = svg[svg.index("<svg") :]
    return svg.replace("<svg ", f'<svg role="img" aria-label="{QR_LABEL}" ', 1)
