"""Records selectors: user-scoped reads of extracts."""

from __future__ import annotations

from django.db.models import QuerySet

from concord.accounts.models import User

from .models import Extract


def extract_list(*, user: User, limit: int = 50) -> QuerySet[Extract]:
    """The most recent imports; administrators see all, everyone else none."""
    if user.role != User.Role.ADMINISTRATOR:
        return Extract.objects.none()
    return Extract.objects.select_related("agency").order_by("-imported_at", "-id")[:limit]
