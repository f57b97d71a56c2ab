"""Contract between the screening engine and the app: a child's linked chronology in, findings out.

Frozen dataclasses (not pydantic) because the screen handles millions of events and these are
built in a tight loop; the app builds them from the records store, the engine never sees the ORM.
"""

from dataclasses import dataclass, field
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
