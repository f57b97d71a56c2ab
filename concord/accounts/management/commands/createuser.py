"""`concord createuser USERNAME --role ROLE [--agency CODE]`: add a person who can sign in.

The password comes from the CONCORD_PASSWORD environment variable, or a prompt (typed twice).
"""

import getpass
import os
import sys
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from concord.accounts.models import User
from concord.accounts.services import user_create
from concord.agencies.models import Agency

PASSWORD_ENV = "CONCORD_PASSWORD"  # noqa: S105 (the variable's name, not a password)


class Command(BaseCommand):
    help = f"Create a user with a role and agency; password from ${PASSWORD_ENV} or a prompt."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, help=", ".join(User.Role.values))
        parser.add_argument("--agency", help="agency code, for example GMP")
        parser.add_argument("--email", default="")
        parser.add_argument("--first", default="", help="first name")
        parser.add_argument("--last", default="", help="last name")

    def handle(self, *args: Any, **options: Any) -> None:
        username: str = options["username"]
        role: str = options["role"]
        if role not in User.Role.values:
            raise CommandError(
                f"unknown role {role!r}; choose one of {', '.join(User.Role.values)}"
            )
        agency = None
        if options["agency"]:
            agency = Agency.objects.filter(code=options["agency"]).first()
            if agency is None:
                raise CommandError(f"unknown agency code {options['agency']!r}")
        if User.objects.filter(username=username).exists():
            raise CommandError(f"a user named {username!r} already exists")
        password = self._password()
        candidate = User(username=username, email=options["email"], first_name=options["first"])
        try:
            validate_password(password, candidate)
        except ValidationError as error:
            raise CommandError(f"password rejected: {' '.join(error.messages)}") from None
        try:
            user = user_create(
                username=username,
                password=password,
                role=role,
                agency=agency,
                first_name=options["first"],
                last_name=options["last"],
                email=options["email"],
            )
        except ValidationError as error:
            reasons = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
            raise CommandError(f"user not created: {reasons}") from None
        where = f" at {agency.code}" if agency else ""
        self.stdout.write(
            f"created user {user.username} ({user.get_role_display()}{where}); "
            "they set up two-factor sign-in at first sign-in"
        )

    def _password(self) -> str:
        password = os.environ.get(PASSWORD_ENV)
        if password:
            return password
        if not sys.stdin.isatty():
            raise CommandError(f"no password: set {PASSWORD_ENV} or run in a terminal")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("the two passwords do not match")
        return first
