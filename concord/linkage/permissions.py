"""Who may see which children and pairs (SPEC §6): role × association."""

from django.db.models import Q, QuerySet

from concord.accounts.models import User

from .models import Child, MatchPair

# Roles that see every child in the partnership.
ALL_CHILDREN_ROLES = frozenset({User.Role.ADMINISTRATOR, User.Role.COORDINATOR})
# Roles that may see children's names and identifiers (others see pseudonymous ids only).
NAMES_ROLES = frozenset(
    {User.Role.ADMINISTRATOR, User.Role.COORDINATOR, User.Role.INVESTIGATOR, User.Role.REVIEWER}
)
# Roles that settle doubtful pairs and split or merge children by hand.
LINKAGE_REVIEW_ROLES = frozenset(
    {User.Role.ADMINISTRATOR, User.Role.COORDINATOR, User.Role.INVESTIGATOR}
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


def can_review_linkage(user: User) -> bool:
    """Whether this user may confirm or reject pairs and split or merge children."""
    return user.is_authenticated and user.is_active and user.role in LINKAGE_REVIEW_ROLES


def pairs_visible_to(user: User) -> QuerySet[MatchPair]:
    """Pairs a linkage reviewer may open: all, or (investigators) those touching their agency."""
    pairs = MatchPair.objects.all()
    if not can_review_linkage(user):
        return pairs.none()
    if user.role in ALL_CHILDREN_ROLES:
        return pairs
    if user.agency_id is None:
        return pairs.none()
    return pairs.filter(
        Q(person_l__agency_id=user.agency_id) | Q(person_r__agency_id=user.agency_id)
    )
