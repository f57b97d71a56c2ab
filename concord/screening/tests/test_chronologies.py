from datetime import UTC, date, datetime

import pytest

from concord.agencies.models import Sector
from concord.agencies.tests.factories import AgencyFactory
from concord.screening.chronologies import chronologies_load
from concord.screening.tests.factories import (
    ChildFactory,
    EventFactory,
    PersonLinkFactory,
    PersonRecordFactory,
)
from concord_engine.contracts.screening import ScreenEvent

pytestmark = pytest.mark.django_db


def test_every_event_field_reaches_the_engine_with_the_related_persons_birth_date():
    police = AgencyFactory(code="GMP", sector=Sector.POLICE, area="")
    child = ChildFactory(public_id="CH-R")
    person = PersonLinkFactory(child=child, person__agency=police).person
    suspect = PersonRecordFactory(agency=police, source_id="S1", date_of_birth=date(1990, 2, 3))
    at = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    with_suspect = EventFactory(
        person=person,
        type="incident",
        source_id="I1",
        occurred_at=at,
        recorded_at=datetime(2025, 3, 3, 11, 0, tzinfo=UTC),
        ended_at=datetime(2025, 3, 3, 12, 0, tzinfo=UTC),
        code="SEXUAL OFFENCE",
        author_role="PC",
        text="Report taken.",
        related_person_source_id="S1",
        related_event_source_id="E0",
    )
    plain = EventFactory(person=person, type="note", source_id="N1", occurred_at=at, text="Seen.")
    (loaded,) = chronologies_load([child.pk])
    assert loaded.child_id == "CH-R"
    assert loaded.dates_of_birth == (person.date_of_birth,)
    by_id = {e.source_id: e for e in loaded.events}
    assert by_id["I1"] == ScreenEvent(
        ref=with_suspect.pk,
        agency="GMP",
        sector="police",
        source_id="I1",
        type="incident",
        occurred_at=at,
        recorded_at=datetime(2025, 3, 3, 11, 0, tzinfo=UTC),
        ended_at=datetime(2025, 3, 3, 12, 0, tzinfo=UTC),
        code="SEXUAL OFFENCE",
        author_role="PC",
        text="Report taken.",
        related_person_id="S1",
        related_event_id="E0",
        related_person_birth_date=suspect.date_of_birth,
    )
    assert by_id["N1"].ref == plain.pk
    assert by_id["N1"].related_person_birth_date is None
