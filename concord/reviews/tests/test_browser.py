"""A whole small review round in a real browser: every page axe-checked, no CSP violations."""

import re
from typing import Any

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from concord.accounts.tests.factories import PASSWORD
from concord.agencies.models import Sector
from concord.frameworks.services import DEFAULT_FRAMEWORK
from concord.reviews.models import Allocation, Audit, ModerationDecision, ReviewRound

from .factories import finding_for, partnership

pytestmark = pytest.mark.browser


def _sign_in(browser: Any, live_server: Any, user: Any) -> Any:
    """A new browser context signed in as `user` through the real form and a real TOTP code."""
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="default", defaults={"confirmed": True}
    )
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.goto(reverse("accounts:login"))
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    code = str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits))
    page.get_by_label("Code from your authenticator app").fill(code.zfill(device.digits))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/accounts/" not in page.url
    return page


def _complete_audit(page: Any, audit: Audit, overall: str) -> None:
    page.goto(reverse("reviews:audit", args=[audit.pk]))
    framework = audit.allocation.round.framework
    assert framework is not None
    definition = framework.parsed()
    for question in definition.questions_for(audit.allocation.sector):
        options = [v for v, _ in question.options(definition.grading_scale)]
        name = f"q-{question.key}"
        if options:
            value = (
                overall
                if question.key == "overall_quality"
                else ("good" if "good" in options else options[0])
            )
            page.locator(f"input[name='{name}'][value='{value}']").check(force=True)
        elif question.answer == "number":
            page.locator(f"input[name='{name}']").fill("1")
        elif question.answer == "date":
            page.locator(f"input[name='{name}']").fill("2025-05-01")
        if question.answer == "grade":
            page.locator(f"textarea[name='r-{question.key}']").fill(
                f"Reviewer reasons ({overall})."
            )
    page.get_by_label("Good practice").fill("Quick strategy discussion.")
    page.get_by_role("button", name="Submit audit").click()
    page.wait_for_load_state()


def test_whole_round_in_the_browser(browser, live_server, transactional_db, axe_check, screenshot):
    p = partnership(children_per_area=2, load_framework=False)
    finding_for(p.children[0], "no_return_interview")
    coordinator = _sign_in(browser, live_server, p.coordinator)

    # Load the framework.
    coordinator.goto(reverse("frameworks:list"))
    axe_check(coordinator)
    coordinator.get_by_label("Framework file (YAML)").set_input_files(str(DEFAULT_FRAMEWORK))
    coordinator.get_by_role("button", name="Load framework").click()
    coordinator.wait_for_load_state()
    assert coordinator.get_by_role("heading", level=1).inner_text().startswith("Multi-agency")
    axe_check(coordinator)

    # Create a round, with a validation error first.
    coordinator.goto(reverse("reviews:round_create"))
    coordinator.get_by_role("button", name="Create round").click()
    assert coordinator.get_by_role("alert").is_visible()
    axe_check(coordinator)
    coordinator.get_by_label("Theme").fill("CSE and missing")
    for prefix, (d, m, y) in (
        ("period_start", ("1", "1", "2025")),
        ("period_end", ("30", "6", "2025")),
    ):
        coordinator.locator(f"#id_{prefix}_day").fill(d)
        coordinator.locator(f"#id_{prefix}_month").fill(m)
        coordinator.locator(f"#id_{prefix}_year").fill(y)
    for sector in ("Police", "Children's social care", "Health"):
        coordinator.get_by_label(sector, exact=True).check(force=True)
    coordinator.get_by_label("Children per local authority and sector").fill("2")
    coordinator.get_by_label("Share given a second, blind review (%)").fill("50")
    coordinator.get_by_role("button", name="Create round").click()
    coordinator.wait_for_load_state()
    review_round = ReviewRound.objects.get()

    # Sample, then allocate.
    coordinator.get_by_role("button", name="Draw the sample").click()
    coordinator.wait_for_load_state()
    coordinator.get_by_role("button", name="Allocate reviewers").click()
    coordinator.wait_for_load_state()
    axe_check(coordinator)
    screenshot(coordinator, "review-round-allocated")
    review_round.refresh_from_db()
    assert review_round.status == ReviewRound.Status.IN_PROGRESS

    # Two reviewers complete the audits of a double-reviewed child and sector.
    second = Allocation.objects.filter(round=review_round, is_second_review=True).earliest("pk")
    first = Allocation.objects.get(
        round=review_round, child=second.child, sector=second.sector, is_second_review=False
    )
    assert first.reviewer != second.reviewer
    for allocation, overall in ((first, "good"), (second, "requires_improvement")):
        reviewer = _sign_in(browser, live_server, allocation.reviewer)
        reviewer.goto(reverse("reviews:home"))
        axe_check(reviewer)
        reviewer.goto(reverse("reviews:audit", args=[allocation.audit.pk]))
        axe_check(reviewer)
        assert "Reviewer reasons (good)" not in reviewer.content()  # blind
        _complete_audit(reviewer, allocation.audit, overall)
        allocation.audit.refresh_from_db()
        assert allocation.audit.status == Audit.Status.SUBMITTED
        screenshot(reviewer, f"review-submitted-{overall}")
        reviewer.context.close()

    # Moderate the disagreement, then see the dashboard.
    coordinator.goto(reverse("reviews:moderation", args=[review_round.pk]))
    axe_check(coordinator)
    sector = Sector(second.sector).label
    coordinator.get_by_role("link", name=f"{second.child.public_id}, {sector}").first.click()
    coordinator.wait_for_load_state()
    axe_check(coordinator)
    coordinator.locator("input[name='agreed-overall_quality'][value='requires_improvement']").check(
        force=True
    )
    coordinator.locator("textarea[name='reason-overall_quality']").fill("Plan drifted")
    coordinator.get_by_role("button", name="Record agreed answers").click()
    coordinator.wait_for_load_state()
    decision = ModerationDecision.objects.get()
    assert decision.agreed_value == "requires_improvement"
    coordinator.goto(reverse("reviews:dashboard", args=[review_round.pk]))
    assert coordinator.get_by_role("img", name="Grades by question, all sectors").is_visible()
    table = coordinator.get_by_role("table", name="Grades by question, sector and local authority")
    assert table.is_visible() is False  # folded away under the chart until asked for
    coordinator.get_by_text("The same grades as a table").click()
    assert table.is_visible() is True
    axe_check(coordinator)
    screenshot(coordinator, "review-dashboard")
    coordinator.goto(reverse("reviews:learning", args=[review_round.pk]))
    axe_check(coordinator)
    coordinator.context.close()


