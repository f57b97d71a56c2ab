"""Sign-in with two-factor in a real browser: home page, axe clean, screenshot."""

import re

import pytest
from django_otp.oath import totp

from concord.accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.browser


def _code_for_secret(secret: str) -> str:
    import base64

    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    return str(totp(key)).zfill(6)


def test_sign_in_with_two_factor_reaches_home_page(signed_in_page, axe_check, screenshot):
    user = UserFactory(role="coordinator")
    page = signed_in_page(user)
    assert page.get_by_role("heading", level=1).inner_text() == "Concord"
    assert page.get_by_text("Review coordinator").is_visible()
    axe_check(page)
    screenshot(page, "home-coordinator")


def test_first_sign_in_sets_up_authenticator_then_reaches_home(page, axe_check, screenshot):
    user = UserFactory(role="reviewer")
    page.goto(page.url_for("accounts:login"))
    axe_check(page)
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(re.compile(r"/accounts/two-factor/set-up/"))
    assert page.get_by_role("img", name=re.compile("QR code")).is_visible()
    axe_check(page)
    screenshot(page, "two-factor-set-up")
    page.get_by_role("button", name="Confirm and sign in").click()
    assert page.get_by_role("alert").is_visible()  # error summary: no code entered
    axe_check(page)
    secret = page.locator("#otp-secret").inner_text()
    page.get_by_label("Code from your authenticator app").fill(_code_for_secret(secret))
    page.get_by_role("button", name="Confirm and sign in").click()
    page.wait_for_url(page.url_for("core:home"))
    assert page.get_by_role("heading", level=1).inner_text() == "Concord"


def test_sign_in_page_is_accessible_without_javascript(browser, live_server, transactional_db):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/sign-in/")
    assert page.get_by_role("button", name="Continue").is_visible()
    context.close()


def test_error_and_lockout_pages_are_accessible(signed_in_page, page, axe_check, screenshot):
    user = UserFactory(role="viewer")
    signed_in_page(user)
    page.goto("/no-such-page/")
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    axe_check(page)
    page.get_by_role("button", name=re.compile("Sign out")).click()
    page.wait_for_url(re.compile(r"/accounts/sign-in/"))
    for _ in range(6):
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password", exact=True).fill("not-the-password")
        page.get_by_role("button", name="Continue").click()
        if page.get_by_role("heading", name="Your account is locked").count():
            break
    assert page.get_by_role("heading", level=1).inner_text() == "Your account is locked"
    axe_check(page)
    screenshot(page, "locked-out")


def test_govuk_frontend_javascript_runs_under_the_csp(page):
    page.goto(page.url_for("accounts:login"))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()
    # govuk-frontend's ErrorSummary moves focus to the summary once initAll() has run.
    page.wait_for_function("document.activeElement.classList.contains('govuk-error-summary')")
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')") is True


def test_accessibility_statement_is_public_and_accessible(page, axe_check):
    page.goto("/")
    page.get_by_role("link", name="Accessibility statement").click()
    assert (
        page.get_by_role("heading", level=1).inner_text() == "Accessibility statement for Concord"
    )
    axe_check(page)
