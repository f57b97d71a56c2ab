"""`concord demo` as a sequence of small named steps that later stages join.

Each step is a function ``step(ctx: DemoContext) -> None``; ``DEMO_STEPS`` runs in order and each
step must be idempotent (a second ``concord demo`` changes nothing and prints the same details).
To add a stage (synthetic data, import, linkage, screening, a review round), register it at the
bottom of the app's own ``concord/<app>/demo.py``, which ``concord demo`` imports for every
installed app in INSTALLED_APPS order (core cannot import the apps above it)::

    from concord.core.demo import DEMO_STEPS, DemoStep
    DEMO_STEPS.insert_before("sign-in details", DemoStep("synth", synth_step))
    DEMO_STEPS.insert_after("synth", DemoStep("import", import_step))

The sign-in details print last, just before serving, so they stay on screen.

``ctx.out(text)`` prints; ``ctx.data`` carries values between steps (``agencies``, ``users``).
"""

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.crypto import salted_hmac
from django_otp.plugins.otp_totp.models import TOTPDevice

from concord.accounts.models import User
from concord.accounts.otp import base32_secret
from concord.agencies.models import Agency, Sector
from concord_engine.synth.agencies import AREAS

GM_AUTHORITIES = tuple(area.name for area in AREAS)  # the synthetic partnership's ten
GM_AREA = "Greater Manchester"
NHS_CODE = "NHS-GM"


@dataclass(frozen=True)
class DemoAgency:
    code: str
    name: str
    sector: str
    area: str


DEMO_AGENCIES: tuple[DemoAgency, ...] = (
    DemoAgency("GMP", "Greater Manchester Police", Sector.POLICE, GM_AREA),
    *(
        DemoAgency(
            f"LA-{la.upper()}", f"{la} Council children's social care", Sector.SOCIAL_CARE, la
        )
        for la in GM_AUTHORITIES
    ),
    DemoAgency(NHS_CODE, "NHS Greater Manchester Integrated Care", Sector.HEALTH, GM_AREA),
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    agency_code: str | None
    first_name: str
    last_name: str


# Synthetic people; reviewers come from police, social care and health.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", User.Role.ADMINISTRATOR, None, "Ada", "Admin"),
    DemoUser("coordinator", User.Role.COORDINATOR, "LA-OLDHAM", "Cora", "Ordinator"),
    DemoUser("reviewer-police", User.Role.REVIEWER, "GMP", "Rhys", "Police"),
    DemoUser("reviewer-socialcare", User.Role.REVIEWER, "LA-ROCHDALE", "Rita", "Care"),
    DemoUser("reviewer-health", User.Role.REVIEWER, NHS_CODE, "Rowan", "Health"),
    # Second reviewers per sector, so the demo round has blind double reviews to moderate.
    DemoUser("reviewer-police-2", User.Role.REVIEWER, "GMP", "Priya", "Constable"),
    DemoUser("reviewer-socialcare-2", User.Role.REVIEWER, "LA-BOLTON", "Sam", "Worker"),
    DemoUser("reviewer-health-2", User.Role.REVIEWER, NHS_CODE, "Hana", "Nurse"),
    DemoUser("investigator", User.Role.INVESTIGATOR, "GMP", "Ines", "Tigator"),
    DemoUser("workforce", User.Role.WORKFORCE_LEAD, "LA-SALFORD", "Wren", "Force"),
    DemoUser("viewer", User.Role.VIEWER, None, "Vic", "Viewer"),
)


@dataclass
class DemoContext:
    """What steps share: where to print, the command's options, and values between steps."""

    out: Callable[[str], None]
    options: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoStep:
    name: str
    run: Callable[[DemoContext], None]


class DemoSteps(list[DemoStep]):
    """The ordered steps; insert by name so stages can join without editing this module."""

    def index_of(self, name: str) -> int:
        for i, step in enumerate(self):
            if step.name == name:
                return i
        raise KeyError(f"no demo step named {name!r}")

    def insert_after(self, name: str, step: DemoStep) -> None:
        """Insert ``step`` after the step called ``name`` (once, however often called)."""
        if any(s.name == step.name for s in self):
            return  # already joined (modules imported twice)
        self.insert(self.index_of(name) + 1, step)

    def insert_before(self, name: str, step: DemoStep) -> None:
        """Insert ``step`` before the step called ``name`` (once, however often called)."""
        if any(s.name == step.name for s in self):
            return
        self.insert(self.index_of(name), step)


