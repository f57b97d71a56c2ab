"""Template context shared by every page: the navigation for the user's role."""

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    roles: frozenset[str]


ALL = frozenset(
    {"administrator", "coordinator", "reviewer", "investigator", "workforce_lead", "viewer"}
)

# Apps add their entries here; an entry whose URL does not exist yet is left out.
NAVIGATION: tuple[NavItem, ...] = (
    NavItem("Home", "core:home", ALL),
    NavItem(
        "Triage", "screening:triage", frozenset({"administrator", "coordinator", "investigator"})
    ),
    NavItem(
        "Match review", "linkage:queue", frozenset({"administrator", "coordinator", "investigator"})
    ),
    NavItem("Reviews", "reviews:home", frozenset({"administrator", "coordinator", "reviewer"})),
    NavItem("Frameworks", "frameworks:list", frozenset({"administrator", "coordinator"})),
    NavItem("Imports", "records:upload", frozenset({"administrator"})),
)


def navigation(request: HttpRequest) -> dict[str, object]:
    """Return the navigation entries this user's role may use, with the current one marked."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"navigation": []}
    items: list[dict[str, object]] = []
    for item in NAVIGATION:
        if user.role not in item.roles:
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        current = request.path == url
        active = current if url == "/" else request.path.startswith(url)
        items.append({"label": item.label, "url": url, "active": active, "current": current})
    return {"navigation": items}
