"""Write small synthetic CIF-1 extracts for tests (no real personal data)."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

from concord_engine.io.vocabulary import EVENT_COLUMNS, PEOPLE_COLUMNS

PEOPLE_HEADER = list(PEOPLE_COLUMNS)
EVENTS_HEADER = list(EVENT_COLUMNS)
VALID_NHS = "943 476 5919"


def manifest(code: str = "GMP", sector: str = "police", area: str | None = None) -> dict[str, Any]:
    return {
        "format": "concord-interchange/1",
        "agency": {"code": code, "name": f"Agency {code}", "sector": sector, "area": area},
        "extracted_at": "2025-03-01T09:00:00Z",
    }


def default_people() -> list[dict[str, str]]:
    return [
        {
            "person_id": "P1",
            "given_name": "Zoë",
            "family_name": "O'Brien",
            "other_names": "Zo;Zoe B",
            "date_of_birth": "2011-04-05",
            "sex": "F",
            "postcode": "m1 1ae",
            "address": "1 Test Street",
            "nhs_number": VALID_NHS,
            "upn": "A12345678901B",
            "local_id": "URN1",
        },
        {"person_id": "P2", "given_name": "Sam", "family_name": "Smith", "date_of_birth": "1990"},
        {"person_id": "P3", "given_name": "Alex", "date_of_birth": "2012-07", "sex": "U"},
    ]


def default_events() -> list[dict[str, str]]:
    return [
        {
            "event_id": "E1",
            "person_id": "P1",
            "type": "incident",
            "occurred_at": "2024-07-01T21:30",
            "recorded_at": "2024-07-01T22:00:00+01:00",
            "code": "SEXUAL OFFENCE",
            "related_person_id": "P2",
            "author_role": "PC",
            "text": 'Reported by parent. Child said "he gave me a phone".',
        },
        {
            "event_id": "E2",
            "person_id": "P1",
            "type": "crime",
            "occurred_at": "2024-07-03",
            "recorded_at": "2024-07-03T10:00:00Z",
            "code": "19E",
            "related_event_id": "E1",
        },
        {
            "event_id": "E3",
            "person_id": "P3",
            "type": "missing_report",
            "occurred_at": "2024-12-01T18:00",
            "ended_at": "2024-12-02T09:15",
            "text": "Line one\nline two, with a comma",
        },
    ]


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


def write_cif1(
    folder: Path,
    *,
    manifest_data: dict[str, Any] | None = None,
    people: list[dict[str, str]] | None = None,
    events: list[dict[str, str]] | None = None,
    people_header: list[str] | None = None,
    events_header: list[str] | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps(manifest_data or manifest()))
    write_csv(
        folder / "people.csv",
        people_header or PEOPLE_HEADER,
        default_people() if people is None else people,
    )
    write_csv(
        folder / "events.csv",
        events_header or EVENTS_HEADER,
        default_events() if events is None else events,
    )
    return folder


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("manifest.json", "people.csv", "events.csv"):
            archive.write(folder / name, f"{folder.name}/{name}")
    return target
