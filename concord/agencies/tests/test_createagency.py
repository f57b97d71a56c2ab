"""`concord createagency`: creates an agency; bad input exits with a one-line reason."""

import pytest
from django.core.management import CommandError, call_command

from concord.agencies.models import Agency

pytestmark = pytest.mark.django_db


def test_creates_an_agency():
    call_command(
        "createagency", "LA-BURY", "--name", "Bury children's social care",
        "--sector", "social_care", "--area", "Bury",
    )  # fmt: skip
    agency = Agency.objects.get(code="LA-BURY")
    assert (agency.sector, agency.area) == ("social_care", "Bury")


def test_unknown_sector_and_duplicate_code_are_refused():
    with pytest.raises(CommandError, match="unknown sector 'fire'; choose one of police"):
        call_command("createagency", "X", "--name", "X", "--sector", "fire")
    call_command("createagency", "X", "--name", "X", "--sector", "police")
    with pytest.raises(CommandError, match="an agency with code 'X' already exists"):
        call_command("createagency", "X", "--name", "Y", "--sector", "police")
    assert Agency.objects.count() == 1
