"""Who may see which children (SPEC §6): role × association."""

from django.db.models import QuerySet

from concord.accounts.models import User

from .models import Child

# Roles that see every child in the partnership.
ALL_CHILDREN_ROLES = frozenset({User.Role.ADMINISTRATOR, User.Role.COORDINATOR})
# Roles that may see children's names and identifiers (others see pseudonymous ids only).
NAMES_ROLES = frozenset(
    {User.Role.ADMINISTRATOR, User.Role.COORDINATOR, User.Role.INVESTIGATOR, User.Role.REVIEWER}
)


def children_visible_to(user: User) -> QuerySet[Child]:
    """Return the children this user may open: all, their agency's, their allocations, or none."""
    children = Child.objects.all()
    if not user.is_authenticated or not user.is_active:
        return children.none()
    if user.role in ALL_CHILDREN_ROLES:
        return children
    if user.role == User.Role.INVESTIGATOR and user.agency_id is not None:
        return children.filter(links__person__agency_id=user.agency_id).distinct()
    if user.role == User.Role.REVIEWER:
        return children.filter(allocations__reviewer=user).distinct()
    return children.none()


def can_see_names(user: User) -> bool:
    """Whether this user's role allows names and identifiers rather than pseudonymous ids."""
    return user.is_authenticated and user.role in NAMES_ROLES
