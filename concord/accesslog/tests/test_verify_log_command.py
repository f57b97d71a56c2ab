"""`concord verify-log`: says the log is intact, or fails naming the first bad row."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from concord.accesslog.services import access_log_record
from concord.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _rows(n: int):
    user = UserFactory()
    return [access_log_record(user=user, action="search", detail={"results": i}) for i in range(n)]


def test_intact_log_passes():
    _rows(3)
    out = StringIO()
    call_command("verify_log", stdout=out)
    assert out.getvalue().strip() == "access log intact"


def test_edited_row_fails_naming_it():
    rows = _rows(3)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE accesslog_accesslogentry SET action = %s WHERE id = %s", ["export", rows[1].pk]
        )
    with pytest.raises(CommandError, match=rf"access log broken at row {rows[1].pk}: "):
        call_command("verify_log")
