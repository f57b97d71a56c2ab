from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.agencies.tests.factories import AgencyFactory
from concord.chronology.filters import ChronologyFilters
from concord.chronology.identities import identities_build
from concord.chronology.selectors import chronology_get_for_user
from concord.linkage.models import PersonLink
from concord.screening.models import Finding

from .factories import EventFactory, child_with_records, events_bulk, finding_on

pytestmark = pytest.mark.django_db

BLAMING = "Social worker notes she is putting herself at risk by going to the flat."


@pytest.fixture
def story():
    """A child known to police, social care and health, with a finding on a case note."""
    police = AgencyFactory(code="GMP", name="Greater Manchester Police", sector="police", area="")
    social = AgencyFactory(code="OLDCS", name="Oldham children's services", sector="social_care")
    health = AgencyFactory(code="NHSSH", name="Sexual health clinic", sector="health", area="")
    child, (p_police, p_social, p_health) = child_with_records(
        [police, social, health], public_id="C-STORY1"
    )
    events = {
        "incident": EventFactory(
            person=p_police,
            type="incident",
            code="SEXUAL OFFENCE",
            occurred_at=datetime(2024, 3, 1, 22, 30, tzinfo=UTC),
            author_role="PC",
            text="Found in a car with two older men.",
        ),
        "clinic": EventFactory(
            person=p_health,
            type="sexual_health",
            occurred_at=datetime(2024, 3, 6, 10, tzinfo=UTC),
            author_role="Nurse",
            text="Emergency contraception requested.",
        ),
        "note": EventFactory(
            person=p_social,
            type="note",
            occurred_at=datetime(2024, 3, 8, 9, tzinfo=UTC),
            text=BLAMING,
        ),
        "missing": EventFactory(
            person=p_police,
            type="missing_report",
            occurred_at=datetime(2023, 11, 2, 23, tzinfo=UTC),
            ended_at=datetime(2023, 11, 4, 8, tzinfo=UTC),
            text="Reported missing by carer.",
        ),
    }
    start = BLAMING.index("putting")
    finding = finding_on(
        child,
        [events["note"]],
        highlights=[[[start, start + len("putting herself at risk")]]],
    )
    other_child, (other_person,) = child_with_records([police], public_id="C-OTHER1")
    EventFactory(person=other_person, text="Another child's event.")
    return {"child": child, "events": events, "finding": finding, "police": police}


@pytest.fixture
def coordinator():
    return UserFactory(role=User.Role.COORDINATOR, agency=None)


def test_events_from_every_agency_in_time_order_and_no_other_childs(story, coordinator):
    chronology = chronology_get_for_user(user=coordinator, child_id="C-STORY1")
    assert [e.event_id for e in chronology.entries] == [
        story["events"][k].pk for k in ("missing", "incident", "clinic", "note")
    ]
    assert [(e.agency_code, e.sector_label) for e in chronology.entries] == [
        ("GMP", "Police"),
        ("GMP", "Police"),
        ("NHSSH", "Health"),
        ("OLDCS", "Children's social care"),
    ]
    assert chronology.total_events == 4
    assert "Another child" not in " ".join(e.text for e in chronology.entries)


def test_findings_are_shown_at_their_evidence_event_with_text_marked(story, coordinator):
    chronology = chronology_get_for_user(user=coordinator, child_id="C-STORY1")
    note = next(e for e in chronology.entries if e.event_id == story["events"]["note"].pk)
    assert [f.rule for f in note.findings] == ["victim_blaming_language"]
    assert '--finding">putting herself at risk</mark>' in note.text_html
    others = [e for e in chronology.entries if e is not note]
    assert all(not e.findings and "<mark" not in e.text_html for e in others)
    (summary,) = chronology.findings
    assert (summary.first_event_id, summary.page) == (story["events"]["note"].pk, 1)


def test_identities_show_names_and_link_confidence_to_roles_that_may_see_names(story, coordinator):
    chronology = chronology_get_for_user(user=coordinator, child_id="C-STORY1")
    assert chronology.names_shown is True
    assert [i.agency_code for i in chronology.identities] == ["GMP", "NHSSH", "OLDCS"]
    assert all(i.given_name and i.nhs_number == "9434765919" for i in chronology.identities)
    assert chronology.identities[0].confidence_percent == "97.0%"


def test_pseudonymous_identities_carry_no_names_or_identifiers(story):
    links = list(PersonLink.objects.filter(child=story["child"]).select_related("person__agency"))
    identities = identities_build(links, names_shown=False)
    assert [i.label for i in identities] == ["Record 1", "Record 2", "Record 3"]
    assert all(
        not (i.given_name or i.family_name or i.date_of_birth or i.nhs_number or i.source_id)
        for i in identities
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (ChronologyFilters(agencies=("GMP",)), ["missing", "incident"]),
        (ChronologyFilters(sectors=("health", "social_care")), ["clinic", "note"]),
        (ChronologyFilters(types=("incident", "note")), ["incident", "note"]),
        (
            ChronologyFilters(date_from=date(2024, 3, 2), date_to=date(2024, 3, 7)),
            ["clinic"],
        ),
        (ChronologyFilters(only_findings=True), ["note"]),
        (ChronologyFilters(agencies=("GMP",), types=("missing_report",)), ["missing"]),
        (ChronologyFilters(agencies=("NOPE",)), []),
    ],
)
def test_filters_select_events(story, coordinator, filters, expected):
    chronology = chronology_get_for_user(user=coordinator, child_id="C-STORY1", filters=filters)
    assert [e.event_id for e in chronology.entries] == [story["events"][k].pk for k in expected]
    assert chronology.matched_events == len(expected)
    assert chronology.total_events == 4


