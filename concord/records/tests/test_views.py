"""The upload page: administrators upload, see the report, confirm; all of it logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.records.models import Event, Extract, PersonRecord

from .builders import default_events, write_cif1, zip_folder

pytestmark = pytest.mark.django_db
UPLOAD = "/records/upload/"
CONFIRM = "/records/upload/confirm/"


@pytest.fixture(autouse=True)
def _private_upload_dir(settings, tmp_path: Path) -> None:
    settings.CONCORD_UPLOAD_DIR = str(tmp_path / "uploads")


def _zip_upload(tmp_path: Path, **kwargs: object) -> SimpleUploadedFile:
    archive = zip_folder(write_cif1(tmp_path / "gmp", **kwargs), tmp_path / "gmp.zip")  # type: ignore[arg-type]
    return SimpleUploadedFile("gmp.zip", archive.read_bytes(), content_type="application/zip")


def _admin() -> User:
    return UserFactory(role=User.Role.ADMINISTRATOR)


def test_url_name_is_records_upload() -> None:
    assert reverse("records:upload") == UPLOAD


@pytest.mark.parametrize("role", [r for r in User.Role.values if r != User.Role.ADMINISTRATOR])
def test_other_roles_are_forbidden(role: str, verified_client) -> None:
    client = verified_client(UserFactory(role=role))
    assert client.get(UPLOAD).status_code == 403
    assert client.post(CONFIRM).status_code == 403


def test_upload_check_and_confirm_imports_and_logs(tmp_path: Path, verified_client) -> None:
    client = verified_client(_admin())
    page = client.get(UPLOAD)
    assert page.status_code == 200
    assert b"govuk-file-upload" in page.content

    report = client.post(UPLOAD, {"extract": _zip_upload(tmp_path), "agency": ""})
    assert report.status_code == 200
    body = report.content.decode()
    assert "Check the extract before importing it" in body
    assert "govuk-error-summary" not in body
    assert Extract.objects.count() == 0  # nothing written until confirmed

    done = client.post(CONFIRM)
    assert done.status_code == 302
    assert done["Location"] == UPLOAD
    assert (PersonRecord.objects.count(), Event.objects.count()) == (3, 3)
    after = client.get(UPLOAD).content.decode()
    assert "imported: 3 people, 3 events" in after
    actions = list(AccessLogEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["records.upload", "records.import"]
    # The held file is gone once imported.
    assert client.post(CONFIRM).status_code == 400


def test_bad_extract_shows_error_summary_and_writes_nothing(
    tmp_path: Path, verified_client
) -> None:
    client = verified_client(_admin())
    events = default_events()
    events[1]["person_id"] = "P404"
    response = client.post(UPLOAD, {"extract": _zip_upload(tmp_path, events=events)})
    body = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in body
    assert "events.csv:3:2: person_id not found in people.csv" in body
    assert "The extract has 1 problem. Nothing has been imported." in body
    assert "Import extract" not in body
    refused = client.post(CONFIRM)
    assert refused.status_code == 400
    assert "There is no uploaded extract waiting" in refused.content.decode()
    assert Extract.objects.count() == PersonRecord.objects.count() == 0
    entry = AccessLogEntry.objects.get(action="records.upload")
    assert entry.detail["problems"] == 1


def test_wrong_file_type_is_a_form_error(verified_client) -> None:
    client = verified_client(_admin())
    upload = SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain")
    body = client.post(UPLOAD, {"extract": upload}).content.decode()
    assert "The extract must be a .zip, .xlsx, .csv or .json file" in body
    assert 'href="#id_extract"' in body


def test_missing_file_is_a_form_error(verified_client) -> None:
    client = verified_client(_admin())
    body = client.post(UPLOAD, {}).content.decode()
    assert "Select an extract to upload" in body
    assert "govuk-form-group--error" in body


def test_anonymous_is_sent_to_sign_in(client) -> None:
    response = client.get(UPLOAD)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_ssda903_upload_uses_the_chosen_agency(tmp_path: Path, verified_client) -> None:
    from concord.agencies.models import Sector
    from concord.agencies.tests.factories import AgencyFactory

    from .format_builders import write_ssda903

    AgencyFactory(code="OLD", sector=Sector.SOCIAL_CARE, area="Oldham")
    client = verified_client(_admin())
    csv_file = write_ssda903(tmp_path / "missing.csv")
    upload = SimpleUploadedFile("missing.csv", csv_file.read_bytes(), content_type="text/csv")

    without = client.post(UPLOAD, {"extract": upload}).content.decode()
    assert "SSDA903 files do not name their agency" in without

    upload.seek(0)
    report = client.post(UPLOAD, {"extract": upload, "agency": "OLD"}).content.decode()
    assert "Check the extract before importing it" in report
    assert "ssda903" in report
    assert client.post(CONFIRM).status_code == 302
    assert Event.objects.filter(agency__code="OLD", type="missing_episode").count() == 3