def _axe_check_without_scripts(browser, base_url: str, path: str, html: str, axe_check) -> None:
    """Run axe on a page as a browser without JavaScript received it.

    axe itself needs JavaScript, so the HTML the no-JavaScript browser got is served again, with
    every script removed and script files refused, to a browser that can run axe.
    """
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    without_scripts = re.sub(r"<script\b.*?</script>", "", html, flags=re.DOTALL | re.IGNORECASE)
    assert "<script" not in without_scripts.lower()
    context.route("**/*.js", lambda route: route.abort())
    context.route(
        f"**{path}",
        lambda route: route.fulfill(body=without_scripts, content_type="text/html"),
    )
    page.goto(path)
    assert "js-enabled" not in (page.locator("body").get_attribute("class") or "")
    axe_check(page)
    context.close()


def test_audit_form_works_without_javascript(browser, live_server, transactional_db, axe_check):
    from concord.reviews.services import round_allocate, round_sample_draw

    from .factories import make_round

    p = partnership(children_per_area=1)
    review_round = make_round(p, per_stratum=5)
    round_sample_draw(actor=p.coordinator, review_round=review_round, seed=2)
    round_allocate(actor=p.coordinator, review_round=review_round)
    audit = Audit.objects.filter(allocation__sector="social_care").earliest("pk")
    reviewer = audit.allocation.reviewer
    reviewer.set_password(PASSWORD)
    reviewer.save(update_fields=["password"])
    device, _ = TOTPDevice.objects.get_or_create(
        user=reviewer, name="default", defaults={"confirmed": True}
    )
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(reverse("accounts:login"))
    page.get_by_label("Username").fill(reviewer.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    code = str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits))
    page.get_by_label("Code from your authenticator app").fill(code.zfill(device.digits))
    page.get_by_role("button", name="Sign in").click()
    audit_path = reverse("reviews:audit", args=[audit.pk])
    page.goto(audit_path)
    _axe_check_without_scripts(browser, live_server.url, audit_path, page.content(), axe_check)
    page.locator("input[name='q-voice_of_child'][value='good']").check(force=True)
    page.locator("textarea[name='r-voice_of_child']").fill("Child's words recorded.")
    page.get_by_role("button", name="Save as draft").click()
    assert page.get_by_text("Draft saved.").is_visible()
    page.get_by_role("button", name="Submit audit").click()
    assert page.get_by_role("alert").is_visible()  # the error summary lists what is missing
    answer = audit.answers.get(question_key="voice_of_child")
    assert (answer.value, answer.rationale) == ("good", "Child's words recorded.")
    context.close()