def test_search_finds_text_marks_it_and_is_logged_without_the_words(story, coordinator):
    chronology = chronology_get_for_user(
        user=coordinator, child_id="C-STORY1", filters=ChronologyFilters(search="OLDER MEN")
    )
    (entry,) = chronology.entries
    assert entry.event_id == story["events"]["incident"].pk
    assert '--search">older men</mark>' in entry.text_html
    search_log = AccessLogEntry.objects.get(action="search_chronology")
    assert (search_log.object_id, search_log.detail) == ("C-STORY1", {"matches": 1})
    assert "older" not in str(AccessLogEntry.objects.values_list("detail", flat=True))


def test_pages_keep_time_order_and_year_links_point_at_the_right_page(story, coordinator):
    first = chronology_get_for_user(user=coordinator, child_id="C-STORY1", page_size=3)
    second = chronology_get_for_user(user=coordinator, child_id="C-STORY1", page_size=3, page=2)
    assert (first.page.count, len(first.entries), len(second.entries)) == (2, 3, 1)
    assert second.entries[0].event_id == story["events"]["note"].pk
    assert [(y.year, y.page, y.count) for y in first.years] == [(2023, 1, 1), (2024, 1, 3)]
    assert second.entries[0].year_anchor is None  # 2024 began on page 1
    beyond = chronology_get_for_user(user=coordinator, child_id="C-STORY1", page_size=3, page=99)
    assert beyond.page.number == 2


def test_chart_follows_the_filters(story, coordinator):
    everything = chronology_get_for_user(user=coordinator, child_id="C-STORY1")
    assert [lane.code for lane in everything.chart.lanes] == ["NHSSH", "GMP", "OLDCS"]
    assert len(everything.chart.spans) == 1
    assert len(everything.chart.markers) == 1
    police = chronology_get_for_user(
        user=coordinator, child_id="C-STORY1", filters=ChronologyFilters(agencies=("GMP",))
    )
    assert [lane.code for lane in police.chart.lanes] == ["GMP"]
    assert police.chart.markers == ()  # the finding's evidence is at social care
    assert police.findings[0].first_event_id is None


def test_missing_and_forbidden_children_are_the_same_404_and_logged(story):
    outsider = UserFactory(role=User.Role.INVESTIGATOR, agency=AgencyFactory(code="XPOL"))
    with pytest.raises(Http404) as forbidden:
        chronology_get_for_user(user=outsider, child_id="C-STORY1")
    with pytest.raises(Http404) as missing:
        chronology_get_for_user(user=outsider, child_id="C-NOSUCH")
    assert str(forbidden.value) == str(missing.value)
    assert list(AccessLogEntry.objects.values_list("action", "object_id", "outcome")) == [
        ("view_chronology", "C-STORY1", "denied"),
        ("view_chronology", "C-NOSUCH", "denied"),
    ]


def test_investigator_of_an_agency_holding_a_record_sees_the_whole_chronology(story):
    investigator = UserFactory(role=User.Role.INVESTIGATOR, agency=story["police"])
    chronology = chronology_get_for_user(user=investigator, child_id="C-STORY1")
    assert chronology.total_events == 4
    assert AccessLogEntry.objects.get().outcome == "allowed"


def _queries(user, child_id: str, **options) -> int:
    with CaptureQueriesContext(connection) as captured:
        chronology_get_for_user(user=user, child_id=child_id, **options)
    return len(captured)


@pytest.mark.parametrize(
    "options",
    [{}, {"page_size": None}, {"filters": ChronologyFilters(search="event", only_findings=True)}],
)
def test_query_count_does_not_grow_with_the_number_of_events(coordinator, options):
    police = AgencyFactory(code="GMP", sector="police")
    social = AgencyFactory(code="OLDCS", sector="social_care")
    start = datetime(2020, 1, 1, tzinfo=UTC)
    counts = []
    warm_up, _ = child_with_records([police], public_id="C-WARMUP")
    chronology_get_for_user(user=coordinator, child_id=warm_up.public_id)  # starts the log chain
    for public_id, size in (("C-SMALL", 3), ("C-LARGE", 700)):
        child, (p1, p2) = child_with_records([police, social], public_id=public_id)
        first = events_bulk(p1, size, start=start, step=timedelta(days=1))
        second = events_bulk(p2, size, start=start, step=timedelta(hours=30))
        for i in range(0, size, 2):  # findings on a share of events, each with evidence
            finding_on(
                child,
                [first[i], second[i]],
                severity=Finding.Severity.HIGH,
                highlights=[[[0, 9]], [[10, 15]]],
            )
        counts.append(_queries(coordinator, public_id, **options))
    assert counts[0] == counts[1]
    assert counts[0] <= 17  # access check and log (6), reads (5), search and its log (6)


def test_language_finding_guidance_comes_from_the_finding_detail(story, coordinator):
    finding = story["finding"]
    finding.detail = {
        "matches": [
            {
                "phrase": "putting herself at risk",
                "why": "It places responsibility on the child.",
                "alternatives": ["is at risk of exploitation"],
            }
        ]
    }
    finding.save(update_fields=["detail"])
    chronology = chronology_get_for_user(user=coordinator, child_id="C-STORY1")
    note = next(e for e in chronology.entries if e.findings).findings[0]
    assert [(g.phrase, g.alternatives) for g in note.guidance] == [
        ("putting herself at risk", ("is at risk of exploitation",))
    ]
