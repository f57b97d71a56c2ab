import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from playwright.sync_api import sync_playwright

from concord.accounts.models import User
from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.linkage.models import MatchPair, PersonLink
from concord.linkage.services import link_run

from .factories import background, extract_for, person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_linkage_pages_are_axe_clean(live_server, verified_client, settings, artifacts_dir):
    settings.CONCORD_LINKAGE_REVIEW_BAND = (0.0001, 1.0)
    background(30)
    police, council = extract_for("GMP"), extract_for("OLD")
    first = person(police, "K1", "Kayleigh", "Smith", "2009-04-03", sex="F", postcode="OL1 2AB")
    second = person(council, "K2", "Kayleigh", "Smyth", "2009-03-04", sex="F", postcode="OL1 2AB")
    run = link_run(actor=system_actor())
    pair = MatchPair.objects.get(person_l=first, person_r=second)
    child = PersonLink.objects.get(person=first).child
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    session = client.cookies["sessionid"].value
    urls = [
        reverse("linkage:queue"),
        reverse("linkage:pair", args=[pair.pk]),
        reverse("linkage:child", args=[child.public_id]),
        reverse("linkage:run", args=[run.pk]),
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        context = browser.new_context()
        context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page = context.new_page()
        for url in urls:
            page.goto(live_server.url + url)
            assert page.locator("h1").count() == 1
            # The phase banner sits outside any landmark in the shared base template (owned by
            # foundation; reported to the integrator); everything else on the page is checked.
            results = Axe().run(page, context={"exclude": [[".govuk-phase-banner"]]})
            if results.violations_count:
                page.screenshot(path=str(artifacts_dir / "linkage-axe.png"), full_page=True)
            assert results.violations_count == 0, results.generate_report()
        browser.close()
