"""Security headers and production settings."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from concord.accounts.tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[3]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.django_db
def test_every_page_has_a_csp_with_a_nonce_that_its_scripts_carry(verified_client):
    client = verified_client(UserFactory())
    for url in (reverse("accounts:login"), reverse("core:home"), "/no-such-page/"):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        nonce = re.search(r"script-src 'self' 'nonce-([A-Za-z0-9_-]+)'", policy)
        assert nonce, policy
        html = response.content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert len(scripts) >= 2
        assert all(f'nonce="{nonce.group(1)}"' in tag for tag in scripts), scripts
        assert "unsafe-inline" not in policy
        assert "object-src 'none'" in policy
        assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_nonce_changes_on_every_response(client):
    first = client.get(reverse("accounts:login"))["Content-Security-Policy"]
    second = client.get(reverse("accounts:login"))["Content-Security-Policy"]
    assert first != second


@pytest.mark.django_db
def test_pages_send_the_other_security_headers(client):
    response = client.get(reverse("accounts:login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_pages_are_never_cached_but_static_files_are(verified_client):
    client = verified_client(UserFactory())
    page = client.get(reverse("core:home"))
    assert "no-store" in page["Cache-Control"]
    assert "private" in page["Cache-Control"]
    assert page["Permissions-Policy"].startswith("camera=()")
    static = client.get("/static/govuk/govuk-frontend.min.css")
    assert static.status_code == 200
    assert "no-store" not in static.get("Cache-Control", "")


def test_check_deploy_with_production_settings_is_clean():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="concord.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="concord.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _manage(
        "check",
        DJANGO_SETTINGS_MODULE="concord.settings.production",
        DJANGO_ALLOWED_HOSTS="concord.example.org",
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_settings_secure_cookies_and_hsts():
    from django.conf import Settings

    env = {"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "concord.example.org"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        production = Settings("concord.settings.production")
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    values = vars(production)
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["DEBUG"] is False


def test_production_collects_and_hashes_the_vendored_static_files(tmp_path):
    result = _manage(
        "collectstatic",
        "--noinput",
        DJANGO_SETTINGS_MODULE="concord.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="concord.example.org",
        DJANGO_STATIC_ROOT=str(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "govuk/govuk-frontend.min.css" in manifest
    assert "govuk/assets/fonts/bold-b542beb274-v2.woff2" in manifest
