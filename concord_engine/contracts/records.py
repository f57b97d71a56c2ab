"""Contracts between the record readers (engine) and the records store (app).

Rows are immutable and cheap rather than pydantic models: a million events pass through them on
a large import, and validation has already happened in the reader. They are NamedTuples, not
frozen dataclasses: a frozen dataclass's `__init__` sets each field through
`object.__setattr__` (3.5 µs for an event), a NamedTuple is built in 0.4 µs and is already the
tuple that COPY sends (ADR 0021).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field


class SourceFormat(StrEnum):
    """The formats `concord import` reads."""

    CIF1 = "cif1"
    ANNEX_A = "annex_a"
    SSDA903 = "ssda903"
    FHIR = "fhir"


class AgencySector(StrEnum):
    """CIF-1 manifest sectors."""

    POLICE = "police"
    SOCIAL_CARE = "social_care"
    HEALTH = "health"
    EDUCATION = "education"
    OTHER = "other"


class ManifestAgency(BaseModel):
    """The `agency` object of a CIF-1 manifest."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")
    name: str = Field(min_length=1, max_length=200)
    sector: AgencySector
    area: str | None = Field(default=None, max_length=100)


class Manifest(BaseModel):
    """A CIF-1 `manifest.json`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = Field(pattern=r"^concord-interchange/1$")
    agency: ManifestAgency
    extracted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """One defect in an extract, shown as `file:line:column: reason` (never personal data)."""

    file: str
    line: int
    column: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.reason}"


class PersonRow(NamedTuple):
    """One person record, raw values with their normalised forms beside them."""

    source_id: str
    given_name: str = ""
    family_name: str = ""
    other_names: str = ""
    date_of_birth_raw: str = ""
    date_of_birth: date | None = None
    dob_precision: str = "unknown"
    sex: str = "U"
    postcode: str = ""
    address: str = ""
    nhs_number: str = ""
    upn: str = ""
    local_id: str = ""
    given_name_norm: str = ""
    family_name_norm: str = ""
    postcode_norm: str = ""
    nhs_number_norm: str = ""


class EventRow(NamedTuple):
    """One event about a person; datetimes are timezone-aware."""

    source_id: str
    person_source_id: str
    type: str
    occurred_at: datetime
    occurred_date_only: bool = False
    recorded_at: datetime | None = None
    ended_at: datetime | None = None
    code: str = ""
    related_person_source_id: str = ""
    related_event_source_id: str = ""
    author_role: str = ""
    text: str = ""


class EventRecord(NamedTuple):
    """An EventRow for bulk storage: its times as microseconds since 2000-01-01 00:00 UTC.

    That is PostgreSQL's binary `timestamptz`, so a bulk load sends the integers as they are;
    turning an aware datetime into them cost about 0.5 µs a time in the driver (ADR 0022).
    """

    source_id: str
    person_source_id: str
    type: str
    occurred_at: int
    occurred_date_only: bool = False
    recorded_at: int | None = None
    ended_at: int | None = None
    code: str = ""
    related_person_source_id: str = ""
    related_event_source_id: str = ""
    author_role: str = ""
    text: str = ""


PERSON_FIELDS: tuple[str, ...] = PersonRow._fields
EVENT_FIELDS: tuple[str, ...] = EventRow._fields

__all__ = [
    "EVENT_FIELDS",
    "PERSON_FIELDS",
    "AgencySector",
    "EventRecord",
    "EventRow",
    "Manifest",
    "ManifestAgency",
    "PersonRow",
    "Problem",
    "SourceFormat",
]
