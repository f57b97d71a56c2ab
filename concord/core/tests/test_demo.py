"""`concord demo --no-serve`: agencies, one user per role, sign-in details; idempotent."""

import base64
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import totp

from concord.accounts.models import User
from concord.agencies.models import Agency, Sector
from concord.core.demo import DEMO_STEPS, DemoContext, DemoStep, DemoSteps, demo_run

pytestmark = pytest.mark.django_db
CORE_STEPS = ("agencies", "users", "sign-in details")


def _core_demo() -> str:
    """Run foundation's own steps only (other stages join DEMO_STEPS from their apps)."""
    lines: list[str] = []
    demo_run(DemoContext(out=lines.append), [s for s in DEMO_STEPS if s.name in CORE_STEPS])
    return "\n".join(lines)


def _sign_in_details(output: str) -> str:
    return output[output.index("Demo users") :]


def _printed(label: str, text: str) -> str:
    match = re.search(rf"{label}:\s+(\S+)", text)
    assert match, f"{label} not printed"
    return match.group(1)


def test_demo_creates_gm_agencies_and_a_user_per_role():
    _core_demo()
    codes = set(Agency.objects.values_list("code", flat=True))
    assert {"GMP", "LA-OLDHAM", "LA-WIGAN", "LA-TRAFFORD", "NHS-GM"} <= codes
    assert Agency.objects.filter(sector=Sector.SOCIAL_CARE).count() == 10
    assert Agency.objects.get(code="LA-BOLTON").area == "Bolton"
    assert Agency.objects.get(code="NHS-GM").sector == Sector.HEALTH
    roles = set(User.objects.exclude(username="system").values_list("role", flat=True))
    assert roles == set(User.Role.values)
    reviewer_sectors = set(
        User.objects.filter(role="reviewer").values_list("agency__sector", flat=True)
    )
    assert reviewer_sectors == {Sector.POLICE, Sector.SOCIAL_CARE, Sector.HEALTH}


def test_demo_steps_twice_change_nothing_and_print_the_same_details():
    first = _core_demo()
    counts = (Agency.objects.count(), User.objects.count())
    second = _core_demo()
    assert (Agency.objects.count(), User.objects.count()) == counts
    assert first == second


def test_printed_password_and_totp_secret_sign_in(client):
    out = _core_demo()
    block = out[out.index("  reviewer-health ") :]
    password = _printed("password", block)
    secret = _printed("TOTP secret", block)
    assert "otpauth://totp/Concord%3Areviewer-health?secret=" + secret in block
    response = client.post(
        reverse("accounts:login"), {"username": "reviewer-health", "password": password}
    )
    assert response["Location"] == reverse("accounts:otp_verify")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    response = client.post(reverse("accounts:otp_verify"), {"token": f"{totp(key):06d}"})
    assert response["Location"] == reverse("core:home")
    assert client.get(reverse("core:home")).status_code == 200


@pytest.mark.slow
def test_demo_command_with_every_stage_is_idempotent():
    runs = []
    for _ in range(2):
        out = StringIO()
        call_command("demo", "--no-serve", stdout=out)
        runs.append((out.getvalue(), Agency.objects.count(), User.objects.count()))
    (first, *counts_1), (second, *counts_2) = runs
    assert counts_1 == counts_2
    assert _sign_in_details(first) == _sign_in_details(second)
    assert first.index("== agencies") < first.index("== users") < first.index("== sign-in details")


def test_steps_run_in_order_and_later_stages_insert_by_name():
    seen: list[str] = []
    steps = DemoSteps(
        [DemoStep("a", lambda ctx: seen.append("a")), DemoStep("c", lambda ctx: seen.append("c"))]
    )
    steps.insert_after("a", DemoStep("b", lambda ctx: seen.append("b")))
    steps.insert_after("a", DemoStep("b", lambda ctx: seen.append("again")))
    steps.insert_before("a", DemoStep("first", lambda ctx: seen.append("first")))
    demo_run(DemoContext(out=lambda text: None), steps)
    assert seen == ["first", "a", "b", "c"]
    assert [s.name for s in DEMO_STEPS][:2] == ["agencies", "users"]
    with pytest.raises(KeyError, match="no demo step named 'nope'"):
        steps.insert_after("nope", DemoStep("x", lambda ctx: None))
