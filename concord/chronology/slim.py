"""The slim form of an event used to filter, page and chart without loading its text."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SlimEvent:
    """An event's id, agency, type and local dates."""

    id: int
    agency_id: int
    type: str
    day: date
    ended: date | None
