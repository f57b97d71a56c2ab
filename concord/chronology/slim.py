"""The slim form of an event used to filter, page and chart without loading its text."""

from datetime import date
from typing import NamedTuple


class SlimEvent(NamedTuple):
    """An event's id, agency, type and local dates (a tuple: thousands are made per request)."""

    id: int
    agency_id: int
    type: str
    day: date
    ended: date | None
