"""`concord createuser USERNAME --role ROLE [--agency CODE]`: add a person who can sign in.

The password comes from the CONCORD_PASSWORD environment variable, or a prompt (typed twice).
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from concord.accounts.models import User
from concord.accounts.services import user_create
from concord.agencies.models import Agency

from ._password import PASSWORD_ENV, read_password


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
        candidate = User(username=username, email=options["email"], first_name=options["first"])
        password = read_password(candidate)
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
