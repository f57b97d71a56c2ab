import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.frameworks.models import Framework
from concord.frameworks.services import DEFAULT_FRAMEWORK

pytestmark = pytest.mark.django_db


def test_upload_list_and_detail(verified_client):
    admin = UserFactory(username="admin", role=User.Role.ADMINISTRATOR, agency=None)
    client = verified_client(admin)
    upload = SimpleUploadedFile("default.yaml", DEFAULT_FRAMEWORK.read_bytes())
    response = client.post(reverse("frameworks:load"), {"file": upload})
    framework = Framework.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("frameworks:detail", args=[framework.pk])
    listing = client.get(reverse("frameworks:list"))
    assert b"Multi-agency child exploitation case review" in listing.content
    detail = client.get(reverse("frameworks:detail", args=[framework.pk]))
    assert b"Return home interview" in detail.content or b"return home interview" in detail.content


def test_bad_upload_lists_line_and_field(verified_client):
    admin = UserFactory(username="admin", role=User.Role.COORDINATOR, agency=None)
    client = verified_client(admin)
    text = DEFAULT_FRAMEWORK.read_text().replace("answer: grade", "answer: stars", 1)
    upload = SimpleUploadedFile("bad.yaml", text.encode())
    response = client.post(reverse("frameworks:load"), {"file": upload})
    assert response.status_code == 400
    assert b"govuk-error-summary" in response.content
    assert b"bad.yaml:" in response.content
    assert b"sections[0].questions[0].answer" in response.content
    assert not Framework.objects.exists()


def test_reviewers_cannot_manage_frameworks(verified_client):
    reviewer = UserFactory(username="rev", role=User.Role.REVIEWER)
    assert verified_client(reviewer).get(reverse("frameworks:list")).status_code == 403
