import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.agencies.tests.factories import AgencyFactory

from .factories import EventFactory, child_with_records, events_bulk, finding_on

pytestmark = pytest.mark.browser


def _child():
    police = AgencyFactory(code="GMP", name="Greater Manchester Police", sector="police", area="")
    health = AgencyFactory(code="NHSSH", name="Sexual health clinic", sector="health", area="")
    child, (p_police, p_health) = child_with_records([police, health], public_id="C-BROWSE1")
    events_bulk(p_police, 6, start=datetime(2023, 2, 1, tzinfo=UTC), step=timedelta(days=40))
    events_bulk(p_health, 4, start=datetime(2023, 3, 5, tzinfo=UTC), step=timedelta(days=50))
    EventFactory(
        person=p_police,
        type="missing_report",
        occurred_at=datetime(2023, 6, 2, 22, tzinfo=UTC),
        ended_at=datetime(2023, 6, 4, 10, tzinfo=UTC),
        text="Reported missing by carer; found in a taxi with adults.",
    )
    note = EventFactory(
        person=p_health,
        type="note",
        occurred_at=datetime(2023, 7, 1, 10, tzinfo=UTC),
        text="She is putting herself at risk.",
    )
    finding_on(child, [note], highlights=[[[7, 30]]])
    return child, police


def test_chronology_filter_by_agency_chart_and_csv(signed_in_page, axe_check, screenshot):
    child, police = _child()
    page = signed_in_page(UserFactory(role=User.Role.INVESTIGATOR, agency=police))
    page.goto(page.url_for("screening:triage"))
    page.get_by_role("link", name=f"Chronology of {child.public_id}").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/children/{child.public_id}/")
    assert page.get_by_role("heading", name="Multi-agency chronology").is_visible()
    chart = page.get_by_role("img", name="Events per agency over time")
    assert chart.is_visible()
    assert page.locator(".concord-event").count() == 12
    assert page.locator("mark.concord-mark--finding").inner_text() == "putting herself at risk"
    page.get_by_text("Show the timeline as a table").click()
    assert page.get_by_role("table", name="Events per agency by month").is_visible()
    axe_check(page)

    page.get_by_label("Greater Manchester Police (GMP)").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()
    assert "agency=GMP" in page.url
    assert page.locator(".concord-event").count() == 7
    assert page.locator(".concord-event--health").count() == 0
    assert page.locator(".concord-timeline__lane.concord-sector--police").count() == 1
    assert page.locator(".concord-timeline__lane.concord-sector--health").count() == 0
    axe_check(page)
    screenshot(page, "chronology-filtered-by-agency")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download as CSV").click()
    path = Path(download.value.path())
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    assert {row["agency"] for row in rows} == {"GMP"}
    assert download.value.suggested_filename == "chronology-C-BROWSE1.csv"

    page.get_by_role("link", name="Printable chronology").click()
    page.wait_for_load_state()
    assert "/print/?" in page.url
    assert "agency=GMP" in page.url
    assert page.locator(".concord-event").count() == 7
    axe_check(page)
    page.emulate_media(media="print")
    assert page.locator(".govuk-footer").is_hidden()
    assert page.locator(".govuk-service-navigation").is_hidden()
    screenshot(page, "chronology-print")
