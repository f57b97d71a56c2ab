"""`concord link`: link every imported person record into children."""

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from concord.accounts.services import system_actor
from concord.linkage.services import link_run
from concord.linkage.services.linking import LinkageError
from concord.records.models import PersonRecord


def _read_truth(path: Path) -> dict[int, str]:
    """Read `agency,person_id,truth_id` (or h-synth's `child_key`) rows, keyed by record id."""
    ids = {
        (agency, source): pk
        for pk, agency, source in PersonRecord.objects.values_list(
            "pk", "agency__code", "source_id"
        )
    }
    truth: dict[int, str] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or [])
        key = "truth_id" if "truth_id" in columns else "child_key"
        missing = {"agency", "person_id", key} - columns
        if missing:
            raise CommandError(f"{path}:1:1: missing columns {sorted(missing)}")
        for row in reader:
            pk = ids.get((row["agency"], row["person_id"]))
            if pk is not None:
                truth[pk] = row[key]
    return truth


class Command(BaseCommand):
    help = "Link all imported person records into children (Splink; DuckDB or Spark)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
        parser.add_argument(
            "--truth",
            type=Path,
            help="CSV of agency,person_id,truth_id (or h-synth's truth/people.csv with "
            "child_key): adds pairwise precision, recall and F1 to the run's quality report",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        truth_path: Path | None = options["truth"]
        if truth_path is not None and not truth_path.is_file():
            raise CommandError(f"{truth_path}: no such file")
        truth = _read_truth(truth_path) if truth_path else None
        try:
            run = link_run(
                actor=system_actor(),
                engine=options["engine"],
                progress=lambda message: self.stderr.write(f"… {message}"),
                truth=truth,
            )
        except LinkageError as error:
            raise CommandError(str(error)) from None
        quality = run.quality
        self.stdout.write(
            f"Linked {run.record_count} records into {run.child_count} children "
            f"({run.pair_count} scored pairs, {quality['pairs_in_review_band']} to review) "
            f"in {run.timings.get('total', 0):.1f}s; run {run.pk}."
        )
        if "truth" in quality:
            scores = quality["truth"]
            self.stdout.write(
                f"Against truth: precision {scores['precision']:.4f}, "
                f"recall {scores['recall']:.4f}, F1 {scores['f1']:.4f}"
            )
