"""Read a new password for a command: $CONCORD_PASSWORD, or a prompt typed twice."""

import getpass
import os
import sys

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from concord.accounts.models import User

PASSWORD_ENV = "CONCORD_PASSWORD"  # noqa: S105 (the variable's name, not a password)


def read_password(user: User) -> str:
    """Return a validated password, or raise CommandError with a one-line reason."""
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise CommandError(f"no password: set {PASSWORD_ENV} or run in a terminal")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("the two passwords do not match")
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise CommandError(f"password rejected: {' '.join(error.messages)}") from None
    return password
