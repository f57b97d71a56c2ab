import json
from datetime import UTC, date, datetime
from pathlib import Path

from concord_engine.contracts.records import EventRecord, EventRow, PersonRow
from concord_engine.io import ExtractReader, ProblemLog, open_extract
from concord_engine.io.micros import event_record, to_micros

MANIFEST = {
    "format": "concord-interchange/1",
    "agency": {"code": "GMP", "name": "Greater Manchester Police", "sector": "police"},
    "extracted_at": "2025-01-01T09:00:00Z",
}


def _extract(folder: Path, events: str) -> Path:
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps(MANIFEST))
    (folder / "people.csv").write_text(
        "person_id,given_name,family_name,other_names,date_of_birth,sex,postcode,address,"
        "nhs_number,upn,local_id\n"
        "P1,Zoë,O'Brien,Zee,2011-04,f,m1 1ae,1 High St,943 476 5919,A123, L9 \n"
    )
    (folder / "events.csv").write_text(events)
    return folder


def test_sound_rows_come_out_as_complete_event_rows(tmp_path: Path) -> None:
    folder = _extract(
        tmp_path / "x",
        "event_id,person_id,type,occurred_at,recorded_at,code,text\n"
        'E1, P1 ,crime,2024-07-01T12:00,2024-07-01T13:00:00Z,19E,Said "no"\n',
    )
    problems = ProblemLog()
    reader = open_extract(folder, problems)
    assert reader is not None
    people = list(reader.people())
    events = list(reader.events())
    assert problems.lines() == []
    # Built positionally for speed: every field must land under its own name.
    assert people == [
        PersonRow(
            source_id="P1",
            given_name="Zoë",
            family_name="O'Brien",
            other_names="Zee",
            date_of_birth_raw="2011-04",
            date_of_birth=date(2011, 4, 1),
            dob_precision="month",
            sex="F",
            postcode="m1 1ae",
            address="1 High St",
            nhs_number="943 476 5919",
            upn="A123",
            local_id="L9",
            given_name_norm="zoe",
            family_name_norm="obrien",
            postcode_norm="M11AE",
            nhs_number_norm="9434765919",
        )
    ]
    (event,) = events
    # Built by the fast path: every field present, in contract order, with its name.
    assert type(event) is EventRow
    assert len(event) == len(EventRow._fields)
    assert event == EventRow(
        source_id="E1",
        person_source_id="P1",
        type="crime",
        occurred_at=datetime(2024, 7, 1, 11, 0, tzinfo=UTC),
        occurred_date_only=False,
        recorded_at=datetime(2024, 7, 1, 13, 0, tzinfo=UTC),
        ended_at=None,
        code="19E",
        related_person_source_id="",
        related_event_source_id="",
        author_role="",
        text='Said "no"',
    )
    assert event.text == 'Said "no"'


def test_bulk_rows_with_integer_times_are_the_events_keyed(tmp_path: Path) -> None:
    folder = _extract(
        tmp_path / "x",
        "event_id,person_id,type,occurred_at,recorded_at,ended_at,text\n"
        "E1,P1,crime,2024-07-01T12:00,2024-07-01T13:00:00Z,,one\n"
        "E2,P1,missing_report,2024-03-31T01:30,,2024-03-31T09:15:30,two\n"  # clock change
        "E3,P1,note,2024-12-01,2024-12-01 08:00:00,,three\n"
        "E4,P1,bogus,2024-12-01,,,refused\n",
    )

    def reader() -> ExtractReader:
        found = open_extract(folder, problems)
        assert found is not None
        list(found.people())
        return found

    problems = ProblemLog()
    events = list(reader().events())
    first_problems = problems.lines()
    problems = ProblemLog()
    batches = reader().event_batches(("agency", "extract"), {"P1": 7}, micros=True)
    rows = [row for batch in batches for row in batch]
    assert len(events) == 3
    assert (
        problems.lines()
        == first_problems
        == ["events.csv:5:3: unknown event type (not in the CIF-1 vocabulary)"]
    )
    records = [event_record(event) for event in events]
    assert all(type(record) is EventRecord for record in records)
    assert rows == [("agency", "extract", r.source_id, 7, *r[2:]) for r in records]
    assert rows[0][5] == to_micros(datetime(2024, 7, 1, 11, 0, tzinfo=UTC))  # occurred_at
