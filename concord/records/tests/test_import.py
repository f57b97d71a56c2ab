"""Import CIF-1 extracts into the store: round trip, idempotence, history, all-or-nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from concord.accesslog.models import AccessLogEntry
from concord.accounts.services import system_actor
from concord.records.models import Event, EventVersion, Extract, PersonRecord, PersonRecordVersion
from concord.records.services import ExtractRejectedError, extract_import
from concord_engine.io import ProblemLog, open_extract

from .builders import default_events, default_people, manifest, write_cif1, zip_folder

pytestmark = pytest.mark.django_db


def _store_snapshot() -> tuple[int, ...]:
    return (
        Extract.objects.count(),
        PersonRecord.objects.count(),
        Event.objects.count(),
        PersonRecordVersion.objects.count(),
        EventVersion.objects.count(),
    )


def test_round_trip_stores_exactly_what_the_files_say(tmp_path: Path) -> None:
    folder = write_cif1(tmp_path / "gmp")
    result = extract_import(actor=system_actor(), path=folder)

    assert (result.people, result.events, result.people_created, result.events_created) == (
        3,
        3,
        3,
        3,
    )
    p1 = PersonRecord.objects.get(agency__code="GMP", source_id="P1")
    assert (p1.given_name, p1.family_name, p1.other_names) == ("Zoë", "O'Brien", "Zo;Zoe B")
    assert (p1.given_name_norm, p1.family_name_norm) == ("zoe", "obrien")
    assert (p1.postcode, p1.postcode_norm) == ("m1 1ae", "M11AE")
    assert (p1.nhs_number, p1.nhs_number_norm) == ("943 476 5919", "9434765919")
    assert (p1.date_of_birth, p1.dob_precision, p1.sex) == (date(2011, 4, 5), "day", "F")
    assert (p1.upn, p1.local_id, p1.address) == ("A12345678901B", "URN1", "1 Test Street")
    p2 = PersonRecord.objects.get(source_id="P2")
    assert (p2.date_of_birth_raw, p2.date_of_birth, p2.dob_precision) == (
        "1990",
        date(1990, 1, 1),
        "year",
    )
    assert PersonRecord.objects.get(source_id="P3").dob_precision == "month"

    e1 = Event.objects.get(source_id="E1")
    # 21:30 British Summer Time is 20:30 UTC.
    assert e1.occurred_at == datetime(2024, 7, 1, 20, 30, tzinfo=UTC)
    assert e1.recorded_at == datetime(2024, 7, 1, 21, 0, tzinfo=UTC)
    assert (e1.person.source_id, e1.type, e1.code) == ("P1", "incident", "SEXUAL OFFENCE")
    assert (e1.related_person_source_id, e1.author_role) == ("P2", "PC")
    assert e1.text == 'Reported by parent. Child said "he gave me a phone".'
    e2 = Event.objects.get(source_id="E2")
    assert e2.occurred_date_only is True
    assert e2.occurred_at == datetime(2024, 7, 2, 23, 0, tzinfo=UTC)
    assert e2.related_event_source_id == "E1"
    e3 = Event.objects.get(source_id="E3")
    # December is GMT: local time equals UTC.
    assert e3.ended_at == datetime(2024, 12, 2, 9, 15, tzinfo=UTC)
    assert e3.text == "Line one\nline two, with a comma"
    extract = Extract.objects.get()
    assert (extract.agency.code, extract.agency.sector, extract.format) == ("GMP", "police", "cif1")
    assert extract.imported_by == system_actor()
    assert AccessLogEntry.objects.filter(action="records.import").count() == 1


def test_zip_of_one_folder_imports_like_the_folder(tmp_path: Path) -> None:
    folder = write_cif1(tmp_path / "gmp")
    archive = zip_folder(folder, tmp_path / "gmp.zip")
    extract_import(actor=system_actor(), path=archive)
    assert (PersonRecord.objects.count(), Event.objects.count()) == (3, 3)
    # The same content as a folder is the same extract: nothing changes.
    result = extract_import(actor=system_actor(), path=folder)
    assert result.already_imported is True


def test_the_stored_hash_is_the_extracts_own(tmp_path: Path) -> None:
    folder = write_cif1(tmp_path / "gmp")
    result = extract_import(actor=system_actor(), path=folder)
    reader = open_extract(folder, ProblemLog())
    assert reader is not None
    assert Extract.objects.get(pk=result.extract_id).content_hash == reader.content_hash()


def test_reimport_changes_nothing(tmp_path: Path) -> None:
    folder = write_cif1(tmp_path / "gmp")
    first = extract_import(actor=system_actor(), path=folder)
    before = _store_snapshot()
    stamps = list(Event.objects.order_by("id").values_list("id", "extract_id", "occurred_at"))

    second = extract_import(actor=system_actor(), path=folder)

    assert second.already_imported is True
    assert second.extract_id == first.extract_id
    assert _store_snapshot() == before
    assert list(Event.objects.order_by("id").values_list("id", "extract_id", "occurred_at")) == (
        stamps
    )


def test_identical_rows_in_a_new_extract_record_no_history(tmp_path: Path) -> None:
    extract_import(actor=system_actor(), path=write_cif1(tmp_path / "a"))
    later = manifest()
    later["extracted_at"] = "2025-04-01T09:00:00Z"
    result = extract_import(
        actor=system_actor(), path=write_cif1(tmp_path / "b", manifest_data=later)
    )
    assert (result.people_updated, result.events_updated) == (0, 0)
    assert (result.people_created, result.events_created) == (0, 0)
    assert (PersonRecordVersion.objects.count(), EventVersion.objects.count()) == (0, 0)


def test_later_extract_updates_by_id_and_keeps_history(tmp_path: Path) -> None:
    first = extract_import(actor=system_actor(), path=write_cif1(tmp_path / "a"))
    people = default_people()
    people[0]["postcode"] = "M2 2BB"
    people.append({"person_id": "P4", "given_name": "New"})
    events = default_events()
    events[1]["recorded_at"] = "2024-07-04T10:00:00Z"
    events[2]["person_id"] = "P4"
    later = manifest()
    later["extracted_at"] = "2025-04-01T09:00:00Z"

    second = extract_import(
        actor=system_actor(),
        path=write_cif1(tmp_path / "b", manifest_data=later, people=people, events=events),
    )

    assert (second.people_created, second.people_updated) == (1, 1)
    assert (second.events_created, second.events_updated) == (0, 2)
    p1 = PersonRecord.objects.get(source_id="P1")
    assert (p1.postcode, p1.postcode_norm, p1.extract_id) == ("M2 2BB", "M22BB", second.extract_id)
    old = PersonRecordVersion.objects.get(record=p1)
    assert (old.postcode, old.postcode_norm) == ("m1 1ae", "M11AE")
    assert (old.extract_id, old.replaced_by_id) == (first.extract_id, second.extract_id)
    assert old.given_name == "Zoë"  # the whole previous row is kept
    e2 = Event.objects.get(source_id="E2")
    assert e2.recorded_at == datetime(2024, 7, 4, 10, 0, tzinfo=UTC)
    assert EventVersion.objects.get(record=e2).recorded_at == datetime(2024, 7, 3, 10, tzinfo=UTC)
    e3 = Event.objects.get(source_id="E3")
    assert e3.person.source_id == "P4"
    assert EventVersion.objects.get(record=e3).person.source_id == "P3"
    # Unchanged rows keep the extract that set them.
    assert Event.objects.get(source_id="E1").extract_id == first.extract_id


def test_agency_sector_conflict_is_refused(tmp_path: Path) -> None:
    extract_import(actor=system_actor(), path=write_cif1(tmp_path / "a"))
    before = _store_snapshot()
    other = manifest(sector="health")
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=write_cif1(tmp_path / "b", manifest_data=other))
    assert caught.value.problems[0] == "manifest.json:1:95: agency GMP is registered as police"
    assert _store_snapshot() == before


def test_agency_option_that_contradicts_the_manifest_is_refused_at_the_code(
    tmp_path: Path,
) -> None:
    before = _store_snapshot()
    folder = write_cif1(tmp_path / "a")
    text = (folder / "manifest.json").read_text()
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=folder, agency_code="LA01")
    column = text.index('"GMP"') + 1
    assert caught.value.problems == [
        f"manifest.json:1:{column}: the manifest names a different agency from --agency"
    ]
    assert _store_snapshot() == before


def test_command_imports_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_cif1(tmp_path / "gmp")
    call_command("import", str(folder), "--no-progress")
    call_command("import", str(folder), "--no-progress")
    out = capsys.readouterr().out
    assert "imported as extract" in out
    assert "3 people (3 new, 0 changed), 3 events (3 new, 0 changed)" in out
    assert "already imported" in out


def test_command_fails_listing_problems_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_cif1(tmp_path / "good")
    events = default_events()
    events[0]["person_id"] = "NOPE"
    bad = write_cif1(tmp_path / "bad", manifest_data=manifest(code="GMP2"), events=events)
    with pytest.raises(CommandError, match=r"1 problem\(s\) in bad"):
        call_command("import", str(bad), str(good), "--no-progress")
    err = capsys.readouterr().err
    assert "events.csv:2:2: person_id not found in people.csv" in err
    # The good extract was imported; the bad one left no trace.
    assert list(Extract.objects.values_list("agency__code", flat=True)) == ["GMP"]
    assert not PersonRecord.objects.filter(agency__code="GMP2").exists()


def test_command_imports_each_extract_in_a_partnership_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_cif1(tmp_path / "out" / "GMP")
    write_cif1(tmp_path / "out" / "BTP", manifest_data=manifest("BTP"))
    (tmp_path / "out" / "truth").mkdir()
    call_command("import", str(tmp_path / "out"), "--no-progress")
    assert sorted(Extract.objects.values_list("agency__code", flat=True)) == ["BTP", "GMP"]
    assert capsys.readouterr().out.count("imported as extract") == 2


def test_an_older_extract_cannot_overwrite_a_newer_one(tmp_path: Path) -> None:
    newer = manifest()
    newer["extracted_at"] = "2025-06-01T09:00:00Z"
    extract_import(actor=system_actor(), path=write_cif1(tmp_path / "new", manifest_data=newer))
    before = _store_snapshot()
    people = default_people()
    people[0]["postcode"] = "OLD 1AA"
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=write_cif1(tmp_path / "old", people=people))
    assert caught.value.problems[0].startswith("manifest.json:1:136: extracted_at is earlier than")
    assert _store_snapshot() == before


def test_rejected_import_is_logged_with_counts_only(tmp_path: Path) -> None:
    events = default_events()
    events[0]["person_id"] = "NOPE"
    with pytest.raises(ExtractRejectedError):
        extract_import(actor=system_actor(), path=write_cif1(tmp_path / "x", events=events))
    entry = AccessLogEntry.objects.get(action="records.import")
    assert entry.detail == {"outcome": "rejected", "problems": 1}
    assert entry.username == system_actor().username


def test_progress_reports_every_row(tmp_path: Path) -> None:
    seen: list[int] = []
    result = extract_import(
        actor=system_actor(), path=write_cif1(tmp_path / "x"), progress=seen.append
    )
    assert sum(seen) == result.people + result.events == 6


def test_update_through_the_staging_path_on_a_second_extract_with_new_events(
    tmp_path: Path,
) -> None:
    extract_import(actor=system_actor(), path=write_cif1(tmp_path / "a"))
    later = manifest()
    later["extracted_at"] = "2025-04-01T09:00:00Z"
    events = [*default_events(), {**default_events()[0], "event_id": "E4", "code": "19C"}]
    result = extract_import(
        actor=system_actor(), path=write_cif1(tmp_path / "b", manifest_data=later, events=events)
    )
    assert (result.events_created, result.events_updated) == (1, 0)
    assert Event.objects.get(source_id="E4").person.source_id == "P1"


def test_same_extract_committed_meanwhile_counts_as_already_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_cif1(tmp_path / "gmp")
    first = extract_import(actor=system_actor(), path=folder)
    from concord.records import services

    real = services._existing
    calls: list[int] = []

    def not_yet(target: object, content_hash: str) -> object:
        # The first look finds nothing, as if a concurrent import had not yet committed.
        calls.append(1)
        return None if len(calls) == 1 else real(target, content_hash)  # type: ignore[arg-type]

    monkeypatch.setattr(services, "_existing", not_yet)
    again = extract_import(actor=system_actor(), path=folder)
    assert (again.already_imported, again.extract_id) == (True, first.extract_id)
    assert (Extract.objects.count(), Event.objects.count()) == (1, 3)
    # Looked once inside the import (missed), then again after the unique hash refused it.
    assert len(calls) == 2
