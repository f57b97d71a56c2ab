"""`concord screen`: run every screening rule over every linked child."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from concord.accounts.services import system_actor
from concord.screening.services import ScreeningError, screening_run


class Command(BaseCommand):
    help = "Run every screening rule (SPEC §3) over every linked child, as the system actor."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        show = not options["no_progress"] and options.get("verbosity", 1) > 0
        columns = (
            TextColumn("Screening children"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, disable=not show, transient=True) as bar:
            task = bar.add_task("screen", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            try:
                run = screening_run(actor=system_actor(), progress=progress)
            except ScreeningError as error:
                raise CommandError(str(error)) from error
        self.stdout.write(
            f"Screened {run.children_screened} children: {run.findings_count} findings "
            f"(run {run.pk})."
        )
