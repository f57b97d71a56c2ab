"""Triage in a real browser: filter, open a finding, dismiss it with a reason; axe clean."""

import pytest

from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.screening.models import FindingDecision
from concord.screening.services import screening_run
from concord.screening.tests.factories import police_and_care_child

pytestmark = pytest.mark.browser


def test_investigator_filters_triage_opens_a_finding_and_dismisses_it(
    signed_in_page, axe_check, screenshot
):
    child, _ = police_and_care_child()
    screening_run(actor=system_actor())
    user = UserFactory(role="coordinator")
    page = signed_in_page(user)
    page.goto(page.url_for("screening:triage"))
    axe_check(page)
    page.get_by_label("Rule").select_option("victim_blaming_language")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()
    assert "rule=victim_blaming_language" in page.url
    screenshot(page, "screening-triage")
    page.get_by_role("link", name="CH-A", exact=True).click()
    axe_check(page)
    page.get_by_role("link", name="put herself at risk", exact=False).first.click()
    assert page.locator("mark").first.inner_text() == "put herself at risk"
    axe_check(page)
    screenshot(page, "screening-finding")
    page.get_by_role("button", name="Save decision").click()
    assert page.get_by_text("There is a problem").is_visible()
    axe_check(page)
    page.get_by_label("Dismiss: the finding is wrong").check()
    page.get_by_label("Reason").fill("Quoted from the referral, challenged at the meeting")
    page.get_by_role("button", name="Save decision").click()
    page.wait_for_load_state()
    assert FindingDecision.objects.filter(decision="dismissed", decided_by=user).count() == 1
    assert page.get_by_text("Dismissed by").is_visible()
