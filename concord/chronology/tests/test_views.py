import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.urls import reverse

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.agencies.tests.factories import AgencyFactory
from concord.chronology.selectors import PAGE_SIZE
from concord.reviews.models import Allocation, ReviewRound

from .factories import EventFactory, child_with_records, events_bulk, finding_on

pytestmark = pytest.mark.django_db

URL_NAMES = ("chronology:child", "chronology:print", "chronology:csv")


@pytest.fixture
def child_setup():
    police = AgencyFactory(code="GMP", name="Greater Manchester Police", sector="police", area="")
    school = AgencyFactory(code="OLDED", name="Oldham education", sector="education")
    child, (p_police, p_school) = child_with_records([police, school], public_id="C-VIEW01")
    incident = EventFactory(
        person=p_police,
        type="incident",
        occurred_at=datetime(2024, 5, 3, 23, tzinfo=UTC),
        text='Child said "<script>alert(1)</script>" and was seen with older men.',
    )
    absence = EventFactory(
        person=p_school,
        type="absence",
        occurred_at=datetime(2024, 5, 6, 9, tzinfo=UTC),
        author_role="Attendance officer",
        text='=HYPERLINK("http://example.invalid") absent all week',
    )
    start = incident.text.index("older men")
    finding_on(
        child,
        [incident],
        rule="crime_not_recorded",
        severity="high",
        highlights=[[[start, start + 9]]],
    )
    return {
        "child": child,
        "police": police,
        "school": school,
        "incident": incident,
        "absence": absence,
        "person": p_police,
    }


def _get(client, name: str, public_id: str = "C-VIEW01", query: str = ""):
    return client.get(reverse(name, args=[public_id]) + query)


def test_page_shows_events_agencies_findings_and_marked_escaped_text(verified_client, child_setup):
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = _get(client, "chronology:child")
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    assert '<mark class="concord-mark concord-mark--finding">older men</mark>' in html
    assert (
        'concord-agency concord-agency--police">GMP<span class="concord-agency__sector"> · Police'
        in html
    )
    assert "Attendance officer" in html
    assert "Crime not recorded" in html
    assert '<svg class="concord-timeline__svg"' in html
    assert '<desc id="timeline-desc">' in html
    assert "Show the timeline as a table" in html
    assert "97.0%" in html


def test_page_is_csp_safe_no_inline_styles_or_unnonced_scripts(verified_client, child_setup):
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    html = _get(client, "chronology:child").content.decode()
    assert " style=" not in html
    assert "<style" not in html
    for tag in re.findall(r"<script[^>]*>", html):
        assert "nonce=" in tag


def test_filters_apply_and_pagination_keeps_them(verified_client, child_setup):
    events_bulk(
        child_setup["person"], 130, start=datetime(2022, 1, 1, tzinfo=UTC), step=timedelta(days=3)
    )
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = _get(client, "chronology:child", query="?agency=GMP")
    html = response.content.decode()
    assert response.context["chronology"].matched_events == 131
    assert "absent all week" not in html
    assert 'href="?agency=GMP&amp;page=2"' in html
    assert 'id="id_agency_0" name="agency" type="checkbox" value="GMP" checked' in html
    last = (131 + PAGE_SIZE - 1) // PAGE_SIZE
    final = _get(client, "chronology:child", query=f"?agency=GMP&page={last}")
    assert final.context["chronology"].page.number == last
    assert len(final.context["chronology"].entries) == 131 - (last - 1) * PAGE_SIZE
    assert all(e.agency_code == "GMP" for e in final.context["chronology"].entries)


def test_invalid_filters_show_a_govuk_error_summary(verified_client, child_setup):
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = _get(
        client,
        "chronology:child",
        query="?date_from_day=1&date_from_month=6&date_from_year=2024"
        "&date_to_day=1&date_to_month=1&date_to_year=2024",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in html
    assert 'href="#id_date_to_day"' in html
    assert "<title>Error: " in html


def test_csv_export_has_every_matching_event_and_is_logged(verified_client, child_setup):
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = _get(client, "chronology:csv", query="?sector=police&sector=education")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="chronology-C-VIEW01.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(r["agency"], r["type"]) for r in rows] == [("GMP", "incident"), ("OLDED", "absence")]
    assert rows[0]["findings"] == "crime_not_recorded:high"
    assert rows[1]["text"].startswith("'=HYPERLINK")  # no formula injection
    log = AccessLogEntry.objects.get(action="export_chronology_csv")
    assert (log.object_id, log.outcome) == ("C-VIEW01", "allowed")


def test_print_view_has_every_event_on_one_page_and_is_logged(verified_client, child_setup):
    events_bulk(
        child_setup["person"], 120, start=datetime(2021, 1, 1, tzinfo=UTC), step=timedelta(days=1)
    )
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = _get(client, "chronology:print")
    assert response.status_code == 200
    assert len(response.context["chronology"].entries) == 122
    assert "print.css" in response.content.decode()
    assert AccessLogEntry.objects.filter(action="export_chronology_print").count() == 1


def test_search_is_logged_as_a_search(verified_client, child_setup):
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    response = _get(client, "chronology:child", query="?q=older")
    assert response.context["chronology"].matched_events == 1
    assert AccessLogEntry.objects.filter(action="search_chronology").count() == 1


def _user_for(role: str, setup, *, associated: bool) -> User:
    if role == User.Role.INVESTIGATOR:
        agency = setup["police"] if associated else AgencyFactory(code="XFORCE")
        return UserFactory(role=role, agency=agency)
    user = UserFactory(role=role)
    if role == User.Role.REVIEWER and associated:
        review_round = ReviewRound.objects.create(
            theme="CSE", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)
        )
        Allocation.objects.create(round=review_round, child=setup["child"], reviewer=user)
    return user


