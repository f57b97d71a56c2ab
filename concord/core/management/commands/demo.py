"""`concord demo`: set up the demonstration partnership, print sign-in details, then serve."""

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from concord.core.demo import DemoContext, demo_run


class Command(BaseCommand):
    help = "Create the demo partnership and users, print their sign-in details, and serve."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="set up and print only")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        demo_run(DemoContext(out=self.stdout.write, options=options))
        if options["no_serve"]:
            return
        self.stdout.write("")
        call_command("serve", host=options["host"], port=options["port"])
