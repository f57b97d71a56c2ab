"""The permission-matrix machinery: URL enumeration, providers, expectations and the check.

The protocol is documented in ``concord/core/tests/test_permission_matrix.py``.
"""

import importlib
import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from concord.accounts.models import User
from concord.agencies.models import Agency, Sector

ROLES: tuple[str, ...] = tuple(User.Role.values)
# Reached without signing in (RequireVerifiedMiddleware.PUBLIC_URL_NAMES).
PUBLIC_URLS = frozenset({"accounts:login", "accounts:logout"})
# Reached with a password but before the TOTP code (RequireVerifiedMiddleware.OPEN_URL_NAMES).
OPEN_URLS = PUBLIC_URLS | {"accounts:otp_setup", "accounts:otp_verify"}
MISSING_INT = 987654321
MISSING_STR = "MISSING-0000"


@dataclass(frozen=True)
class MatrixUsers:
    """One user per role, all in ``home`` agency; ``other`` is an agency none of them is in."""

    by_role: dict[str, User]
    home: Agency
    other: Agency

    def __getitem__(self, role: str) -> User:
        return self.by_role[role]


@dataclass(frozen=True)
class Subject:
    """An object a URL kwarg points at, and which role's test user is associated with it.

    ``value`` goes into the URL; ``missing`` is a value that points at nothing (defaults by type);
    ``associated`` lists the roles whose matrix user may see this object (for example the
    administrator and coordinator always, the reviewer if it was allocated to them).
    """

    value: Any
    associated: frozenset[str]
    missing: Any = None

    def missing_value(self) -> Any:
        if self.missing is not None:
            return self.missing
        return MISSING_INT if isinstance(self.value, int) else MISSING_STR


Provider = Callable[[MatrixUsers], Subject]


@dataclass
class Registry:
    """Providers by URL kwarg name; apps fill it from ``<app>/tests/matrix.py``."""

    providers: dict[str, Provider] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)

    def register(self, kwarg: str) -> Callable[[Provider], Provider]:
        """Decorate a provider for URL kwarg ``kwarg`` (one provider per name, project-wide)."""

        def decorate(provider: Provider) -> Provider:
            if kwarg in self.providers:
                raise ValueError(
                    f"two matrix providers for URL kwarg {kwarg!r}: "
                    f"{self.owners[kwarg]} and {provider.__module__}"
                )
            self.providers[kwarg] = provider
            self.owners[kwarg] = provider.__module__
            return provider

        return decorate


REGISTRY = Registry()
register = REGISTRY.register


def load_app_providers() -> None:
    """Import ``<app>/tests/matrix.py`` for every Concord app that has one."""
    for config in apps.get_app_configs():
        if not config.name.startswith("concord."):
            continue
        module = f"{config.name}.tests.matrix"
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            importlib.import_module(module)


@dataclass(frozen=True)
class UrlEntry:
    """One URL pattern of the project."""

    name: str
    route: str
    kwargs: tuple[str, ...]
    callback: Callable[..., Any]

    @property
    def view_class(self) -> type | None:
        return getattr(self.callback, "view_class", None)

    @property
    def allowed_roles(self) -> frozenset[str]:
        """Roles the view admits: RoleRequiredMixin's ``allowed_roles``, else every role."""
        owner = self.view_class or self.callback
        allowed = getattr(owner, "allowed_roles", None)
        return frozenset(allowed) if allowed else frozenset(ROLES)

    @property
    def method(self) -> str:
        """GET if the view answers GET, else POST (with an empty body)."""
        view_class = self.view_class
        if view_class is not None and (
            not hasattr(view_class, "get")
            or "get" not in getattr(view_class, "http_method_names", ())
        ):
            return "post"
        return "get"


def _pattern_kwargs(pattern: Any) -> list[str]:
    converters = getattr(pattern, "converters", None)
    if converters:
        return list(converters)
    regex = getattr(pattern, "regex", None)
    return list(regex.groupindex) if regex is not None else []


