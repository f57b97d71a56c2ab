"""Home page per role, navigation and the error pages."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.core.home import ROLE_HOMES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", User.Role.values)
def test_home_page_says_what_the_role_does(verified_client, role):
    user = UserFactory(role=role)
    html = verified_client(user).get(reverse("core:home")).content.decode()
    assert escape(ROLE_HOMES[role].summary) in html
    assert user.get_role_display() in html
    assert 'aria-current="page"' in html  # Home is the current navigation item


def test_navigation_is_shown_only_after_two_factor(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get(reverse("accounts:otp_setup"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<form" in html  # the set-up page itself, not an empty redirect
    assert "govuk-service-navigation" not in html


@pytest.mark.urls("concord.core.tests.urls_errors")
def test_403_page(verified_client):
    response = verified_client(UserFactory()).get("/forbidden/")
    assert response.status_code == 403
    assert "You do not have permission to do that" in response.content.decode()


def test_404_page_for_an_unknown_address(verified_client):
    response = verified_client(UserFactory()).get("/no-such-page/")
    assert response.status_code == 404
    assert "<title>Page not found – Concord</title>" in response.content.decode()


@pytest.mark.urls("concord.core.tests.urls_errors")
def test_500_page_shows_no_detail(verified_client):
    client = verified_client(UserFactory())
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert "case detail" not in html


def test_before_content_sits_inside_main_so_axe_finds_it_in_a_landmark(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.template import engines

    template = engines["django"].from_string(
        '{% extends "base.html" %}{% block before_content %}'
        '<a class="govuk-back-link" href="/">Back</a>{% endblock %}'
    )
    request = rf.get("/")
    request.user = AnonymousUser()
    html = template.render({}, request)
    assert html.index('<main class="govuk-main-wrapper"') < html.index("govuk-back-link")
    assert html.index("govuk-back-link") < html.index("</main>")
