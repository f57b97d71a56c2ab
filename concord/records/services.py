"""Records services: validate and import agency extracts into the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import psycopg
from django.db import IntegrityError, connection, transaction
from django.db.backends.utils import CursorWrapper

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.agencies.models import Agency
from concord_engine.contracts.records import PERSON_FIELDS, SourceFormat
from concord_engine.io import ExtractReader, ProblemLog, open_extract

from .merge import MergeCounts, analyse_staging, merge_events, merge_people
from .models import Event, Extract, PersonRecord
from .staging import (
    insert_new_events,
    insert_new_people,
    stage_create,
    stage_drop,
    stage_events,
    stage_people,
)

Progress = Callable[[int], None]
PERSON_DATA = PERSON_FIELDS[1:]
NEEDS_AGENCY = (
    "{label} files do not name their agency: choose the agency "
    "(--agency CODE, or the Agency field when uploading)"
)
FORMAT_LABELS = {
    SourceFormat.CIF1: "CIF-1",
    SourceFormat.ANNEX_A: "Annex A",
    SourceFormat.SSDA903: "SSDA903",
    SourceFormat.FHIR: "FHIR",
}
UNKNOWN_AGENCY = "no agency with that code: create it first or import its CIF-1 extract"
OUT_OF_ORDER = (
    "extracted_at is earlier than an extract already imported for this agency: "
    "import extracts in the order they were made"
)
SECTOR_FOR_FORMAT = {
    SourceFormat.ANNEX_A: "social_care",
    SourceFormat.SSDA903: "social_care",
    SourceFormat.FHIR: "health",
}
# What the store raises when it refuses a row (a repeated event id on a first load).
STORE_REFUSALS = (IntegrityError, psycopg.IntegrityError)


class ExtractRejectedError(Exception):
    """An extract with problems: nothing was written. `problems` holds file:line:column lines."""

    def __init__(self, source_name: str, problems: list[str], total: int) -> None:
        super().__init__(f"{source_name}: {total} problem(s); nothing imported")
        self.source_name = source_name
        self.problems = problems
        self.total = total


@dataclass(frozen=True)
class ImportResult:
    """What one import did."""

    extract_id: int
    agency_code: str
    format: str
    source_name: str
    already_imported: bool
    people: int = 0
    events: int = 0
    people_created: int = 0
    people_updated: int = 0
    events_created: int = 0
    events_updated: int = 0


@dataclass
class _Target:
    agency: Agency | None
    code: str
    name: str = ""
    sector: str = ""
    area: str = ""


@dataclass(frozen=True)
class ValidationReport:
    """What an extract holds and what is wrong with it, found without writing anything."""

    source_name: str
    format: str
    agency_code: str
    people: int
    events: int
    problems: list[str]
    problem_count: int


def extract_check(*, path: Path, agency_code: str | None = None) -> ValidationReport:
    """Read a whole extract as an import would, writing nothing; report counts and problems."""
    problems = ProblemLog()
    reader = open_extract(path, problems)
    if reader is None:
        return ValidationReport(path.name, "", "", 0, 0, problems.lines(), len(problems))
    target = _resolve_agency(reader, agency_code, problems)
    people, events = _drain(reader)
    return ValidationReport(
        source_name=reader.source_name,
        format=str(reader.format),
        agency_code=target.code if target is not None else "",
        people=people,
        events=events,
        problems=problems.lines(),
        problem_count=len(problems),
    )


def extract_validate(*, path: Path, agency_code: str | None = None) -> list[str]:
    """Check an extract without writing anything; return its problems (empty when sound)."""
    return extract_check(path=path, agency_code=agency_code).problems


def extract_import(
    *,
    actor: User,
    path: Path,
    agency_code: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one extract whole or not at all; raise ExtractRejectedError listing its problems.

    Re-importing the same content changes nothing; a later extract from the same agency updates
    records by id and keeps their previous values as versions.
    """
    problems = ProblemLog()
    reader = open_extract(path, problems)
    if reader is None:
        _reject(actor, path.name, problems)
    target = _resolve_agency(reader, agency_code, problems)
    if problems or target is None:
        _drain(reader)
        _reject(actor, reader.source_name, problems)
    content_hash = reader.content_hash()
    existing = _existing(target, content_hash)
    if existing is not None:
        return _already_imported(actor, existing)
    try:
        return _import(actor, reader, target, content_hash, progress or _ignore)
    except IntegrityError:
        # The same extract committed by a concurrent import while this one was reading.
        target.agency = Agency.objects.filter(code=target.code).first()
        existing = _existing(target, content_hash)
        if existing is None:
            raise
        return _already_imported(actor, existing)
    except _RolledBackError as rolled_back:
        if rolled_back.reread:
            # The fast first load left repeated event ids to the store: read the extract
            # again with every check, so the list names each problem as the validation report
            # would. A refusal the reading cannot explain is not an extract problem.
            named = _problems_of(path)
            if not named and isinstance(rolled_back.__cause__, STORE_REFUSALS):
                raise rolled_back.__cause__ from None
            problems = named or problems
        _reject(actor, reader.source_name, problems)


