"""Screening services: run the screen, record decisions, export findings."""

import csv
import dataclasses
import gc
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Field, Max, Model
from django.utils import timezone

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import Child
from concord.records.models import Extract
from concord_engine.contracts.screening import FindingOut
from concord_engine.screening import RULES, ParameterError, resolve_parameters, screen_children

from .chronologies import chronologies_load, chunked
from .models import Finding, FindingDecision, FindingEvidence, ScreeningRun

NO_CHILDREN = "no linked children to screen: run `concord link` first"
BAD_PARAMETERS = "CONCORD_SCREENING_PARAMETERS: {reason}"
REASON_REQUIRED = "Give a reason for the decision"

Progress = Callable[[int, int], None]


class ScreeningError(Exception):
    """The screen cannot run (nothing linked yet, or bad parameters); the message says why."""


def _parameters() -> dict[str, Any]:
    try:
        return resolve_parameters(getattr(settings, "CONCORD_SCREENING_PARAMETERS", {}))
    except ParameterError as error:
        raise ScreeningError(BAD_PARAMETERS.format(reason=error)) from error


def _as_of() -> datetime:
    """Deadlines are judged as of the latest extract (the data's own now), else the clock."""
    latest = Extract.objects.aggregate(latest=Max("extracted_at"))["latest"]
    return latest or timezone.now()


_INSERTED = (
    "child_id",
    "rule",
    "rule_version",
    "severity",
    "summary",
    "parameters",
    "key",
    "created_at",
    "run_id",
    "first_event_at",
    "detail",
    "digest",
)
_WRITTEN = ("rule_version", "severity", "summary", "parameters", "detail", "first_event_at")


