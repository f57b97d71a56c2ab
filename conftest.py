"""Shared pytest set-up: artefacts folder, signed-in test clients and browser-test fixtures.

Browser tests (mark them ``@pytest.mark.browser``) drive Debian's Chromium through Playwright
against pytest-django's ``live_server``::

    @pytest.mark.browser
    def test_reviewer_sees_home(signed_in_page, axe_check, screenshot):
        page = signed_in_page(UserFactory(role="reviewer"))   # real sign-in, real TOTP code
        page.goto(page.url_for("core:home"))
        axe_check(page)                                      # fails on any axe violation
        screenshot(page, "reviewer-home")                    # saved under test-artifacts/

``signed_in_page`` uses the ``transactional_db`` (the live server runs in another thread).
Every page also fails the test if the browser reports a Content-Security-Policy violation.
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).parent / "test-artifacts"
CHROMIUM = os.environ.get("CONCORD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TEST_PASSWORD = "correct-horse-battery-staple"  # pragma: allowlist secret


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


# ---------------------------------------------------------------------------------------------
# Browser tests


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Headless Debian Chromium for one test (never Playwright's own download).

    Started per test, not per session: a Playwright sync API left running between tests would
    make every later test run inside its event loop (and break tests that start their own).
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/browser-deps")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the fixtures make
    # are synchronous and safe here. Restored after the test.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server, transactional_db):  # type: ignore[no-untyped-def]
    """A fresh browser page on the live server; fails the test on any CSP violation."""
    from django.urls import reverse

    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    csp_errors: list[str] = []

    def on_console(message: Any) -> None:
        if "Content Security Policy" in message.text:
            csp_errors.append(message.text)

    page.on("console", on_console)
    page.url_for = lambda name, *args: live_server.url + reverse(name, args=args)
    yield page
    context.close()
    assert not csp_errors, f"Content-Security-Policy violations: {csp_errors}"


def _authenticator(user: Any) -> Callable[[], str]:
    """Give the user a confirmed TOTP device; return a function showing its current code."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)

    def code() -> str:
        value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        return str(value).zfill(device.digits)

    return code


@pytest.fixture
def signed_in_page(page):  # type: ignore[no-untyped-def]
    """Return a function that signs a user in through the real UI with a real TOTP code."""

    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    def sign_in(user: Any, password: str = TEST_PASSWORD) -> Any:
        user.set_password(password)
        user.save(update_fields=["password"])
        authenticator = _authenticator(user)
        page.goto(page.url_for("accounts:login"))
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password", exact=True).fill(password)
        page.get_by_role("button", name="Continue").click()
        page.get_by_label("Code from your authenticator app").fill(authenticator())
        page.get_by_role("button", name="Sign in").click()
        try:
            page.wait_for_url(lambda url: "/accounts/" not in url, timeout=10_000)
        except PlaywrightTimeoutError:
            pytest.fail(f"sign-in did not complete: still on {page.url}")
        return page

    return sign_in


@pytest.fixture
def axe_check() -> Callable[[Any], None]:
    """Return a function that runs axe-core (bundled) on a page and fails on any violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page: Any) -> None:
        results = axe.run(page)
        assert results.violations_count == 0, results.generate_report()

    return check


@pytest.fixture
def screenshot(artifacts_dir: Path) -> Callable[[Any, str], Path]:
    """Return a function that saves a full-page screenshot to the artefacts folder."""

    def save(page: Any, name: str) -> Path:
        path = artifacts_dir / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