def _write_people(
    cursor: CursorWrapper,
    reader: ExtractReader,
    agency: Agency,
    extract: Extract,
    now: datetime,
    *,
    first: bool,
    progress: Progress,
) -> tuple[int, MergeCounts]:
    if first:
        # The agency's first extract: nothing to merge with, so no staging table.
        people = insert_new_people(
            cursor, reader.people(), agency_id=agency.pk, extract_id=extract.pk, progress=progress
        )
        return people, MergeCounts(created=people, updated=0)
    people = stage_people(cursor, reader.people(), progress)
    analyse_staging(cursor)
    update_fields = tuple(f for f in PERSON_DATA if f in reader.person_fields)
    counts = merge_people(
        cursor,
        agency_id=agency.pk,
        extract_id=extract.pk,
        at=now,
        all_fields=PERSON_DATA,
        update_fields=update_fields,
    )
    return people, counts


def _write_events(
    cursor: CursorWrapper,
    reader: ExtractReader,
    agency: Agency,
    extract: Extract,
    now: datetime,
    *,
    first: bool,
    progress: Progress,
) -> tuple[int, MergeCounts]:
    if first:
        # Nothing to merge with: write the events straight in (the large first load).
        try:
            events = insert_new_events(
                cursor,
                reader,
                agency_id=agency.pk,
                extract_id=extract.pk,
                person_ids=_person_ids(agency),
                progress=progress,
            )
        except STORE_REFUSALS as exc:
            # A repeated event id, refused by the store's unique index (the reader leaves
            # repeats to it on a first load); the caller reads the extract again to name it.
            raise _RolledBackError(reread=True) from exc
        return events, MergeCounts(created=events, updated=0)
    events = stage_events(cursor, reader.events(), progress)
    return events, merge_events(cursor, agency_id=agency.pk, extract_id=extract.pk, at=now)


def _already_imported(actor: User, existing: Extract) -> ImportResult:
    access_log_record(
        user=actor,
        action="records.import",
        object_type="extract",
        object_id=existing.pk,
        detail={"outcome": "already_imported"},
    )
    return ImportResult(
        extract_id=existing.pk,
        agency_code=existing.agency.code,
        format=existing.format,
        source_name=existing.source_name,
        already_imported=True,
        people=existing.people_count,
        events=existing.event_count,
    )


class _RolledBackError(Exception):
    """Raised inside the import transaction to undo it when the reader found problems.

    `reread`: the extract must be read again to name every problem, because the first
    reading left repeated event ids to the store (a first load, ADR 0022).
    """

    def __init__(self, *, reread: bool) -> None:
        super().__init__("the extract has problems")
        self.reread = reread


@transaction.atomic
def _import(
    actor: User, reader: ExtractReader, target: _Target, content_hash: str, progress: Progress
) -> ImportResult:
    agency = target.agency or _agency_create(target)
    # One import per agency at a time: a second waits here, then sees the first's rows.
    Agency.objects.select_for_update().filter(pk=agency.pk).first()
    if target.agency is not None and target.name:
        _agency_refresh(agency, target)
    extract = Extract.objects.create(
        agency=agency,
        format=str(reader.format),
        source_name=reader.source_name[:255],
        content_hash=content_hash,
        extracted_at=reader.extracted_at(),
        imported_by=actor,
    )
    now = datetime.now(tz=UTC)
    first_events = not Event.objects.filter(agency=agency).exists()
    first_people = not PersonRecord.objects.filter(agency=agency).exists()
    staged = not (first_people and first_events)  # a first load writes straight in
    with connection.cursor() as cursor:
        if staged:
            stage_create(cursor)
        people, person_counts = _write_people(
            cursor, reader, agency, extract, now, first=first_people, progress=progress
        )
        events, event_counts = _write_events(
            cursor, reader, agency, extract, now, first=first_events, progress=progress
        )
        if reader.problems:
            raise _RolledBackError(reread=first_events)
        if staged:
            stage_drop(cursor)
    extract.people_count, extract.event_count = people, events
    extract.people_created, extract.people_updated = person_counts.created, person_counts.updated
    extract.events_created, extract.events_updated = event_counts.created, event_counts.updated
    extract.save(
        update_fields=[
            "people_count",
            "event_count",
            "people_created",
            "people_updated",
            "events_created",
            "events_updated",
        ]
    )
    access_log_record(
        user=actor,
        action="records.import",
        object_type="extract",
        object_id=extract.pk,
        detail={"outcome": "imported", "people": people, "events": events},
    )
    return ImportResult(
        extract_id=extract.pk,
        agency_code=agency.code,
        format=extract.format,
        source_name=extract.source_name,
        already_imported=False,
        people=people,
        events=events,
        people_created=person_counts.created,
        people_updated=person_counts.updated,
        events_created=event_counts.created,
        events_updated=event_counts.updated,
    )


