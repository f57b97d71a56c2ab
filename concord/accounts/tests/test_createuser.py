"""`concord createuser`: good input creates a user; bad input exits non-zero with one line."""

import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from concord.accounts.models import User
from concord.agencies.tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db
GOOD = "a-long-enough-pass-phrase"  # pragma: allowlist secret


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv("CONCORD_PASSWORD", GOOD)


def test_creates_a_user_with_role_agency_and_names(password_env, capsys):
    AgencyFactory(code="GMP")
    call_command(
        "createuser", "jo", "--role", "investigator", "--agency", "GMP", "--first", "Jo",
        "--last", "Bloggs", "--email", "jo@example.org",
    )  # fmt: skip
    user = User.objects.get(username="jo")
    assert user.agency is not None
    assert (user.role, user.agency.code, user.get_full_name()) == (
        "investigator",
        "GMP",
        "Jo Bloggs",
    )
    assert user.check_password(GOOD) is True
    assert "created user jo (Investigation lead at GMP)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["jo", "--role", "superhero"], "unknown role 'superhero'; choose one of administrator"),
        (["jo", "--role", "reviewer", "--agency", "NOPE"], "unknown agency code 'NOPE'"),
    ],
)
def test_bad_input_is_refused_with_a_reason_and_nothing_created(password_env, argv, message):
    with pytest.raises(CommandError, match=message):
        call_command("createuser", *argv)
    assert not User.objects.filter(username="jo").exists()


def test_existing_username_is_refused(password_env):
    call_command("createuser", "jo", "--role", "viewer")
    with pytest.raises(CommandError, match="a user named 'jo' already exists"):
        call_command("createuser", "jo", "--role", "viewer")


def test_weak_password_is_refused(monkeypatch):
    monkeypatch.setenv("CONCORD_PASSWORD", "short")
    with pytest.raises(CommandError, match="password rejected: This password is too short"):
        call_command("createuser", "jo", "--role", "viewer")
    assert not User.objects.filter(username="jo").exists()


def test_no_password_and_no_terminal_is_refused(monkeypatch):
    monkeypatch.delenv("CONCORD_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    with pytest.raises(CommandError, match="no password: set CONCORD_PASSWORD"):
        call_command("createuser", "jo", "--role", "viewer")


def test_concord_cli_exits_non_zero_with_one_line_for_unknown_role(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "CONCORD_PASSWORD": GOOD,
        "DJANGO_SETTINGS_MODULE": "concord.settings.local",
    }
    concord = os.path.join(os.path.dirname(sys.executable), "concord")
    result = subprocess.run(  # noqa: S603 (our own command, fixed arguments)
        [concord, "createuser", "jo", "--role", "superhero"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "CommandError: unknown role 'superhero'; choose one of administrator, coordinator, "
        "reviewer, investigator, workforce_lead, viewer"
    ]
