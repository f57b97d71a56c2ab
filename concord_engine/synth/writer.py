"""Streaming CIF-1 writers: one folder per agency, rows written as they are made."""

import csv
import json
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from .agencies import AgencySpec
from .clock import LONDON
from .model import Event
from .records import PEOPLE_COLUMNS

EVENT_COLUMNS = (
    "event_id", "person_id", "type", "occurred_at", "recorded_at", "ended_at", "code",
    "related_person_id", "related_event_id", "author_role", "text",
)  # fmt: skip
_PERSON_PREFIX = {"police": "NOM", "health": "H", "education": "P"}
_EVENT_PREFIX = {"incident": "LOG", "crime": "CRM"}


def _stamp(at: datetime, date_only: bool, seconds: bool, offset: bool = False) -> str:
    if date_only:
        return at.date().isoformat()
    if offset:
        at = at.replace(tzinfo=LONDON)
    return at.isoformat(timespec="seconds" if seconds else "minutes")


class ExtractWriter:
    """Writes one agency's manifest.json, people.csv and events.csv."""

    def __init__(self, root: Path, agency: AgencySpec, extracted_at: datetime) -> None:
        self.agency = agency
        folder = root / agency.code
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {
            "format": "concord-interchange/1",
            "agency": {
                "code": agency.code,
                "name": agency.name,
                "sector": agency.sector,
                "area": agency.area,
            },
            "extracted_at": extracted_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
        self._people_file = (folder / "people.csv").open("w", newline="", encoding="utf-8")
        self._events_file = (folder / "events.csv").open("w", newline="", encoding="utf-8")
        self._people = csv.writer(self._people_file)
        self._events = csv.writer(self._events_file)
        self._people.writerow(PEOPLE_COLUMNS)
        self._events.writerow(EVENT_COLUMNS)
        self._seconds = agency.sector in ("police", "health")
        # The NHS system exports its times with their UTC offset; the others write local time.
        self._offset = agency.sector == "health"
        self._short = (agency.area or "")[:3].upper() or _PERSON_PREFIX.get(agency.sector, "X")
        if agency.sector in _PERSON_PREFIX:
            self._short = _PERSON_PREFIX[agency.sector]
        self.people_count = 0
        self.event_count = 0

    def new_person_id(self) -> str:
        """The next person id in this agency's own style."""
        self.people_count += 1
        return f"{self._short}{self.people_count:07d}"

    def assign_event_id(self, ev: Event) -> None:
        """Give an event the next id in this agency's own style."""
        self.event_count += 1
        if self.agency.sector == "police":
            ev.event_id = f"{_EVENT_PREFIX.get(ev.type, 'PE')}{self.event_count:08d}"
        elif self.agency.sector == "social_care":
            ev.event_id = str(1_000_000 + self.event_count)
        elif self.agency.sector == "health":
            ev.event_id = f"ENC-{self.event_count:08d}"
        else:
            ev.event_id = f"E{self.event_count:07d}"

    def person(self, row: tuple[str, ...]) -> None:
        """Write one people.csv row."""
        self._people.writerow(row)

    def event(self, ev: Event, person_id: str, related_person_id: str) -> None:
        """Write one events.csv row."""
        seconds, offset = self._seconds, self._offset
        self._events.writerow(
            (
                ev.event_id,
                person_id,
                ev.type,
                _stamp(ev.at, ev.date_only, seconds, offset),
                _stamp(ev.recorded, False, seconds, offset) if ev.recorded else "",
                _stamp(ev.ended, ev.date_only, seconds, offset) if ev.ended else "",
                ev.code,
                related_person_id,
                ev.related.event_id
                if ev.related is not None and ev.related.agency is ev.agency
                else "",
                ev.author_role,
                ev.text,
            )
        )

    def close(self) -> None:
        """Flush and close both CSV files."""
        self._people_file.close()
        self._events_file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
