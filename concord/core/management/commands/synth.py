"""`concord synth`: write a synthetic Greater Manchester partnership as CIF-1 extracts."""

from argparse import ArgumentParser
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from concord_engine.contracts.synth import EARLIEST_EXTRACT, LATEST_EXTRACT, SynthSummary
from concord_engine.synth import generate_partnership, zip_extracts


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise CommandError(f"--extracted-at: not an ISO 8601 date or time: {value!r}") from error
    moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if not EARLIEST_EXTRACT <= moment <= LATEST_EXTRACT:
        raise CommandError("--extracted-at must be between 2022-01-01 and 2031-06-30")
    return moment


class Command(BaseCommand):
    """Generate seeded synthetic extracts (police, ten local authorities, NHS) and their truth."""

    help = "Write a synthetic partnership as CIF-1 extracts plus a truth folder (no database)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--out", required=True, type=Path, help="folder to write")
        parser.add_argument("--children", type=int, default=200, help="number of children")
        parser.add_argument("--seed", type=int, default=1, help="same seed, same bytes")
        parser.add_argument(
            "--events-per-child",
            type=float,
            default=20.0,
            help="mean routine events per child (planted cases add about 3)",
        )
        parser.add_argument(
            "--no-education", action="store_true", help="leave out the education extracts"
        )
        parser.add_argument(
            "--zip", action="store_true", help="write each extract as AGENCY.zip, not a folder"
        )
        parser.add_argument(
            "--phrasing",
            choices=("default", "holdout"),
            default="default",
            help="holdout: plant the same cases in wording the default data never uses",
        )
        parser.add_argument(
            "--extracted-at",
            default="2025-03-01T09:00:00Z",
            help="extraction time in the manifests (ISO 8601; histories end before it)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        children: int = options["children"]
        per_child: float = options["events_per_child"]
        if children < 1:
            raise CommandError("--children must be at least 1")
        if not 0 <= per_child <= 1000:
            raise CommandError("--events-per-child must be between 0 and 1000")
        if out.exists() and not out.is_dir():
            raise CommandError(f"{out}: exists and is not a folder")
        if out.is_dir() and any(out.iterdir()):
            raise CommandError(f"{out}: folder is not empty")
        verbose = options["verbosity"] > 0
        extracted_at = _moment(options["extracted_at"])

        def progress(done: int, total: int) -> None:
            if verbose and (done == total or done % 10_000 < 200):
                self.stderr.write(f"\r{done:,}/{total:,} children", ending="")

        try:
            summary = self._generate(out, children, per_child, extracted_at, options, progress)
        except OSError as error:
            raise CommandError(f"{out}: cannot write ({error.strerror})") from error
        if verbose:
            self.stderr.write("")
        self.stdout.write(
            f"Wrote {len(summary.agencies)} extracts to {out}: {summary.children:,} children, "
            f"{summary.adults:,} adults, {summary.person_records:,} person records, "
            f"{summary.events:,} events, {summary.findings:,} true findings."
        )

    def _generate(
        self,
        out: Path,
        children: int,
        per_child: float,
        extracted_at: datetime,
        options: dict[str, Any],
        progress: Callable[[int, int], None],
    ) -> SynthSummary:
        summary = generate_partnership(
            out,
            children,
            options["seed"],
            events_per_child=per_child,
            include_education=not options["no_education"],
            extracted_at=extracted_at,
            holdout_phrasing=options["phrasing"] == "holdout",
            progress=progress,
        )
        if options["zip"]:
            zip_extracts(out, summary.agencies)
        return summary
