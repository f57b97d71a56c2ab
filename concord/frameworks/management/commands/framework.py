"""`concord framework load FILE`: validate and store an audit framework version."""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from concord.accounts.services import system_actor
from concord.frameworks.services import FrameworkInUseError, framework_load
from concord_engine.reviews import FrameworkError


class Command(BaseCommand):
    help = "Manage audit frameworks: `framework load FILE`."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("load", help="Load a framework YAML file")
        load.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: cannot read: {type(error).__name__}") from None
        try:
            result = framework_load(actor=system_actor(), text=text, source_name=str(path))
        except FrameworkError as error:
            for problem in error.problems[1:]:
                self.stderr.write(problem)
            raise CommandError(error.problems[0]) from None
        except FrameworkInUseError as error:
            raise CommandError(str(error)) from None
        framework = result.framework
        self.stdout.write(f"{framework.slug} version {framework.version}: {result.outcome}")