def demo_password(username: str) -> str:
    """A password for a demo user: stable for this checkout (from its secret key), never shared."""
    digest = salted_hmac("concord.demo.password", username, algorithm="sha256").digest()
    text = base64.b32encode(digest).decode("ascii").lower()[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def demo_totp_key(username: str) -> str:
    """A 20-byte TOTP key (hex) for a demo user, stable for this checkout."""
    return salted_hmac("concord.demo.totp", username, algorithm="sha256").hexdigest()[:40]


def step_agencies(ctx: DemoContext) -> None:
    """Create Greater Manchester Police, the ten GM local authorities and one NHS body."""
    agencies = {}
    with transaction.atomic():
        for spec in DEMO_AGENCIES:
            agency, _ = Agency.objects.update_or_create(
                code=spec.code,
                defaults={"name": spec.name, "sector": spec.sector, "area": spec.area},
            )
            agencies[spec.code] = agency
    ctx.data["agencies"] = agencies
    ctx.out(f"Agencies: {len(agencies)} (police, {len(GM_AUTHORITIES)} local authorities, NHS)")


def step_users(ctx: DemoContext) -> None:
    """Create one demo user per role, each with a password and a confirmed TOTP device."""
    agencies: dict[str, Agency] = ctx.data.get("agencies") or {
        a.code: a for a in Agency.objects.all()
    }
    users = {}
    with transaction.atomic():
        for spec in DEMO_USERS:
            user, _ = User.objects.update_or_create(
                username=spec.username,
                defaults={
                    "role": spec.role,
                    "agency": agencies.get(spec.agency_code) if spec.agency_code else None,
                    "first_name": spec.first_name,
                    "last_name": spec.last_name,
                    "is_active": True,
                },
            )
            user.set_password(demo_password(spec.username))
            user.save(update_fields=["password"])
            TOTPDevice.objects.filter(user=user).exclude(name="demo").delete()
            TOTPDevice.objects.update_or_create(
                user=user,
                name="demo",
                defaults={"key": demo_totp_key(spec.username), "confirmed": True},
            )
            users[spec.username] = user
    ctx.data["users"] = users


def step_print_sign_in(ctx: DemoContext) -> None:
    """Print each demo user's sign-in details: password, TOTP secret, URI and a code one-liner."""
    users: dict[str, User] = ctx.data["users"]
    ctx.out("")
    ctx.out("Demo users (synthetic; passwords and TOTP secrets are stable for this checkout):")
    for spec in DEMO_USERS:
        user = users[spec.username]
        device = TOTPDevice.objects.get(user=user, name="demo")
        secret = base32_secret(device)
        agency = spec.agency_code or "all agencies"
        ctx.out("")
        ctx.out(f"  {user.username}  ({user.get_role_display()}, {agency})")
        ctx.out(f"    password:    {demo_password(spec.username)}")
        ctx.out(f"    TOTP secret: {secret}")
        ctx.out(f"    otpauth URI: {device.config_url}")
    ctx.out("")
    ctx.out("Current 6-digit code for a secret (no authenticator app needed), from this folder:")
    ctx.out(f"  {code_one_liner('SECRET')}")
    host, port = ctx.options.get("host", "127.0.0.1"), ctx.options.get("port", 8000)
    ctx.out(f"Sign in at http://{host}:{port}/ with a username, its password and a current code.")


def code_one_liner(secret: str) -> str:
    """A shell one-liner that prints the current TOTP code for a base32 secret."""
    return (
        '.venv/bin/python -c "import base64,sys;from django_otp.oath import totp;'
        's=sys.argv[1];print(f\'{totp(base64.b32decode(s+\\"=\\"*(-len(s)%8))):06d}\')" '
        f"{secret}"
    )


DEMO_STEPS = DemoSteps(
    [
        DemoStep("agencies", step_agencies),
        DemoStep("users", step_users),
        DemoStep("sign-in details", step_print_sign_in),
    ]
)


def demo_run(ctx: DemoContext, steps: list[DemoStep] | None = None) -> None:
    """Run every demo step in order, naming each."""
    for step in steps if steps is not None else DEMO_STEPS:
        ctx.out(f"== {step.name}")
        step.run(ctx)
