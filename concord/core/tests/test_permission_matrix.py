"""The permission matrix: every URL of the project × every role × association.

How it works
------------
Every URL pattern in the project is enumerated (includes flattened). For each one the test
creates one user per role (all in agency ``MX-HOME``, each with a verified TOTP device), builds
the objects its URL kwargs point at, and requests it as each role (GET, or POST with an empty body
when the view has no ``get``). Expectations:

=============================================  ==============================================
role not in the view's ``allowed_roles``       403 (``RoleRequiredMixin``; a page's existence
                                               is not secret)
role allowed, user not associated with the     404, and the same page as for a missing object
object (e.g. another agency's child)           (an object's existence *is* secret)
role allowed and associated                    200 or 302 (not to sign-in); a missing object 404
anonymous                                      302 to sign-in (except the sign-in page itself)
signed in with a password, no TOTP code yet    302 to sign-in or TOTP verification
=============================================  ==============================================

``allowed_roles`` is read from the view class (``RoleRequiredMixin.allowed_roles``) or from an
``allowed_roles`` attribute on a function view; a view without one admits every role.

Joining the matrix (each app, in ``concord/<app>/tests/matrix.py``)
-------------------------------------------------------------------
Declare one provider per URL kwarg name your URLs use. A provider gets the matrix users, builds
one object and says which roles' users are associated with it::

    from concord.core.tests.matrix import MatrixUsers, Subject, register

    @register("child_id")
    def child(users: MatrixUsers) -> Subject:
        child = ChildFactory()                       # known to users.other's records only
        allocate(child, reviewer=users["reviewer"])  # the reviewer is associated
        return Subject(value=child.public_id,
                       associated=frozenset({"administrator", "coordinator", "reviewer"}))

``Subject.missing`` is a value that points at nothing (default ``987654321`` for ints, else
``"MISSING-0000"``). Kwarg names are project-wide: reuse ``child_id``, ``round_id`` and friends
rather than inventing synonyms; a second provider for the same name is an error.

A URL with a kwarg nobody provides, or a URL without a name, fails this test: new views join the
matrix automatically and cannot be forgotten.
"""

import pytest

from concord.agencies.models import Agency

from .matrix import (
    REGISTRY,
    Registry,
    Subject,
    check_url,
    iter_urls,
    load_app_providers,
    make_users,
    uncovered_kwargs,
)

load_app_providers()
URLS = sorted(iter_urls(), key=lambda e: e.route)


def test_matrix_found_the_project_urls():
    names = {entry.name for entry in URLS}
    assert {"core:home", "accounts:login", "accounts:otp_verify"} <= names


@pytest.mark.parametrize("entry", URLS, ids=[e.name or e.route for e in URLS])
@pytest.mark.django_db
def test_url_answers_each_role_as_its_permissions_say(entry):
    assert entry.name, f"URL {entry.route!r} has no name: name it so the matrix can reverse it"
    missing = uncovered_kwargs(entry, REGISTRY)
    assert not missing, (
        f"{entry.name}: no matrix provider for URL kwarg(s) {missing}; "
        "add one in <app>/tests/matrix.py (see this module's docstring)"
    )
    problems = check_url(entry, REGISTRY, make_users())
    assert not problems, f"{entry.name} ({entry.route}):\n" + "\n".join(problems)


# --- The matrix's own tests, on a URLconf with views that pass and views that must fail. ------


def _child_known_to(agency: Agency, public_id: str):
    from concord.accounts.services import system_actor
    from concord.linkage.models import Child, PersonLink
    from concord.records.models import Extract, PersonRecord

    extract = Extract.objects.create(
        agency=agency,
        format="cif1",
        source_name="matrix",
        content_hash=public_id,
        imported_by=system_actor(),
    )
    person = PersonRecord.objects.create(agency=agency, source_id=public_id, extract=extract)
    child = Child.objects.create(public_id=public_id)
    PersonLink.objects.create(person=person, child=child, match_probability=1.0)
    return child


def _self_test_registry() -> Registry:
    registry = Registry()

    @registry.register("child_id")
    def child(users):
        # Known to the other agency only: the home investigator is not associated.
        child = _child_known_to(users.other, "C-MATRIX")
        return Subject(
            value=child.public_id, associated=frozenset({"administrator", "coordinator"})
        )

    return registry


def _entry(name: str):
    return next(e for e in iter_urls() if e.name == name)


@pytest.mark.urls("concord.core.tests.matrix_urls")
@pytest.mark.django_db
def test_reviewer_gets_404_for_another_agencys_child_exactly_as_for_a_missing_one():
    problems = check_url(_entry("matrix:child"), _self_test_registry(), make_users())
    assert problems == []


@pytest.mark.urls("concord.core.tests.matrix_urls")
@pytest.mark.django_db
def test_matrix_reports_a_view_that_tells_forbidden_from_missing():
    problems = check_url(_entry("matrix:leaky"), _self_test_registry(), make_users())
    assert problems == [
        "reviewer: got 403 (missing object: 404), expected 404 for both (not associated)"
    ]


@pytest.mark.urls("concord.core.tests.matrix_urls")
@pytest.mark.django_db
def test_matrix_expects_403_for_roles_a_page_does_not_admit():
    entry = _entry("matrix:admin_only")
    assert entry.allowed_roles == frozenset({"administrator"})
    assert check_url(entry, Registry(), make_users()) == []


@pytest.mark.urls("concord.core.tests.matrix_urls")
def test_matrix_fails_a_url_whose_kwarg_has_no_provider():
    assert uncovered_kwargs(_entry("matrix:widget"), _self_test_registry()) == ["widget_id"]


def test_two_providers_for_one_kwarg_are_an_error():
    registry = _self_test_registry()
    with pytest.raises(ValueError, match="two matrix providers for URL kwarg 'child_id'"):
        registry.register("child_id")(lambda users: Subject(value=1, associated=frozenset()))
