"""`concord verify-log`: exit non-zero and name the first bad row if the chain is broken."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from concord.accesslog.services import access_log_verify


class Command(BaseCommand):
    help = "Verify the hash chain of the access log."

    def handle(self, *args: Any, **options: Any) -> None:
        problem = access_log_verify()
        if problem is not None:
            where = f"row {problem.entry_id}" if problem.entry_id is not None else "end of log"
            raise CommandError(f"access log broken at {where}: {problem.reason}")
        self.stdout.write("access log intact")
