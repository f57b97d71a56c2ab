"""Factories for chronology tests: a linked child with records, events and findings (synthetic)."""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import factory

from concord.agencies.models import Agency
from concord.linkage.models import Child, PersonLink
from concord.records.models import Event, PersonRecord
from concord.records.tests import factories as records_factories
from concord.screening.models import Finding, FindingEvidence


class PersonRecordFactory(records_factories.PersonRecordFactory):
    """A girl's record with the identifiers a chronology shows."""

    source_id = factory.Sequence(lambda n: f"P{n:05d}")
    given_name = factory.Faker("first_name_female", locale="en_GB")
    date_of_birth_raw = "2010-04-05"
    date_of_birth = None
    dob_precision = PersonRecord.DobPrecision.UNKNOWN
    sex = PersonRecord.Sex.FEMALE
    postcode = factory.Faker("postcode", locale="en_GB")
    nhs_number = "9434765919"


class EventFactory(records_factories.EventFactory):
    """A social worker's note."""

    person = factory.SubFactory(PersonRecordFactory)
    source_id = factory.Sequence(lambda n: f"E{n:06d}")
    occurred_at = datetime(2024, 1, 1, 12, tzinfo=UTC)
    author_role = "Social worker"
    text = "Synthetic note."


ChildFactory = records_factories.ChildFactory


def child_with_records(
    agencies: Sequence[Agency], *, public_id: str | None = None, probability: float = 0.97
) -> tuple[Child, list[PersonRecord]]:
    """Make a child linked to one person record at each agency."""
    child = cast(Child, ChildFactory(**({"public_id": public_id} if public_id else {})))
    people = []
    for agency in agencies:
        person = cast(PersonRecord, PersonRecordFactory(agency=agency))
        PersonLink.objects.create(person=person, child=child, match_probability=probability)
        people.append(person)
    return child, people


def events_bulk(
    person: PersonRecord, count: int, *, start: datetime, step: timedelta, **fields: Any
) -> list[Event]:
    """Insert `count` events for one person record in one query, `step` apart."""
    prefix = f"{person.agency.code}-{person.source_id}-{start:%Y%m%d%H%M}"
    return Event.objects.bulk_create(
        Event(
            agency=person.agency,
            extract=person.extract,
            person=person,
            source_id=f"{prefix}-{i}",
            type=fields.get("type", "note"),
            occurred_at=start + i * step,
            author_role=fields.get("author_role", "PC"),
            text=fields.get("text", f"Synthetic event {i}."),
        )
        for i in range(count)
    )


def finding_on(
    child: Child,
    events: Sequence[Event],
    *,
    rule: str = "victim_blaming_language",
    severity: str = Finding.Severity.MEDIUM,
    highlights: Sequence[list[list[int]]] | None = None,
) -> Finding:
    """Make a finding for the child with these evidence events (and highlight spans)."""
    finding = Finding.objects.create(
        child=child,
        rule=rule,
        rule_version="1",
        severity=severity,
        summary=f"Synthetic finding {rule}.",
        key=f"{rule}:{child.public_id}:{events[0].pk}",
    )
    for position, event in enumerate(events):
        spans = highlights[position] if highlights else []
        FindingEvidence.objects.create(
            finding=finding, event=event, position=position, highlights=spans
        )
    return finding
