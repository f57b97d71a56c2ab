"""Person records for linkage tests (synthetic data only)."""

from datetime import date
from itertools import count

import factory

from concord.accounts.services import system_actor
from concord.agencies.tests.factories import AgencyFactory
from concord.records.models import Extract, PersonRecord
from concord_engine.linkage.tests.population import population

_hashes = count()


def extract_for(code: str) -> Extract:
    """A fresh extract of the agency with this code."""
    return Extract.objects.create(
        agency=AgencyFactory(code=code),
        format=Extract.Format.CIF1,
        source_name=f"{code}.zip",
        content_hash=f"h{next(_hashes)}",
        imported_by=system_actor(),
    )


def _dob(text: str) -> tuple[date | None, str]:
    if not text:
        return None, PersonRecord.DobPrecision.UNKNOWN
    parts = [int(p) for p in text.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    return date(parts[0], *(parts[1:] + [1, 1])[:2]), precision


def person(
    extract: Extract, source_id: str, given: str, family: str, dob: str = "", **kw: str
) -> PersonRecord:
    """Create one person record in an extract."""
    value, precision = _dob(dob)
    return PersonRecord.objects.create(
        agency=extract.agency,
        extract=extract,
        source_id=source_id,
        given_name=given,
        family_name=family,
        date_of_birth_raw=dob,
        date_of_birth=value,
        dob_precision=precision,
        **kw,
    )


def background(people: int, *, code: str = "BKG", seed: int = 3) -> dict[int, str]:
    """Import a synthetic population as one agency's extract; return person pk -> truth key."""
    extract = extract_for(code)
    frame = population(people, seed=seed)
    rows = []
    for row in frame.itertuples(index=False):
        value, precision = _dob(str(row.date_of_birth))
        rows.append(
            PersonRecord(
                agency=extract.agency,
                extract=extract,
                source_id=f"B{row.record_id}",
                given_name=str(row.given_name),
                family_name=str(row.family_name),
                date_of_birth_raw=str(row.date_of_birth),
                date_of_birth=value,
                dob_precision=precision,
                sex=str(row.sex),
                postcode=str(row.postcode),
                nhs_number=str(row.nhs_number),
            )
        )
    created = PersonRecord.objects.bulk_create(rows)
    by_source = dict(PersonRecord.objects.filter(extract=extract).values_list("source_id", "pk"))
    del created
    return {
        by_source[f"B{rid}"]: str(truth)
        for rid, truth in zip(frame["record_id"], frame["truth"], strict=True)
    }


class PersonRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonRecord

    extract = factory.LazyFunction(lambda: extract_for("GMP"))
    agency = factory.LazyAttribute(lambda o: o.extract.agency)
    source_id = factory.Sequence(lambda n: f"P{n}")
    given_name = factory.Faker("first_name", locale="en_GB")
    family_name = factory.Faker("last_name", locale="en_GB")
