"""`concord link`: link every imported person record into children and keep the run."""

from collections.abc import Callable, Mapping

import pandas as pd
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import LinkRun, MatchDecision, MatchPair
from concord.linkage.selectors import decisions_latest, person_records_frame
from concord_engine.contracts.linkage import Decisions, Engine, LinkageConfig, PeopleTable
from concord_engine.linkage import link_people, quality_report

from .children import BATCH, clusters_store

NO_RECORDS = "no person records have been imported; run `concord import` first"

Progress = Callable[[str], None]


class LinkageError(Exception):
    """Base class of linkage errors shown to the user as one line."""


class NoRecordsError(LinkageError):
    """There is nothing to link."""


def decisions_current() -> Decisions:
    """Every pair's latest human decision, as the engine's must-link and cannot-link sets."""
    latest = decisions_latest()
    return Decisions.of(
        must_link=[p for p, d in latest.items() if d == MatchDecision.Decision.MATCH],
        cannot_link=[p for p, d in latest.items() if d == MatchDecision.Decision.NON_MATCH],
    )


def _pairs_store(run: LinkRun, pairs: pd.DataFrame) -> None:
    MatchPair.objects.exclude(run=run).delete()
    gamma_columns = [c for c in pairs.columns if c.startswith("gamma_")]
    names = [c.removeprefix("gamma_") for c in gamma_columns]
    gammas = pairs[gamma_columns].to_numpy(dtype="int64").tolist()
    columns = zip(
        pairs["record_id_l"].tolist(),
        pairs["record_id_r"].tolist(),
        pairs["match_probability"].tolist(),
        pairs["match_weight"].tolist(),
        pairs["vetoed"].tolist(),
        gammas,
        strict=True,
    )
    batch: list[MatchPair] = []
    for left, right, probability, weight, vetoed, levels in columns:
        batch.append(
            MatchPair(
                run=run,
                person_l_id=int(left),
                person_r_id=int(right),
                match_probability=float(probability),
                match_weight=float(weight),
                gammas=dict(zip(names, levels, strict=True)),
                vetoed=bool(vetoed),
            )
        )
        if len(batch) >= BATCH:
            MatchPair.objects.bulk_create(batch)
            batch = []
    MatchPair.objects.bulk_create(batch)


def link_run(
    *,
    actor: User,
    engine: Engine = "duckdb",
    progress: Progress | None = None,
    truth: Mapping[int, str] | None = None,
) -> LinkRun:
    """Link all imported person records; store children, pairs and the model as a new run.

    Raises NoRecordsError when nothing has been imported.
    """
    say = progress or (lambda _message: None)
    say("Reading person records")
    people = person_records_frame()
    if people.empty:
        raise NoRecordsError(NO_RECORDS)
    threshold = float(settings.CONCORD_LINKAGE_THRESHOLD)
    low, high = settings.CONCORD_LINKAGE_REVIEW_BAND
    run = LinkRun.objects.create(actor=actor, engine=engine, threshold=threshold)
    config = LinkageConfig(
        engine=engine,
        threshold=threshold,
        store_floor=min(float(getattr(settings, "CONCORD_LINKAGE_STORE_FLOOR", 0.01)), threshold),
        decisions=decisions_current(),
    )
    try:
        result = link_people(PeopleTable(people), config, say)
    except Exception:
        run.status = LinkRun.Status.FAILED
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "finished_at"])
        raise
    say("Storing children and scored pairs")
    with transaction.atomic():
        _pairs_store(run, result.pairs)
        children = clusters_store(result.clusters)
        run.status = LinkRun.Status.SUCCEEDED
        run.finished_at = timezone.now()
        run.splink_version = result.splink_version
        run.input_hash = result.input_hash
        run.model = dict(result.model)
        run.trained = result.trained
        run.record_count = len(people)
        run.pair_count = len(result.pairs)
        run.child_count = children
        run.timings = dict(result.timings)
        run.quality = quality_report(
            clusters=result.clusters,
            pairs=result.pairs,
            model=result.model,
            threshold=threshold,
            review_band=(float(low), float(high)),
            truth=truth,
        )
        run.save()
        access_log_record(
            user=actor,
            action="link_run",
            object_type="link_run",
            object_id=run.pk,
            detail={"records": len(people), "children": children, "pairs": len(result.pairs)},
        )
    return run
