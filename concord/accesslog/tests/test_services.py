import pytest
from django.db import connection

from concord.accesslog.models import AccessLogEntry, AccessLogError
from concord.accesslog.services import access_log_record, access_log_verify
from concord.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _write_rows(n: int) -> list[AccessLogEntry]:
    user = UserFactory()
    return [
        access_log_record(user=user, action="view_child", object_type="child", object_id=f"C{i}")
        for i in range(n)
    ]


def test_intact_chain_verifies():
    _write_rows(5)
    assert access_log_verify() is None


def test_edited_row_is_named():
    rows = _write_rows(5)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE accesslog_accesslogentry SET object_id = %s WHERE id = %s", ["C99", rows[2].pk]
        )
    problem = access_log_verify()
    assert problem is not None
    assert problem.entry_id == rows[2].pk
    assert "changed" in problem.reason


def test_deleted_row_is_detected_at_the_next_row():
    rows = _write_rows(5)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM accesslog_accesslogentry WHERE id = %s", [rows[1].pk])
    problem = access_log_verify()
    assert problem is not None
    assert problem.entry_id == rows[2].pk
    assert "deleted" in problem.reason


def test_deleted_last_row_is_detected():
    rows = _write_rows(3)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM accesslog_accesslogentry WHERE id = %s", [rows[-1].pk])
    problem = access_log_verify()
    assert problem is not None
    assert problem.entry_id is None
    assert "3 rows written, 2 present" in problem.reason


def test_rows_cannot_be_changed_or_deleted_through_the_orm():
    row = _write_rows(1)[0]
    row.object_id = "other"
    with pytest.raises(AccessLogError, match="append-only"):
        row.save()
    with pytest.raises(AccessLogError, match="append-only"):
        row.delete()