def iter_urls(
    patterns: Iterable[URLPattern | URLResolver] | None = None,
    prefix: str = "",
    namespace: str = "",
    kwargs: tuple[str, ...] = (),
) -> Iterator[UrlEntry]:
    """Yield every URL pattern of the project, includes flattened, names namespaced."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for item in patterns:
        names = (*kwargs, *_pattern_kwargs(item.pattern))
        if isinstance(item, URLResolver):
            inner = ":".join(n for n in (namespace, item.namespace or "") if n)
            yield from iter_urls(item.url_patterns, prefix + str(item.pattern), inner, names)
        else:
            name = f"{namespace}:{item.name}" if namespace and item.name else (item.name or "")
            yield UrlEntry(name, prefix + str(item.pattern), names, item.callback)


def make_users() -> MatrixUsers:
    """Create the matrix's test users: one per role, in one agency."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    home, _ = Agency.objects.get_or_create(
        code="MX-HOME", defaults={"name": "Matrix home", "sector": Sector.POLICE, "area": "Bury"}
    )
    other, _ = Agency.objects.get_or_create(
        code="MX-OTHER",
        defaults={"name": "Matrix other", "sector": Sector.SOCIAL_CARE, "area": "Wigan"},
    )
    by_role = {}
    for role in ROLES:
        user, _ = User.objects.get_or_create(
            username=f"matrix-{role}", defaults={"role": role, "agency": home}
        )
        TOTPDevice.objects.get_or_create(user=user, name="default", defaults={"confirmed": True})
        by_role[role] = user
    return MatrixUsers(by_role=by_role, home=home, other=other)


def _normalise(content: bytes) -> str:
    text = content.decode("utf-8", errors="replace")
    text = re.sub(r'nonce="[^"]*"', 'nonce=""', text)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "csrf", text)


def _verified_client(user: User) -> Client:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user, name="default").persistent_id
    session.save()
    return client


def _request(client: Client, entry: UrlEntry, kwargs: dict[str, Any]) -> HttpResponse:
    url = reverse(entry.name, kwargs=kwargs)
    return getattr(client, entry.method)(url)  # type: ignore[no-any-return]


def _is_sign_in_redirect(response: HttpResponse) -> bool:
    if response.status_code != 302:
        return False
    location = response["Location"]
    return location.startswith((reverse("accounts:login"), reverse("accounts:otp_verify")))


def uncovered_kwargs(entry: UrlEntry, registry: Registry) -> list[str]:
    return [k for k in entry.kwargs if k not in registry.providers]


def _check_role(
    entry: UrlEntry,
    role: str,
    client: Client,
    kwargs: dict[str, Any],
    missing: dict[str, Any],
    associated: bool,
) -> list[str]:
    response = _request(client, entry, kwargs)
    got = response.status_code
    if role not in entry.allowed_roles:
        return [] if got == 403 else [f"{role}: got {got}, expected 403 (role not allowed)"]
    absent = _request(client, entry, missing) if kwargs else None
    if not associated:
        assert absent is not None  # only URLs with object kwargs have unassociated users
        if got != 404 or absent.status_code != 404:
            return [
                f"{role}: got {got} (missing object: {absent.status_code}), "
                "expected 404 for both (not associated)"
            ]
        if _normalise(response.content) != _normalise(absent.content):
            return [f"{role}: forbidden 404 differs from missing-object 404"]
        return []
    problems = []
    if got not in (200, 302) or (entry.name not in PUBLIC_URLS and _is_sign_in_redirect(response)):
        problems.append(f"{role}: got {got}, expected 200 or 302 (allowed and associated)")
    if absent is not None and absent.status_code != 404:
        problems.append(f"{role}: got {absent.status_code} for a missing object, expected 404")
    return problems


def check_url(entry: UrlEntry, registry: Registry, users: MatrixUsers) -> list[str]:
    """Request the URL as every role; return the mismatches with the expectation (empty: pass)."""
    subjects = {k: registry.providers[k](users) for k in entry.kwargs}
    kwargs = {k: s.value for k, s in subjects.items()}
    missing = {k: s.missing_value() for k, s in subjects.items()}
    problems: list[str] = []
    if entry.name not in PUBLIC_URLS:
        anonymous = _request(Client(), entry, kwargs)
        if not _is_sign_in_redirect(anonymous):
            problems.append(f"anonymous: got {anonymous.status_code}, expected sign-in redirect")
    if entry.name not in OPEN_URLS:
        password_only = Client()
        password_only.force_login(users["administrator"])
        response = _request(password_only, entry, kwargs)
        if not _is_sign_in_redirect(response):
            problems.append(f"no TOTP yet: got {response.status_code}, expected verify redirect")
    for role in ROLES:
        associated = all(role in s.associated for s in subjects.values())
        client = _verified_client(users[role])
        problems += _check_role(entry, role, client, kwargs, missing, associated)
    return problems