def _without_nonces(response) -> str:
    text = re.sub(r'nonce="[^"]*"', "", response.content.decode())
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)


# role, associated (own agency's record / allocated), expected status
MATRIX = [
    (User.Role.ADMINISTRATOR, False, 200),
    (User.Role.COORDINATOR, False, 200),
    (User.Role.INVESTIGATOR, True, 200),
    (User.Role.INVESTIGATOR, False, 404),
    (User.Role.REVIEWER, True, 200),
    (User.Role.REVIEWER, False, 404),
    (User.Role.WORKFORCE_LEAD, False, 404),
    (User.Role.VIEWER, False, 404),
]


@pytest.mark.parametrize("url_name", URL_NAMES)
@pytest.mark.parametrize(("role", "associated", "expected"), MATRIX)
def test_permission_matrix(verified_client, child_setup, url_name, role, associated, expected):
    client = verified_client(_user_for(role, child_setup, associated=associated))
    response = _get(client, url_name)
    assert response.status_code == expected
    missing = _get(client, url_name, public_id="C-NOSUCH")
    assert missing.status_code == 404
    if expected == 404:
        assert _without_nonces(response) == _without_nonces(missing)  # existence does not leak
    outcomes = list(AccessLogEntry.objects.values_list("object_id", "outcome"))
    allowed = "allowed" if expected == 200 else "denied"
    assert outcomes[0] == ("C-VIEW01", allowed)
    assert outcomes[-1] == ("C-NOSUCH", "denied")


def test_embed_partial_renders_for_another_page(child_setup, rf):
    from django.template.loader import render_to_string

    from concord.chronology.selectors import chronology_get_for_user

    user = UserFactory(role=User.Role.COORDINATOR)
    chronology = chronology_get_for_user(user=user, child_id="C-VIEW01")
    request = rf.get("/reviews/1/")
    request.user = user
    html = render_to_string("chronology/_embed.html", {"chronology": chronology}, request=request)
    assert 'href="/children/C-VIEW01/"' in html
    assert "older men</mark>" in html
    assert "concord-timeline__svg" in html


def test_language_guidance_is_shown_at_the_evidence_event(child_setup):
    from dataclasses import replace

    from django.template.loader import render_to_string

    from concord.chronology.guidance import LanguageNote
    from concord.chronology.selectors import chronology_get_for_user

    user = UserFactory(role=User.Role.COORDINATOR)
    chronology = chronology_get_for_user(user=user, child_id="C-VIEW01")
    note = LanguageNote("older men", "Hides <the> adults' responsibility.", ("adults", "men"))
    entries = tuple(
        replace(e, findings=tuple(replace(f, guidance=(note,)) for f in e.findings))
        for e in chronology.entries
    )
    html = render_to_string(
        "chronology/_events.html", {"chronology": replace(chronology, entries=entries)}
    )
    assert "“older men”: Hides &lt;the&gt; adults&#x27; responsibility." in html
    assert "Instead, for example: adults; men." in html


def test_child_without_events_renders_plainly(verified_client):
    child_with_records([AgencyFactory(code="GMP", sector="police")], public_id="C-EMPTY")
    client = verified_client(UserFactory(role=User.Role.COORDINATOR))
    html = _get(client, "chronology:child", public_id="C-EMPTY").content.decode()
    assert "No events to chart." in html
    assert "No events match these filters." in html
    assert "No screening rule has fired for this child." in html


def test_pseudonymous_identities_table_hides_names_and_identifiers(child_setup):
    from dataclasses import replace

    from django.template.loader import render_to_string

    from concord.chronology.identities import identities_build
    from concord.chronology.selectors import chronology_get_for_user
    from concord.linkage.models import PersonLink

    chronology = chronology_get_for_user(
        user=UserFactory(role=User.Role.COORDINATOR), child_id="C-VIEW01"
    )
    links = list(
        PersonLink.objects.filter(child=child_setup["child"]).select_related("person__agency")
    )
    hidden = replace(
        chronology, names_shown=False, identities=identities_build(links, names_shown=False)
    )
    html = render_to_string("chronology/_identities.html", {"chronology": hidden})
    person = child_setup["person"]
    assert person.given_name not in html
    assert person.nhs_number not in html
    assert person.source_id not in html
    assert "Record 1" in html
    assert "pseudonymous" in html