def _digest(finding: FindingOut) -> str:
    """A hash of everything stored about a finding, to tell whether a re-run changed it."""
    content = {
        "version": finding.rule_version,
        "severity": finding.severity,
        "summary": finding.summary,
        "parameters": finding.parameters,
        "detail": finding.detail,
        "evidence": [
            [e.event_ref, e.occurred_at.isoformat(), [list(s) for s in e.highlights]]
            for e in finding.evidence
        ],
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


_TEXT_TYPES = frozenset({"CharField", "TextField"})


def _prepared_column(
    field: "Field[Any, Any]", values: tuple[Any, ...]
) -> list[Any] | tuple[Any, ...]:
    """A column's values as the database takes them, each prepared by the field, once per object.

    Strings in text columns need no preparation (the field would return them unchanged). Any
    other value is prepared by the field, and an object seen before in the column (the run's
    time, a rule's parameters, a child's id) reuses its prepared value: preparation is a pure
    function of the value, so this changes nothing but the cost.
    """
    if field.get_internal_type() in _TEXT_TYPES and all(type(v) is str for v in values):
        return values
    prepare = field.get_db_prep_save
    seen: dict[int, Any] = {}
    out = []
    for value in values:
        key = id(value)
        if key in seen:
            out.append(seen[key])
        else:
            out.append(seen.setdefault(key, prepare(value, connection)))
    return out


def _insert_many(model: type[Model], names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """INSERT rows with one executemany: the ORM's per-object cost dominates at a million events.

    Values go through each field's own database preparation (JSON, dates), so this writes what
    `bulk_create` would, on SQLite and PostgreSQL alike. `rows` keeps every value alive for the
    duration, so an object's id names one object throughout.
    """
    if not rows:
        return
    fields = [cast("Field[Any, Any]", model._meta.get_field(name)) for name in names]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    columns_in = zip(*rows, strict=True)
    prepared = list(
        zip(
            *(_prepared_column(f, values) for f, values in zip(fields, columns_in, strict=True)),
            strict=True,
        )
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, prepared)


def _evidence_insert(items: list[tuple[int, FindingOut]]) -> None:
    # One list per distinct highlight tuple: most evidence has none, or the same few spans.
    lists: dict[tuple[tuple[int, int], ...], list[list[int]]] = {}
    rows = []
    for finding_id, finding in items:
        for position, e in enumerate(finding.evidence):
            spans = lists.get(e.highlights)
            if spans is None:
                spans = lists[e.highlights] = [list(span) for span in e.highlights]
            rows.append((finding_id, e.event_ref, position, spans))
    _insert_many(FindingEvidence, ("finding", "event", "position", "highlights"), rows)


def _store(
    findings: list[FindingOut], chunk: list[int], child_pk: dict[str, int], run: ScreeningRun
) -> int:
    """Replace the machine's findings for these children, keeping each surviving finding's row.

    A finding whose key the run produces again keeps its row and id (reviews' checks and
    chronology links hang on it); it is rewritten only if its digest changed, and `run` then
    names the run that last changed it. New keys are created; keys the run no longer produces
    are deleted. An unchanged re-run writes nothing.
    """
    existing = {
        key: (pk, digest)
        for key, pk, digest in Finding.objects.filter(child_id__in=chunk).values_list(
            "key", "id", "digest"
        )
    }
    produced = {f.key for f in findings}
    stale = [pk for key, (pk, _) in existing.items() if key not in produced]
    if stale:
        Finding.objects.filter(pk__in=stale).delete()
    created: list[tuple[FindingOut, str]] = []
    changed: list[tuple[Finding, FindingOut]] = []
    for f in findings:
        digest = _digest(f)
        before = existing.get(f.key)
        if before is None:
            created.append((f, digest))  # inserted from the values below, no model instance
            continue
        if before[1] == digest:
            continue
        row = Finding(
            pk=before[0],
            child_id=child_pk[f.child_id],
            rule=f.rule,
            rule_version=f.rule_version,
            severity=f.severity,
            summary=f.summary,
            parameters=f.parameters,
            key=f.key,
            run=run,
            first_event_at=f.evidence[0].occurred_at if f.evidence else None,
            detail=f.detail,
            digest=digest,
        )
        changed.append((row, f))
    if changed:
        FindingEvidence.objects.filter(finding_id__in=[row.pk for row, _ in changed]).delete()
        fields = [*_WRITTEN, "run", "digest"]
        Finding.objects.bulk_update([row for row, _ in changed], fields, batch_size=200)
    now = timezone.now()
    _insert_many(
        Finding,
        _INSERTED,
        [
            (
                child_pk[f.child_id],
                f.rule,
                f.rule_version,
                f.severity,
                f.summary,
                f.parameters,
                f.key,
                now,
                run.pk,
                f.evidence[0].occurred_at if f.evidence else None,
                f.detail,
                digest,
            )
            for f, digest in created
        ],
    )
    new_ids = (
        dict(Finding.objects.filter(key__in=[f.key for f, _ in created]).values_list("key", "id"))
        if created
        else {}
    )
    _evidence_insert(
        [(row.pk, f) for row, f in changed] + [(new_ids[f.key], f) for f, _ in created]
    )
    return len(findings)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a screen, and restore it afterwards.

    A screen builds and drops millions of short-lived objects (rows, events, signals, findings)
    that hold no reference cycles: reference counting frees them. The cyclic collector would
    still walk every live object again and again as they come and go (about a seventh of the
    screen's CPU at a million events) to find almost nothing. The few cycles a run makes are
    collected once at the end.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def screening_run(
    *, actor: User, progress: Progress | None = None, chunk_size: int = 500
) -> ScreeningRun:
    """Screen every linked child and replace the machine's findings; decisions are kept, and a
    finding produced again keeps its row."""
    child_ids = list(Child.objects.order_by("id").values_list("id", flat=True))
    if not child_ids:
        raise ScreeningError(NO_CHILDREN)
    parameters = _parameters()
    as_of = _as_of()
    run = ScreeningRun.objects.create(
        started_at=timezone.now(),
        run_by=actor,
        as_of=as_of,
        rule_versions={rule.id: rule.version for rule in RULES},
        parameters={rule_id: dataclasses.asdict(p) for rule_id, p in parameters.items()},
    )
    done = 0
    total_findings = 0
    with gc_paused():
        for chunk in chunked(child_ids, chunk_size):
            children = chronologies_load(chunk)
            child_pk = dict(Child.objects.filter(id__in=chunk).values_list("public_id", "id"))
            findings = [
                finding
                for _, found in screen_children(children, parameters=parameters, as_of=as_of)
                for finding in found
            ]
            with transaction.atomic():
                total_findings += _store(findings, chunk, child_pk, run)
            done += len(chunk)
            if progress is not None:
                progress(done, len(child_ids))
    run.finished_at = timezone.now()
    run.children_screened = done
    run.findings_count = total_findings
    run.save(update_fields=["finished_at", "children_screened", "findings_count"])
    access_log_record(
        user=actor,
        action="screening_run",
        object_type="screening_run",
        object_id=run.pk,
        detail={"children": done, "findings": total_findings},
    )
    return run


@transaction.atomic
def finding_decide(*, actor: User, finding: Finding, decision: str, reason: str) -> FindingDecision:
    """Record a person's confirm or dismiss of a finding, with a reason, and log it."""
    if decision not in FindingDecision.Decision.values:
        raise ValueError(f"unknown decision {decision!r}")
    if not reason.strip():
        raise ValueError(REASON_REQUIRED)
    record = FindingDecision(
        key=finding.key,
        child_id=finding.child_id,
        rule=finding.rule,
        decision=decision,
        reason=reason.strip(),
        decided_by=actor,
        decided_at=timezone.now(),
    )
    record.full_clean()
    record.save()
    access_log_record(
        user=actor,
        action=f"finding_{decision}",
        object_type="finding",
        object_id=finding.pk,
        detail={"decision_id": record.pk, "rule": finding.rule},
    )
    return record


EXPORT_HEADER = ("child_id", "rule", "severity", "evidence", "summary")


def findings_export(*, actor: User, output: Path) -> int:
    """Write SPEC §4's findings CSV (`child_id,rule,severity,evidence,summary`); return the row
    count. Evidence is `AGENCY:event_id` joined by `;`, earliest first. The export is logged."""
    findings = Finding.objects.select_related("child").order_by("child__public_id", "rule", "key")
    evidence = FindingEvidence.objects.select_related("event__agency").order_by(
        "event__occurred_at", "event__agency__code", "event__source_id"
    )
    by_finding: dict[int, list[str]] = {}
    for item in evidence.values_list("finding_id", "event__agency__code", "event__source_id"):
        by_finding.setdefault(item[0], []).append(f"{item[1]}:{item[2]}")
    count = 0
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADER)
        for finding in findings.iterator(chunk_size=2000):
            writer.writerow(
                (
                    finding.child.public_id,
                    finding.rule,
                    finding.severity,
                    ";".join(by_finding.get(finding.pk, [])),
                    finding.summary,
                )
            )
            count += 1
    access_log_record(
        user=actor, action="export_findings", object_type="findings", detail={"rows": count}
    )
    return count
