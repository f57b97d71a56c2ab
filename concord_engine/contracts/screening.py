"""Contract between the screening engine and the app: a child's linked chronology in, findings out.

Frozen dataclasses (not pydantic) because the screen handles millions of events and these are
built in a tight loop; the app builds them from the records store, the engine never sees the ORM.
"""

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, Literal

Severity = Literal["high", "medium", "low"]


@dataclass(frozen=True, slots=True)
class ScreenEvent:
    """One recorded event of a child's linked chronology (all agencies).

    `ref` is an opaque id the app uses to find the event again (the database id). `agency` and
    `source_id` together are the event's stable public identity (`AGENCY:event_id`).
    Datetimes are timezone-aware.
    """

    ref: int
    agency: str
    sector: str
    source_id: str
    type: str
    occurred_at: datetime
    recorded_at: datetime | None = None
    ended_at: datetime | None = None
    code: str = ""
    author_role: str = ""
    text: str = ""
    related_person_id: str = ""
    related_event_id: str = ""
    related_person_birth_date: date | None = None


# `ScreenEvent(...)` built without its generated `__init__` (a by-name `object.__setattr__` per
# field), for the app's read of millions of events a screen: the same object, for about 60 % of
# the time. `test_contract_builders` holds it to the constructor.
_new = object.__new__
(
    _SET_REF,
    _SET_AGENCY,
    _SET_SECTOR,
    _SET_SOURCE_ID,
    _SET_TYPE,
    _SET_OCCURRED_AT,
    _SET_RECORDED_AT,
    _SET_ENDED_AT,
    _SET_CODE,
    _SET_AUTHOR_ROLE,
    _SET_TEXT,
    _SET_RELATED_PERSON_ID,
    _SET_RELATED_EVENT_ID,
    _SET_RELATED_PERSON_BIRTH_DATE,
) = (getattr(ScreenEvent, f.name).__set__ for f in fields(ScreenEvent))


def screen_event(
    ref: int,
    agency: str,
    sector: str,
    source_id: str,
    event_type: str,
    occurred_at: datetime,
    recorded_at: datetime | None,
    ended_at: datetime | None,
    code: str,
    author_role: str,
    text: str,
    related_person_id: str,
    related_event_id: str,
    related_person_birth_date: date | None,
) -> ScreenEvent:
    """`ScreenEvent(...)` with every field given, in field order."""
    event: ScreenEvent = _new(ScreenEvent)
    _SET_REF(event, ref)
    _SET_AGENCY(event, agency)
    _SET_SECTOR(event, sector)
    _SET_SOURCE_ID(event, source_id)
    _SET_TYPE(event, event_type)
    _SET_OCCURRED_AT(event, occurred_at)
    _SET_RECORDED_AT(event, recorded_at)
    _SET_ENDED_AT(event, ended_at)
    _SET_CODE(event, code)
    _SET_AUTHOR_ROLE(event, author_role)
    _SET_TEXT(event, text)
    _SET_RELATED_PERSON_ID(event, related_person_id)
    _SET_RELATED_EVENT_ID(event, related_event_id)
    _SET_RELATED_PERSON_BIRTH_DATE(event, related_person_birth_date)
    return event


@dataclass(frozen=True, slots=True)
class ScreenChild:
    """A linked child: dates of birth from its records (most reliable first) and its events."""

    child_id: str
    dates_of_birth: tuple[date, ...]
    events: tuple[ScreenEvent, ...]


@dataclass(frozen=True, slots=True)
class EvidenceOut:
    """One evidence event of a finding, with character spans in its text to highlight."""

    event_ref: int
    agency: str
    source_id: str
    occurred_at: datetime
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class FindingOut:
    """A rule fired for a child. `key` is stable across re-runs (same child, rule and anchor)."""

    child_id: str
    rule: str
    rule_version: str
    severity: Severity
    summary: str
    parameters: dict[str, Any]
    evidence: tuple[EvidenceOut, ...]
    key: str
    detail: dict[str, Any] = field(default_factory=dict)
