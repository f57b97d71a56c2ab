"""Who may triage screening findings and decide on them."""

from django.db.models import QuerySet

from concord.accounts.models import User
from concord.linkage.permissions import children_visible_to

from .models import Finding

# The triage list covers many children: for those who work across the partnership's records.
TRIAGE_ROLES = frozenset({User.Role.ADMINISTRATOR, User.Role.COORDINATOR, User.Role.INVESTIGATOR})
# Anyone who may open the child may confirm or dismiss a finding about them.
DECIDE_ROLES = frozenset({*TRIAGE_ROLES, User.Role.REVIEWER})


def findings_visible_to(user: User) -> QuerySet[Finding]:
    """Findings about the children this user may open."""
    return Finding.objects.filter(child__in=children_visible_to(user))


def can_decide_finding(*, user: User, finding: Finding) -> bool:
    """Whether this user may confirm or dismiss this (already access-checked) finding."""
    return user.is_authenticated and user.role in DECIDE_ROLES
