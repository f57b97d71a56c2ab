"""`concord serve [--host H] [--port P]`: Concord on waitress, static files by WhiteNoise."""

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from concord.core.server import serve


class Command(BaseCommand):
    help = "Serve Concord with waitress (static files collected and served by WhiteNoise)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Concord is serving on http://{options['host']}:{options['port']}/")
        self.stdout.write("Press Ctrl+C to stop.")
        serve(host=options["host"], port=options["port"], threads=options["threads"])
