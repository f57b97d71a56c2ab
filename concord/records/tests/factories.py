"""Factories for the records store and linked children (synthetic data only).

The one home of these factories: apps above records import or subclass them rather than
defining their own.
"""

from datetime import UTC, date, datetime

import factory

from concord.accounts.services import system_actor
from concord.agencies.tests.factories import AgencyFactory
from concord.linkage.models import Child, PersonLink
from concord.records.models import Event, Extract, PersonRecord


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
    date_of_birth: date | None = date(2010, 6, 1)
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
