"""Navigation by role, and the role gates for class and function views."""

import re

import pytest

from concord.accounts.tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("concord.core.tests.urls_nav")]

NAV = {
    "administrator": ["Home", "Triage", "Match review", "Reviews", "Frameworks", "Imports"],
    "coordinator": ["Home", "Triage", "Match review", "Reviews", "Frameworks"],
    "investigator": ["Home", "Triage", "Match review"],
    "reviewer": ["Home", "Reviews"],
    "workforce_lead": ["Home"],
    "viewer": ["Home"],
}


def _nav_labels(html: str) -> list[str]:
    nav = html[html.index('id="navigation"') : html.index("concord-sign-out")]
    return [
        re.sub(r"<[^>]+>", "", label).strip()
        for label in re.findall(r'class="govuk-service-navigation__link"[^>]*>(.*?)</a>', nav, re.S)
    ]


@pytest.mark.parametrize("role", list(NAV))
def test_navigation_shows_only_the_roles_pages(verified_client, role):
    html = verified_client(UserFactory(role=role)).get("/").content.decode()
    assert _nav_labels(html) == NAV[role]


@pytest.mark.parametrize(
    ("role", "status"), [("administrator", 200), ("coordinator", 200), ("reviewer", 403)]
)
def test_role_required_gates_function_views(verified_client, role, status):
    assert verified_client(UserFactory(role=role)).get("/gated/function/").status_code == status


@pytest.mark.parametrize(("role", "status"), [("reviewer", 200), ("coordinator", 403)])
def test_role_required_mixin_gates_class_views(verified_client, role, status):
    assert verified_client(UserFactory(role=role)).get("/gated/class/").status_code == status


def test_matrix_reads_allowed_roles_from_function_views():
    from .matrix import iter_urls

    entry = next(e for e in iter_urls() if e.name == "coordinators_only")
    assert entry.allowed_roles == frozenset({"administrator", "coordinator"})