def _resolve_agency(
    reader: ExtractReader, agency_code: str | None, problems: ProblemLog
) -> _Target | None:
    named = reader.agency()
    where = reader.source_name
    if named is None:
        if reader.format is SourceFormat.CIF1:
            return None  # the manifest's own problem is already listed
        if not agency_code:
            problems.add(where, 1, 1, NEEDS_AGENCY.format(label=FORMAT_LABELS[reader.format]))
            return None
        agency = Agency.objects.filter(code=agency_code).first()
        if agency is None:
            problems.add(where, 1, 1, UNKNOWN_AGENCY)
            return None
        expected = SECTOR_FOR_FORMAT[reader.format]
        if agency.sector != expected:
            problems.add(where, 1, 1, f"agency {agency.code} is not a {expected} agency")
            return None
        return _Target(agency=agency, code=agency.code)
    if agency_code and agency_code != named.code:
        line, column = reader.manifest_position(("agency", "code"))
        reason = "the manifest names a different agency from --agency"
        problems.add("manifest.json", line, column, reason)
        return None
    agency = Agency.objects.filter(code=named.code).first()
    if agency is not None and agency.sector != named.sector.value:
        line, column = reader.manifest_position(("agency", "sector"))
        reason = f"agency {agency.code} is registered as {agency.sector}"
        problems.add("manifest.json", line, column, reason)
        return None
    if agency is not None and _older_than_imported(agency, reader.extracted_at()):
        line, column = reader.manifest_position(("extracted_at",))
        problems.add("manifest.json", line, column, OUT_OF_ORDER)
        return None
    return _Target(
        agency=agency,
        code=named.code,
        name=named.name,
        sector=named.sector.value,
        area=named.area or "",
    )


def _older_than_imported(agency: Agency, extracted_at: datetime | None) -> bool:
    if extracted_at is None:
        return False
    return Extract.objects.filter(agency=agency, extracted_at__gt=extracted_at).exists()


def _person_ids(agency: Agency) -> dict[str, int]:
    # A plain cursor: on a first load of 100,000 people Django's row machinery cost more than
    # the query.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT source_id, id FROM records_personrecord WHERE agency_id = %s", [agency.pk]
        )
        return dict(cursor.fetchall())


def _agency_create(target: _Target) -> Agency:
    agency = Agency(code=target.code, name=target.name, sector=target.sector, area=target.area)
    agency.full_clean()
    agency.save()
    return agency


def _agency_refresh(agency: Agency, target: _Target) -> None:
    # A manifest's null area (allowed outside social care and education) keeps the known one.
    area = target.area or agency.area
    if (agency.name, agency.area) != (target.name, area):
        agency.name, agency.area = target.name, area
        agency.full_clean()
        agency.save(update_fields=["name", "area"])


def _existing(target: _Target, content_hash: str) -> Extract | None:
    if target.agency is None:
        return None
    return Extract.objects.filter(agency=target.agency, content_hash=content_hash).first()


def _problems_of(path: Path) -> ProblemLog:
    """Every problem a full reading of the extract at `path` finds (as `extract_check`)."""
    problems = ProblemLog()
    reader = open_extract(path, problems)
    if reader is not None:
        _drain(reader)
    return problems


def _drain(reader: ExtractReader) -> tuple[int, int]:
    people = sum(1 for _person in reader.people())
    events = sum(1 for _event in reader.events())
    return people, events


def _reject(actor: User, source_name: str, problems: ProblemLog) -> NoReturn:
    access_log_record(
        user=actor,
        action="records.import",
        object_type="extract",
        detail={"outcome": "rejected", "problems": len(problems)},
    )
    raise ExtractRejectedError(source_name, problems.lines(), len(problems))


def _ignore(_count: int) -> None:
    return None
