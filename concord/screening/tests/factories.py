"""Factories for screening tests: records, linked children and findings (synthetic data only)."""

from datetime import UTC, datetime

import factory

from concord.agencies.models import Sector
from concord.agencies.tests.factories import AgencyFactory
from concord.linkage.models import Child
from concord.records.models import Event
from concord.records.tests.factories import (
    ChildFactory,
    EventFactory,
    ExtractFactory,
    PersonLinkFactory,
    PersonRecordFactory,
)
from concord.screening.models import Finding, FindingEvidence


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    child = factory.SubFactory(ChildFactory)
    rule = "crime_not_recorded"
    rule_version = "1"
    severity = Finding.Severity.HIGH
    summary = "A police incident reports a sexual offence; no crime was recorded."
    key = factory.Sequence(lambda n: f"{n:064x}")


class FindingEvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FindingEvidence

    finding = factory.SubFactory(FindingFactory)
    event = factory.SubFactory(EventFactory)


def police_and_care_child(public_id: str = "CH-A") -> tuple[Child, Event]:
    """A child linked across a police force and a council, with an unrecorded sexual offence
    report and a blaming note; returns the child and the police incident."""
    police = AgencyFactory(code="GMP", sector=Sector.POLICE, area="")
    council = AgencyFactory(code="OLDCSC", sector=Sector.SOCIAL_CARE, area="Oldham")
    child = ChildFactory(public_id=public_id)
    police_person = PersonLinkFactory(child=child, person__agency=police).person
    care_person = PersonLinkFactory(child=child, person__agency=council).person
    incident = EventFactory(
        person=police_person,
        type="incident",
        code="SEXUAL OFFENCE",
        text="Caller reports her daughter was sexually assaulted by an adult male.",
    )
    EventFactory(
        person=care_person,
        type="note",
        occurred_at=datetime(2025, 3, 4, 9, 0, tzinfo=UTC),
        text="Social worker view: she continues to put herself at risk.",
        author_role="Social worker",
    )
    return child, incident


__all__ = [
    "ChildFactory",
    "EventFactory",
    "ExtractFactory",
    "FindingEvidenceFactory",
    "FindingFactory",
    "PersonLinkFactory",
    "PersonRecordFactory",
    "police_and_care_child",
]
