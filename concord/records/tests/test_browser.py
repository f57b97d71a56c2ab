"""Upload an extract in a real browser: form, error summary, report, confirm; axe clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.records.models import Event

from .builders import default_events, write_cif1, zip_folder

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _private_upload_dir(settings, tmp_path: Path) -> None:
    settings.CONCORD_UPLOAD_DIR = str(tmp_path / "uploads")


def test_administrator_uploads_checks_and_imports(
    signed_in_page, axe_check, screenshot, tmp_path: Path
) -> None:
    page = signed_in_page(UserFactory(role=User.Role.ADMINISTRATOR))
    page.goto(page.url_for("records:upload"))
    axe_check(page)

    events = default_events()
    events[0]["type"] = "burglary"
    bad = zip_folder(write_cif1(tmp_path / "bad", events=events), tmp_path / "bad.zip")
    page.get_by_label("Extract file").set_input_files(str(bad))
    page.get_by_role("button", name="Upload and check").click()
    summary = page.get_by_role("alert")
    assert "events.csv:2:3: unknown event type" in summary.inner_text()
    axe_check(page)
    screenshot(page, "records-upload-problems")

    good = zip_folder(write_cif1(tmp_path / "good"), tmp_path / "good.zip")
    page.get_by_label("Extract file").set_input_files(str(good))
    page.get_by_role("button", name="Upload and check").click()
    assert page.get_by_role("heading", name="Check the extract before importing it").is_visible()
    axe_check(page)
    page.get_by_role("button", name="Import extract").click()
    assert "imported: 3 people, 3 events" in page.get_by_role("alert").inner_text()
    axe_check(page)
    screenshot(page, "records-upload-imported")
    assert Event.objects.count() == 3
