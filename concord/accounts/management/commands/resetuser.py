"""`concord resetuser USERNAME [--password] [--two-factor] [--unlock]`: an administrator's fixes.

For a forgotten password, a lost authenticator app or a locked account.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from concord.accounts.models import User
from concord.accounts.services import user_reset

from ._password import PASSWORD_ENV, read_password


class Command(BaseCommand):
    help = "Reset a user's password (from $CONCORD_PASSWORD or a prompt), two-factor or lockout."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", action="store_true", help=f"new one from ${PASSWORD_ENV}")
        parser.add_argument("--two-factor", action="store_true", help="remove TOTP devices")
        parser.add_argument("--unlock", action="store_true", help="lift a sign-in lockout")

    def handle(self, *args: Any, **options: Any) -> None:
        if not (options["password"] or options["two_factor"] or options["unlock"]):
            raise CommandError("nothing to do: give --password, --two-factor and/or --unlock")
        user = User.objects.filter(username=options["username"]).first()
        if user is None or user.is_system:
            raise CommandError(f"no user named {options['username']!r}")
        password = read_password(user) if options["password"] else None
        done = user_reset(
            user=user, password=password, two_factor=options["two_factor"], unlock=options["unlock"]
        )
        self.stdout.write(f"{user.username}: {'; '.join(done)}")
