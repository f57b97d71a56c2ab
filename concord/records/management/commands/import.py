# ruff: noqa: N999  (the command is `concord import`, so the module must be import.py)
"""`concord import PATH...`: import agency extracts, each whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from concord.accounts.services import system_actor
from concord.records.services import ExtractRejectedError, ImportResult, extract_import


class Command(BaseCommand):
    help = (
        "Import CIF-1 folders or zips, Ofsted Annex A workbooks (.xlsx), SSDA903 missing tables "
        "(.csv) or FHIR R4 Bundles (.json). Each extract is imported whole or not at all."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--agency",
            dest="agency_code",
            default=None,
            help="Agency code for formats that do not name their agency (Annex A, SSDA903, FHIR)",
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        actor = system_actor()
        console = Console(stderr=True)
        failed: list[ExtractRejectedError] = []
        for path in _expand(options["paths"]):
            try:
                result = self._import_one(path, actor, options, console)
            except ExtractRejectedError as exc:
                failed.append(exc)
                for line in exc.problems:
                    self.stderr.write(line)
                continue
            self.stdout.write(_summary(result))
        if failed:
            names = ", ".join(exc.source_name for exc in failed)
            total = sum(exc.total for exc in failed)
            raise CommandError(f"{total} problem(s) in {names}; nothing imported from them")

    def _import_one(
        self, path: Path, actor: Any, options: dict[str, Any], console: Console
    ) -> ImportResult:
        with Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            TextColumn("{task.completed:,} rows"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=options["no_progress"] or not console.is_terminal,
        ) as bar:
            task = bar.add_task(f"Importing {path.name}", total=None)
            return extract_import(
                actor=actor,
                path=path,
                agency_code=options["agency_code"],
                progress=lambda count: bar.advance(task, count),
            )


def _expand(paths: list[Path]) -> list[Path]:
    """A folder of CIF-1 extracts (as `concord synth` writes) stands for each extract in it."""
    expanded: list[Path] = []
    for path in paths:
        inner = (
            sorted(p for p in path.iterdir() if (p / "manifest.json").is_file())
            if path.is_dir() and not (path / "manifest.json").exists()
            else []
        )
        expanded.extend(inner or [path])
    return expanded


def _summary(result: ImportResult) -> str:
    if result.already_imported:
        return f"{result.source_name}: already imported (extract {result.extract_id}); no change"
    return (
        f"{result.source_name}: imported as extract {result.extract_id} for {result.agency_code}: "
        f"{result.people} people ({result.people_created} new, {result.people_updated} changed), "
        f"{result.events} events ({result.events_created} new, {result.events_updated} changed)"
    )
