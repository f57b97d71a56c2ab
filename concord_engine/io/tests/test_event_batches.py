"""The batched event loop gives exactly what the plain, row-by-row checks give.

`Cif1Reader.event_batches` and `events()` share one fast loop that checks a sound row in one
test and builds its tuple there (ADR 0022). The reference here is the plain path: every row
through `_EventChecker._check_each`, then `keyed_batches` over the result. Random extracts mix
sound rows with every kind of defect, quoted newlines, refused people and left-out columns, at
batch sizes that split them anywhere.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from concord_engine.contracts.records import EventRow
from concord_engine.io import ProblemLog, cif1, open_extract
from concord_engine.io.batches import keyed_batches
from concord_engine.io.cif1 import Cif1Reader, _EventChecker
from concord_engine.io.csvstream import read_header, stream_rows
from concord_engine.io.micros import event_record
from concord_engine.io.vocabulary import EVENT_COLUMNS, EVENT_REQUIRED

MANIFEST = {
    "format": "concord-interchange/1",
    "agency": {
        "code": "LA01",
        "name": "Somewhere Council",
        "sector": "social_care",
        "area": "Somewhere",
    },
    "extracted_at": "2025-01-01T09:00:00Z",
}
PEOPLE_HEADER = "person_id,given_name,family_name,date_of_birth,sex,nhs_number\n"
HEAD = ("agency", "extract")
TIMES = [
    "2024-07-01T12:00",
    "2024-07-01 12:00:30",
    "2024-03-31T01:30",  # the clocks go forward
    "2024-10-27T01:30",  # happens twice
    "2024-12-01",
    "2024-12-01T08:00:00Z",
    "2024-06-01T12:00:00+01:00",
    "2024-02-30",  # no such day
    "yesterday",
    "",
]


def _people(rng: random.Random) -> tuple[str, list[str]]:
    rows, ids = [PEOPLE_HEADER], []
    for number in range(12):
        dob = "2010-13-01" if number % 5 == 4 else f"2010-0{1 + number % 9}-1{number % 9}"
        rows.append(f"P{number},Given{number},Family,{dob},F,\n")  # every fifth refused (DOB)
        ids.append(f"P{number}")
    rng.shuffle(ids)
    return "".join(rows), ids


def _events(rng: random.Random, people: list[str], columns: list[str], *, repeats: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    kinds = ["note", "strategy_discussion", "risk_assessment", "crime", "bogus", " note "]
    for number in range(rng.randrange(20, 60)):
        value = {
            "event_id": rng.choice(
                [f"E{number}", f"E{number}", f" E{number} ", "E1" if repeats else "", ""]
            ),
            "person_id": rng.choice([*people, *people, "NOBODY", ""]),
            "type": rng.choice(kinds),
            "occurred_at": rng.choice(TIMES[:-1] * 3 + TIMES),
            "recorded_at": rng.choice(["", "", *TIMES]),
            "ended_at": rng.choice(["", "", *TIMES]),
            "code": rng.choice(["", "", "high", "HIGH", "extreme", "19E"]),
            "related_person_id": rng.choice(["", "", "", *people, "NOBODY"]),
            "related_event_id": rng.choice(["", " E3 "]),
            "author_role": rng.choice(["", "Social worker", " padded "]),
            "text": rng.choice(["plain", 'said "no"', "two\nlines", "a, b", ""]),
        }
        writer.writerow([value[name] for name in columns])
        if rng.random() < 0.05:
            out.write("too,few\n")
    return out.getvalue()


def _extract(folder: Path, seed: int, *, repeats: bool = True) -> Path:
    rng = random.Random(seed)
    people_csv, people = _people(rng)
    optional = [name for name in EVENT_COLUMNS if name not in EVENT_REQUIRED]
    columns = [*EVENT_REQUIRED, *rng.sample(optional, rng.randrange(len(optional) + 1))]
    rng.shuffle(columns)
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps(MANIFEST))
    (folder / "people.csv").write_text(people_csv)
    (folder / "events.csv").write_text(_events(rng, people, columns, repeats=repeats))
    return folder


def _reader(folder: Path) -> tuple[Cif1Reader, ProblemLog]:
    problems = ProblemLog()
    reader = open_extract(folder, problems)
    assert isinstance(reader, Cif1Reader)
    return reader, problems


def _plain(folder: Path, keys: dict[str, int]) -> tuple[list[Any], list[Any], list[str]]:
    """The plain path: each row through `_check_each`, keyed by `keyed_batches`."""
    reader, problems = _reader(folder)
    list(reader.people())
    events: list[EventRow] = []
    with reader.files.open("events.csv") as stream:
        first, rows = stream_rows(stream, "events.csv", problems)
        header = read_header("events.csv", first, EVENT_COLUMNS, EVENT_REQUIRED, problems)
        assert header is not None
        checker = _EventChecker(header, reader.person_lines, "social_care", problems)
        for line, cells in rows:
            cells.append("")  # a column the file leaves out
            event = checker._check_each(line, cells)
            if event is not None:
                events.append(event)
    records = [event_record(event) for event in events]
    return (
        [row for batch in keyed_batches(records, HEAD, keys) for row in batch],
        [row for batch in keyed_batches(events, HEAD, keys) for row in batch],
        problems.lines(),
    )


def _keys(folder: Path) -> dict[str, int]:
    """Keys for the people the reader accepted, as the store would give them."""
    reader, _problems = _reader(folder)
    return {person.source_id: 100 + number for number, person in enumerate(reader.people())}


@pytest.mark.parametrize("repeats", [True, False])
@pytest.mark.parametrize("batch", [1, 3, 7, 10_000])
@pytest.mark.parametrize("seed", range(25))
def test_batches_are_the_plain_checks_keyed(
    tmp_path: Path, seed: int, batch: int, repeats: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _extract(tmp_path / "x", seed, repeats=repeats)
    keys = _keys(folder)
    plain_records, plain_rows, plain_problems = _plain(folder, keys)
    monkeypatch.setattr(cif1, "BATCH_ROWS", batch)

    for micros, expected in ((True, plain_records), (False, plain_rows)):
        reader, problems = _reader(folder)
        list(reader.people())
        batches = list(reader.event_batches(HEAD, keys, micros=micros))
        assert all(0 < len(rows) <= batch for rows in batches)
        assert [row for rows in batches for row in rows] == expected
        assert problems.lines() == plain_problems

    reader, problems = _reader(folder)
    list(reader.people())
    events = list(reader.events())
    assert [row for b in keyed_batches(events, HEAD, keys) for row in b] == plain_rows
    assert problems.lines() == plain_problems

    if not repeats:
        # With no repeats to leave to the store, the untracked loop gives the same.
        assert not any("duplicate event_id" in line for line in plain_problems)
        reader, problems = _reader(folder)
        list(reader.people())
        batches = list(reader.event_batches(HEAD, keys, micros=True, ids_checked_by_store=True))
        assert [row for rows in batches for row in rows] == plain_records
        assert problems.lines() == plain_problems


def test_the_generated_extracts_hold_sound_rows_and_every_kind_of_problem(tmp_path: Path) -> None:
    """The random extracts above exercise both paths (else the test could not fail)."""
    reasons: set[str] = set()
    sound = 0
    for seed in range(25):
        folder = _extract(tmp_path / str(seed), seed)
        rows, _rows, problems = _plain(folder, _keys(folder))
        sound += len(rows)
        reasons.update(line.split(": ", 1)[1].split(" (")[0] for line in problems)
    assert sound > 150
    assert {
        "duplicate event_id",
        "event_id is empty",
        "person_id not found in people.csv",
        "related_person_id not found in people.csv",
        "unknown event type",
        "bad occurred_at: expected an ISO 8601 date or date-time",
        "occurred_at is empty",
        "bad risk level: expected none, low, medium or high",
        "bad date_of_birth: no such date",
    } <= reasons


def _one_person(folder: Path, event_rows: str) -> Path:
    """An extract of person P1 and these events.csv rows (after a five-column header)."""
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps(MANIFEST))
    (folder / "people.csv").write_text(PEOPLE_HEADER + "P1,A,B,2010-01-01,F,\n")
    (folder / "events.csv").write_text("event_id,person_id,type,occurred_at,text\n" + event_rows)
    return folder


@pytest.mark.parametrize("batch", [1, 2, 10_000])
def test_a_file_ending_inside_quotes_in_a_later_batch_is_reported_at_its_line(
    tmp_path: Path, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cif1, "BATCH_ROWS", batch)
    folder = _one_person(
        tmp_path / "x",
        'E1,P1,note,2024-01-01,"over\ntwo lines"\n'
        "E2,P1,note,2024-01-02,fine\n"
        "E3,P1,note,2024-01-03,fine\n"
        'E4,P1,note,2024-01-04,"never closed\n',
    )
    reader, problems = _reader(folder)
    list(reader.people())
    rows = [row for rows in reader.event_batches(HEAD, {"P1": 7}, micros=True) for row in rows]
    assert [row[2] for row in rows] == ["E1", "E2", "E3"]
    assert [row[3] for row in rows] == [7, 7, 7]
    assert problems.lines() == ["events.csv:6:1: file ends inside a quoted field (truncated)"]


def test_ids_checked_by_the_store_are_not_tracked(tmp_path: Path) -> None:
    """A first load leaves repeated ids to the store's unique index (ADR 0022)."""
    folder = _one_person(
        tmp_path / "x", "E1,P1,note,2024-01-01,first\n E1 ,P1,note,2024-01-02,again\n"
    )
    found = {}
    for by_store in (False, True):
        reader, problems = _reader(folder)
        list(reader.people())
        batches = reader.event_batches(HEAD, {"P1": 7}, micros=True, ids_checked_by_store=by_store)
        found[by_store] = ([row[-1] for rows in batches for row in rows], problems.lines())
    assert found[False] == (["first"], ["events.csv:3:1: duplicate event_id (first on line 2)"])
    assert found[True] == (["first", "again"], [])
