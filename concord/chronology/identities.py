"""The child's identities as each agency recorded them; names only for roles that may see them."""

from collections.abc import Sequence

from concord.linkage.models import PersonLink
from concord.records.models import PersonRecord

from .entries import Identity


def _date_of_birth(person: PersonRecord) -> str:
    if person.date_of_birth_raw:
        return person.date_of_birth_raw
    return person.date_of_birth.isoformat() if person.date_of_birth else ""


def _pseudonymous(link: PersonLink, number: int) -> Identity:
    agency = link.person.agency
    return Identity(
        label=f"Record {number}",
        agency_code=agency.code,
        agency_name=agency.name,
        sector=agency.sector,
        sector_label=agency.get_sector_display(),
        match_probability=link.match_probability,
        names_shown=False,
    )


def _named(link: PersonLink) -> Identity:
    person, agency = link.person, link.person.agency
    return Identity(
        label=f"{agency.code} {person.source_id}",
        agency_code=agency.code,
        agency_name=agency.name,
        sector=agency.sector,
        sector_label=agency.get_sector_display(),
        match_probability=link.match_probability,
        names_shown=True,
        source_id=person.source_id,
        given_name=person.given_name,
        family_name=person.family_name,
        other_names=person.other_names,
        date_of_birth=_date_of_birth(person),
        sex=person.get_sex_display() if person.sex != PersonRecord.Sex.UNKNOWN else "",
        postcode=person.postcode,
        address=person.address,
        nhs_number=person.nhs_number,
        upn=person.upn,
        local_id=person.local_id,
    )


def identities_build(links: Sequence[PersonLink], *, names_shown: bool) -> tuple[Identity, ...]:
    """Return one identity per linked record; pseudonymous labels when names are not allowed."""
    if names_shown:
        return tuple(_named(link) for link in links)
    return tuple(_pseudonymous(link, number) for number, link in enumerate(links, start=1))
