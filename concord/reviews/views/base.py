"""Shared view helpers: role gates and the signed-in user."""

from typing import ClassVar

from django.http import HttpRequest

from concord.accounts.models import User
from concord.core.mixins import RoleRequiredMixin
from concord.reviews.permissions import MANAGER_ROLES

MANAGERS = MANAGER_ROLES
REVIEW_ROLES = MANAGERS | {User.Role.REVIEWER}


def current_user(request: HttpRequest) -> User:
    """The signed-in user (views are behind a login gate)."""
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by LoginRequiredMixin
    return user


class ManagerRequiredMixin(RoleRequiredMixin):
    """Coordinators and administrators only (others 403)."""

    allowed_roles: ClassVar[frozenset[str]] = MANAGERS


class ReviewRoleMixin(RoleRequiredMixin):
    """Coordinators, administrators and reviewers."""

    allowed_roles: ClassVar[frozenset[str]] = REVIEW_ROLES
