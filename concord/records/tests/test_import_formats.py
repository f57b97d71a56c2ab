"""Annex A, SSDA903 and FHIR extracts import into the same model as CIF-1."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from concord.accounts.services import system_actor
from concord.agencies.models import Sector
from concord.agencies.tests.factories import AgencyFactory
from concord.records.models import Event, Extract, PersonRecord, PersonRecordVersion
from concord.records.services import ExtractRejectedError, extract_import, extract_validate

from .format_builders import fhir_bundle, write_annex_a, write_fhir, write_ssda903

pytestmark = pytest.mark.django_db


@pytest.fixture
def oldham() -> object:
    return AgencyFactory(code="OLD", sector=Sector.SOCIAL_CARE, area="Oldham")


@pytest.fixture
def nhs_trust() -> object:
    return AgencyFactory(code="NHS1", sector=Sector.HEALTH, area="")


def _events(agency: str) -> list[tuple[str, str, str, datetime, datetime | None, str]]:
    return list(
        Event.objects.filter(agency__code=agency)
        .order_by("source_id")
        .values_list("source_id", "person__source_id", "type", "occurred_at", "ended_at", "code")
    )


def test_annex_a_maps_lists_to_people_and_events(tmp_path: Path, oldham: object) -> None:
    path = write_annex_a(tmp_path / "annex_a.xlsx")
    result = extract_import(actor=system_actor(), path=path, agency_code="OLD")

    assert (result.format, result.people, result.events) == ("annex_a", 2, 10)
    child = PersonRecord.objects.get(agency__code="OLD", source_id="LA0001")
    assert (child.sex, child.date_of_birth, child.dob_precision, child.local_id) == (
        "F",
        date(2011, 4, 5),
        "day",
        "LA0001",
    )
    assert PersonRecord.objects.get(source_id="LA0002").sex == "M"
    utc = UTC
    expected = [
        ("A1:contact:LA0001:2024-07-01", "LA0001", "contact", (6, 30), None, "q) 6: Police"),
        ("A1:contact:LA0002:2024-08-13", "LA0002", "contact", (8, 12), None, "a) 1A: Individual"),
        ("A2:note:LA0002:2024-06-10", "LA0002", "note", (6, 9), None, "Family Hub"),
        ("A3:referral:LA0001:2024-07-02", "LA0001", "referral", (7, 1), None, "q) 6: Police"),
        ("A4:assessment:LA0001:2024-07-03", "LA0001", "assessment", (7, 2), (9, 19), ""),
        ("A5:cp_conference:LA0001:2024-07-18", "LA0001", "cp_conference", (7, 17), None, ""),
        ("A5:s47_enquiry:LA0001:2024-07-04", "LA0001", "s47_enquiry", (7, 3), None, ""),
        ("A6:cin_plan:LA0001:2024-09-20", "LA0001", "cin_plan", (9, 19), None, "N1"),
        ("A7:cp_plan:LA0001:2024-07-18", "LA0001", "cp_plan", (7, 17), None, "SAB"),
    ]
    # Dates in British Summer Time are midnight local time: 23:00 UTC the day before.
    rows = [
        (
            eid,
            pid,
            kind,
            datetime(2024, *start, 23, tzinfo=utc),
            datetime(2024, *end, 23, tzinfo=utc) if end else None,
            code,
        )
        for eid, pid, kind, start, end, code in expected
    ]
    # 1 March is GMT: midnight local time is midnight UTC.
    rows.append(
        (
            "A8:looked_after:LA0002:2024-03-01",
            "LA0002",
            "looked_after",
            datetime(2024, 3, 1, 0, tzinfo=utc),
            None,
            "C2",
        )
    )
    assert _events("OLD") == rows
    assert Event.objects.filter(agency__code="OLD", occurred_date_only=False).count() == 0


def test_annex_a_problems_name_sheet_row_and_column(tmp_path: Path, oldham: object) -> None:
    path = write_annex_a(tmp_path / "annex_a.xlsx", bad=True)
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(actor=system_actor(), path=path, agency_code="OLD")
    assert caught.value.problems == [
        "annex_a.xlsx[List 1 - Contacts]:5:6: bad date: no such date",
        "annex_a.xlsx[List 1 - Contacts]:5:4: bad date: expected dd/mm/yyyy",
        "annex_a.xlsx[List 1 - Contacts]:5:2: unknown Gender code label",
    ]
    assert (Extract.objects.count(), PersonRecord.objects.count(), Event.objects.count()) == (
        0,
        0,
        0,
    )


def test_ssda903_missing_table_becomes_missing_episodes(tmp_path: Path, oldham: object) -> None:
    result = extract_import(
        actor=system_actor(), path=write_ssda903(tmp_path / "missing.csv"), agency_code="OLD"
    )
    assert (result.format, result.people, result.events) == ("ssda903", 2, 3)
    assert _events("OLD") == [
        (
            "903M:LA0001:2024-12-01",
            "LA0001",
            "missing_episode",
            datetime(2024, 12, 1, tzinfo=UTC),
            datetime(2024, 12, 3, tzinfo=UTC),
            "M",
        ),
        (
            "903M:LA0001:2024-12-10",
            "LA0001",
            "missing_episode",
            datetime(2024, 12, 10, tzinfo=UTC),
            None,
            "A",
        ),
        (
            "903M:LA0002:2024-11-05",
            "LA0002",
            "missing_episode",
            datetime(2024, 11, 5, tzinfo=UTC),
            datetime(2024, 11, 6, tzinfo=UTC),
            "M",
        ),
    ]
    assert PersonRecord.objects.get(source_id="LA0002").date_of_birth == date(2010, 1, 2)


def test_ssda903_and_annex_a_share_the_la_child_id(tmp_path: Path, oldham: object) -> None:
    extract_import(actor=system_actor(), path=write_annex_a(tmp_path / "a.xlsx"), agency_code="OLD")
    extract_import(actor=system_actor(), path=write_ssda903(tmp_path / "m.csv"), agency_code="OLD")
    # One person per LA child id; the 903 table (no sex column) leaves Annex A's sex alone.
    assert PersonRecord.objects.filter(agency__code="OLD").count() == 2
    assert PersonRecord.objects.get(source_id="LA0001").sex == "F"
    assert PersonRecordVersion.objects.count() == 0


def test_ssda903_problems_name_file_and_line(tmp_path: Path, oldham: object) -> None:
    rows = [
        ["LA0001", "05/04/2011", "M", "2024-12-01", ""],
        ["LA0001", "05/04/2011", "Q", "10/12/2024", "09/12/2024"],
        ["LA0001", "06/04/2011", "M", "11/12/2024", ""],
    ]
    with pytest.raises(ExtractRejectedError) as caught:
        extract_import(
            actor=system_actor(), path=write_ssda903(tmp_path / "m.csv", rows), agency_code="OLD"
        )
    assert caught.value.problems == [
        "m.csv:2:4: bad MIS_START: expected dd/mm/yyyy",
        "m.csv:3:3: bad MISSING: expected M or A",
        "m.csv:3:5: MIS_END is before MIS_START",
        "m.csv:4:2: DOB differs from an earlier row's",
    ]
    assert Extract.objects.count() == 0


def test_fhir_bundle_maps_patient_and_resources(tmp_path: Path, nhs_trust: object) -> None:
    result = extract_import(
        actor=system_actor(), path=write_fhir(tmp_path / "bundle.json"), agency_code="NHS1"
    )
    assert (result.format, result.people, result.events) == ("fhir", 1, 4)
    person = PersonRecord.objects.get(agency__code="NHS1")
    assert (person.source_id, person.nhs_number_norm, person.local_id) == (
        "pat-1",
        "9434765919",
        "PAS123",
    )
    assert (person.given_name, person.family_name, person.other_names) == (
        "Zoë Ann",
        "O'Brien",
        "Zo",
    )
    assert (person.given_name_norm, person.family_name_norm) == ("zoe ann", "obrien")
    assert (person.date_of_birth, person.dob_precision, person.sex) == (
        date(2011, 4, 1),
        "month",
        "F",
    )
    assert (person.postcode_norm, person.address) == ("OL11AA", "1 Test Street, Oldham")
    assert _events("NHS1") == [
        (
            "Condition/cond-1",
            "pat-1",
            "consultation",
            datetime(2024, 7, 31, 23, tzinfo=UTC),
            None,
            "8098009",
        ),
        (
            "Encounter/enc-1",
            "pat-1",
            "sexual_health",
            datetime(2024, 8, 1, 13, tzinfo=UTC),
            datetime(2024, 8, 1, 14, tzinfo=UTC),
            "310071000000106",
        ),
        (
            "Encounter/enc-2",
            "pat-1",
            "attendance",
            datetime(2024, 9, 2, 22, 10, tzinfo=UTC),
            None,
            "",
        ),
        (
            "Flag/flag-1",
            "pat-1",
            "safeguarding_referral",
            datetime(2024, 9, 2, 23, tzinfo=UTC),
            None,
            "",
        ),
    ]
    condition = Event.objects.get(source_id="Condition/cond-1")
    assert condition.recorded_at == datetime(2024, 8, 2, 9, tzinfo=UTC)
    assert condition.text == "Condition: Sexually transmitted infectious disease"


def test_fhir_bad_nhs_number_and_subject_are_refused(tmp_path: Path, nhs_trust: object) -> None:
    bundle = fhir_bundle(nhs="943 476 5918")
    problems = extract_validate(path=write_fhir(tmp_path / "b.json", bundle), agency_code="NHS1")
    assert problems[0] == "b.json:1:1: entry[0]: bad NHS number: fails the modulus 11 check"
    assert "b.json:1:1: entry[1]: Encounter subject is not a Patient in the Bundle" in problems


def test_fhir_invalid_resource_is_refused(tmp_path: Path, nhs_trust: object) -> None:
    bundle = fhir_bundle()
    bundle["entry"][1]["resource"]["status"] = 7
    problems = extract_validate(path=write_fhir(tmp_path / "b.json", bundle), agency_code="NHS1")
    assert problems
    assert problems[0].startswith("b.json:1:1: invalid FHIR R4: entry.1.resource")


def test_fhir_malformed_json_names_line(tmp_path: Path, nhs_trust: object) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"resourceType": "Bundle",\n "type": collection}')
    assert extract_validate(path=path, agency_code="NHS1") == [
        "b.json:2:10: malformed JSON: Expecting value"
    ]


def test_formats_without_agency_need_the_option(tmp_path: Path, oldham: object) -> None:
    path = write_ssda903(tmp_path / "m.csv")
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import", str(path), "--no-progress")
    assert extract_validate(path=path) == [
        "m.csv:1:1: SSDA903 files do not name their agency: choose the agency "
        "(--agency CODE, or the Agency field when uploading)"
    ]
    assert extract_validate(path=path, agency_code="NOPE")[0].startswith("m.csv:1:1: no agency")
    assert extract_validate(path=write_fhir(tmp_path / "b.json"), agency_code="OLD") == [
        "b.json:1:1: agency OLD is not a health agency"
    ]


def test_format_reimport_changes_nothing(tmp_path: Path, oldham: object) -> None:
    path = write_annex_a(tmp_path / "a.xlsx")
    extract_import(actor=system_actor(), path=path, agency_code="OLD")
    again = extract_import(actor=system_actor(), path=path, agency_code="OLD")
    assert again.already_imported is True
    assert Extract.objects.count() == 1


def test_ssda903_after_annex_a_updates_dob_and_keeps_history(
    tmp_path: Path, oldham: object
) -> None:
    extract_import(actor=system_actor(), path=write_annex_a(tmp_path / "a.xlsx"), agency_code="OLD")
    rows = [["LA0002", "02/02/2010", "M", "05/11/2024", "07/11/2024"]]
    result = extract_import(
        actor=system_actor(), path=write_ssda903(tmp_path / "m.csv", rows), agency_code="OLD"
    )
    assert (result.people_updated, result.events_created) == (1, 1)
    child = PersonRecord.objects.get(source_id="LA0002")
    assert child.date_of_birth == date(2010, 2, 2)
    assert child.sex == "M"  # the 903 table does not carry sex, so Annex A's value stays
    assert PersonRecordVersion.objects.get(record=child).date_of_birth == date(2010, 1, 2)
