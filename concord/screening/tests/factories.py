"""Factories for screening tests: records, linked children and findings (synthetic data only)."""

from datetime import UTC, datetime

import factory

from concord.accounts.services import system_actor
from concord.agencies.models import Sector
from concord.agencies.tests.factories import AgencyFactory
from concord.linkage.models import Child, PersonLink
from concord.records.models import Event, Extract, PersonRecord
from concord.screening.models import Finding, FindingEvidence


class ExtractFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Extract

    agency = factory.SubFactory(AgencyFactory)
    format = Extract.Format.CIF1
    source_name = factory.Sequence(lambda n: f"extract{n}")
    content_hash = factory.Sequence(lambda n: f"{n:064d}")
    extracted_at = datetime(2026, 1, 1, tzinfo=UTC)
    imported_by = factory.LazyFunction(system_actor)


class PersonRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonRecord

    agency = factory.SubFactory(AgencyFactory)
    extract = factory.SubFactory(ExtractFactory, agency=factory.SelfAttribute("..agency"))
    source_id = factory.Sequence(lambda n: f"P{n}")
    given_name = factory.Faker("first_name", locale="en_GB")
    family_name = factory.Faker("last_name", locale="en_GB")
    date_of_birth = datetime(2010, 6, 1, tzinfo=UTC).date()
    dob_precision = PersonRecord.DobPrecision.DAY


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    public_id = factory.Sequence(lambda n: f"CH{n:06d}")


class PersonLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonLink

    person = factory.SubFactory(PersonRecordFactory)
    child = factory.SubFactory(ChildFactory)
    match_probability = 0.99


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    person = factory.SubFactory(PersonRecordFactory)
    agency = factory.SelfAttribute("person.agency")
    extract = factory.SelfAttribute("person.extract")
    source_id = factory.Sequence(lambda n: f"EV{n}")
    type = "note"
    occurred_at = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    text = ""


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
