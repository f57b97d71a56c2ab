"""Who may manage rounds and see or edit which audits (role × association)."""

from django.db.models import QuerySet

from concord.accounts.models import User

from .models import Audit

MANAGER_ROLES = frozenset({User.Role.ADMINISTRATOR, User.Role.COORDINATOR})


def can_manage_rounds(user: User) -> bool:
    """Coordinators and administrators plan rounds, allocate, reopen and moderate."""
    return bool(user.is_authenticated and user.is_active and user.role in MANAGER_ROLES)


def audits_visible_to(user: User) -> QuerySet[Audit]:
    """Managers see every audit; a reviewer sees only audits allocated to them; others none."""
    audits = Audit.objects.select_related(
        "allocation", "allocation__round", "allocation__child", "allocation__reviewer"
    )
    if not user.is_authenticated or not user.is_active:
        return audits.none()
    if user.role in MANAGER_ROLES:
        return audits
    if user.role == User.Role.REVIEWER:
        return audits.filter(allocation__reviewer=user)
    return audits.none()


def can_edit_audit(*, user: User, audit: Audit) -> bool:
    """Only the allocated reviewer edits, and only while the audit is a draft."""
    return audit.allocation.reviewer_id == user.pk and audit.status == Audit.Status.DRAFT
