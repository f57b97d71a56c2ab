"""`concord export links|findings --output F.csv` (SPEC §4)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from concord.accounts.services import system_actor
from concord.linkage.services import links_export
from concord.screening.services import findings_export

EXPORTS = {"links": links_export, "findings": findings_export}


class Command(BaseCommand):
    help = "Export linked records (links) or screening findings (findings) as CSV."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("what", choices=sorted(EXPORTS), help="links or findings")
        parser.add_argument("--output", required=True, type=Path, help="CSV file to write")

    def handle(self, *args: Any, **options: Any) -> None:
        output: Path = options["output"]
        if not output.parent.is_dir():
            raise CommandError(f"{output}: folder {output.parent} does not exist")
        if output.is_dir():
            raise CommandError(f"{output}: is a folder, not a file")
        export = EXPORTS[options["what"]]
        try:
            rows = export(actor=system_actor(), output=output)
        except OSError as error:
            raise CommandError(f"{output}: cannot write ({error.strerror})") from error
        self.stdout.write(f"{options['what']}: {rows} rows written to {output}")
