"""Each defect is refused with `file:line:column: reason` and leaves the store unchanged."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from concord.accounts.services import system_actor
from concord.records.models import Event, EventVersion, Extract, PersonRecord, PersonRecordVersion
from concord.records.services import ExtractRejectedError, extract_import, extract_validate

from .builders import (
    EVENTS_HEADER,
    default_events,
    default_people,
    manifest,
    write_cif1,
    zip_folder,
)

pytestmark = pytest.mark.django_db


def _snapshot() -> tuple[object, ...]:
    return (
        list(Extract.objects.values_list("id", "content_hash")),
        list(PersonRecord.objects.values_list("id", "extract_id", "postcode", "sex")),
        list(Event.objects.values_list("id", "extract_id", "occurred_at", "type")),
        PersonRecordVersion.objects.count(),
        EventVersion.objects.count(),
    )


@pytest.fixture
def baseline(tmp_path: Path) -> tuple[object, ...]:
    """A store already holding one good extract, so 'unchanged' is tested against real rows."""
    extract_import(actor=system_actor(), path=write_cif1(tmp_path / "earlier"))
    return _snapshot()


def _people(**changes: str) -> list[dict[str, str]]:
    rows = default_people()
    rows[0].update(changes)
    return rows


def _events(**changes: str) -> list[dict[str, str]]:
    rows = default_events()
    rows[0].update(changes)
    return rows


def _write(folder: Path, **kwargs: object) -> Path:
    later = manifest()
    later["extracted_at"] = "2025-05-01T09:00:00Z"
    kwargs.setdefault("manifest_data", later)
    return write_cif1(folder, **kwargs)  # type: ignore[arg-type]


def _edit(name: str, transform: Callable[[bytes], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        _write(folder)
        target = folder / name
        target.write_bytes(transform(target.read_bytes()))
        return folder

    return make


DEFECTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing required column": (
        lambda f: _write(f, events_header=[c for c in EVENTS_HEADER if c != "occurred_at"]),
        "events.csv:1:1: missing required column 'occurred_at'",
    ),
    "unknown column": (
        _edit("people.csv", lambda b: b.replace(b"local_id", b"shoe_size", 1)),
        "people.csv:1:11: unknown column 'shoe_size'",
    ),
    "unknown event type": (
        lambda f: _write(f, events=_events(type="burglary")),
        "events.csv:2:3: unknown event type (not in the CIF-1 vocabulary)",
    ),
    "event type of another sector": (
        lambda f: _write(f, events=_events(type="attendance")),
        "events.csv:2:3: event type 'attendance' is not used by the police sector",
    ),
    "unknown sector": (
        lambda f: _write(
            f, manifest_data={**manifest(), "agency": {**manifest()["agency"], "sector": "army"}}
        ),
        "manifest.json:1:95: malformed manifest: agency.sector:",
    ),
    "bad date of birth": (
        lambda f: _write(f, people=_people(date_of_birth="05/04/2011")),
        "people.csv:2:5: bad date_of_birth: expected YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    "impossible date": (
        lambda f: _write(f, people=_people(date_of_birth="2011-02-30")),
        "people.csv:2:5: bad date_of_birth: no such date",
    ),
    "bad date-time": (
        lambda f: _write(f, events=_events(recorded_at="2024-07-01T25:00")),
        "events.csv:2:5: bad recorded_at: expected an ISO 8601 date or date-time",
    ),
    "empty occurred_at": (
        lambda f: _write(f, events=_events(occurred_at="")),
        "events.csv:2:4: occurred_at is empty",
    ),
    "duplicate person id": (
        lambda f: _write(f, people=[*default_people(), {"person_id": "P2"}]),
        "people.csv:5:1: duplicate person_id (first on line 3)",
    ),
    "duplicate event id": (
        lambda f: _write(f, events=[*default_events(), {**default_events()[0]}]),
        # E3 spans two physical lines (its text holds a newline), so the copy starts on line 6.
        "events.csv:6:1: duplicate event_id (first on line 2)",
    ),
    "event pointing at a missing person": (
        lambda f: _write(f, events=_events(person_id="P99")),
        "events.csv:2:2: person_id not found in people.csv",
    ),
    "related person missing": (
        lambda f: _write(f, events=_events(related_person_id="P99")),
        "events.csv:2:8: related_person_id not found in people.csv",
    ),
    "bad NHS number check digit": (
        lambda f: _write(f, people=_people(nhs_number="943 476 5918")),
        "people.csv:2:9: bad NHS number: fails the modulus 11 check",
    ),
    "bad sex": (
        lambda f: _write(f, people=_people(sex="female")),
        "people.csv:2:6: bad sex: expected F, M, X or U",
    ),
    "bad risk level": (
        lambda f: _write(f, events=_events(type="risk_assessment", code="severe")),
        "events.csv:2:7: bad risk level: expected none, low, medium or high",
    ),
    "malformed manifest JSON": (
        _edit("manifest.json", lambda b: b[:-1]),
        "manifest.json:1:",
    ),
    "manifest with the wrong format": (
        lambda f: _write(f, manifest_data={**manifest(), "format": "concord-interchange/2"}),
        "manifest.json:1:12: malformed manifest: format:",
    ),
    "manifest with an extra key": (
        lambda f: _write(f, manifest_data={**manifest(), "version": 3}),
        "manifest.json:1:160: malformed manifest: version: Extra inputs are not permitted",
    ),
    "social care manifest without area": (
        lambda f: _write(f, manifest_data=manifest(code="OLD", sector="social_care")),
        "manifest.json:1:118: malformed manifest: agency.area is required for this sector",
    ),
    "bad sector in an indented manifest": (
        _edit(
            "manifest.json",
            lambda b: json.dumps(
                {**json.loads(b), "agency": {**json.loads(b)["agency"], "sector": "navy"}},
                indent=2,
            ).encode(),
        ),
        # Line 6 is `    "sector": "navy",` inside the agency object (after code and name).
        "manifest.json:6:15: malformed manifest: agency.sector:",
    ),
    "missing file": (
        lambda f: _unlink(_write(f), "events.csv"),
        "events.csv:1:1: file missing from the extract",
    ),
    "truncated file inside a quote": (
        _edit("events.csv", lambda b: b[: b.index(b"Line one") + 4]),
        "events.csv:4:1: file ends inside a quoted field (truncated)",
    ),
    "truncated row": (
        _edit("people.csv", lambda b: b.rstrip(b"\r\n").rsplit(b",", 3)[0] + b"\r\n"),
        "people.csv:4:9: row has 8 fields but the header has 11 (truncated or malformed)",
    ),
    "non-UTF-8 file": (
        _edit("people.csv", lambda b: b.replace("Zoë".encode(), "Zoë".encode("latin-1"))),
        "people.csv:2:6: not valid UTF-8",
    ),
    "empty file": (
        _edit("people.csv", lambda b: b""),
        "people.csv:1:1: empty file: no header row",
    ),
}


def _unlink(folder: Path, name: str) -> Path:
    (folder / name).unlink()
    return folder


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_defect_is_refused_naming_file_and_line(
    defect: str, tmp_path: Path, baseline: tuple[object, ...]
) -> None:
    make, expected = DEFECTS[defect]
    path = make(tmp_path / "extract")

    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=path)

    assert any(line.startswith(expected) for line in caught.value.problems), caught.value.problems
    assert _snapshot() == baseline
    assert extract_validate(path=path) == caught.value.problems


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    people = _people(date_of_birth="2011-13-01", nhs_number="1234567890")
    events = _events(person_id="P99", type="burglary", occurred_at="yesterday")
    path = _write(tmp_path / "x", people=people, events=events)
    problems = extract_validate(path=path)
    assert problems == [
        "people.csv:2:5: bad date_of_birth: no such date",
        "people.csv:2:9: bad NHS number: fails the modulus 11 check",
        "events.csv:2:2: person_id not found in people.csv",
        "events.csv:2:3: unknown event type (not in the CIF-1 vocabulary)",
        "events.csv:2:4: bad occurred_at: expected an ISO 8601 date or date-time",
    ]


def test_problems_never_echo_personal_data(tmp_path: Path) -> None:
    people = _people(date_of_birth="Zoe-born-2011", sex="Obrien", nhs_number="943476591X")
    problems = extract_validate(path=_write(tmp_path / "x", people=people))
    text = "\n".join(problems)
    assert problems
    for secret in ("Zoe", "Obrien", "943476591X", "2011"):
        assert secret not in text


def _zip_with(tmp_path: Path, members: dict[str, bytes]) -> Path:
    target = tmp_path / "bad.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_zip_with_two_folders_is_refused(tmp_path: Path, baseline: tuple[object, ...]) -> None:
    folder = _write(tmp_path / "a")
    files = {n: (folder / n).read_bytes() for n in ("manifest.json", "people.csv", "events.csv")}
    members = {f"one/{n}": data for n, data in files.items()}
    members.update({f"two/{n}": data for n, data in files.items()})
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=_zip_with(tmp_path, members))
    assert caught.value.problems[0] == "bad.zip:1:1: the zip must hold exactly one folder; found 2"
    assert _snapshot() == baseline


def test_zip_with_loose_files_is_refused(tmp_path: Path) -> None:
    folder = _write(tmp_path / "a")
    members = {n: (folder / n).read_bytes() for n in ("manifest.json", "people.csv", "events.csv")}
    problems = extract_validate(path=_zip_with(tmp_path, members))
    assert problems[0].startswith("bad.zip:1:1: the zip must hold exactly one folder; found 0")


def test_truncated_zip_is_refused(tmp_path: Path, baseline: tuple[object, ...]) -> None:
    archive = zip_folder(_write(tmp_path / "a"), tmp_path / "cut.zip")
    archive.write_bytes(archive.read_bytes()[:200])
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=archive)
    assert caught.value.problems[0].startswith("cut.zip:1:1:")
    assert _snapshot() == baseline


def test_unrecognised_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    assert extract_validate(path=path)[0].startswith("notes.txt:1:1: unrecognised extract")


def test_manifest_json_error_names_line_and_column(tmp_path: Path) -> None:
    folder = _write(tmp_path / "a")
    (folder / "manifest.json").write_text(json.dumps(manifest(), indent=2).replace('"GMP"', "GMP"))
    assert extract_validate(path=folder)[0].startswith("manifest.json:4:13: malformed JSON")
