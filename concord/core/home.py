"""What each role does in Concord, and the links to its work, for the home page."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class Task:
    label: str
    url_name: str
    description: str


@dataclass(frozen=True)
class RoleHome:
    summary: str
    tasks: tuple[Task, ...]


TRIAGE = Task("Triage findings", "screening:triage", "Confirm or reject screening findings.")
MATCHES = Task("Review possible matches", "linkage:queue", "Decide whether records are one child.")
REVIEWS = Task("Review rounds", "reviews:home", "Plan, allocate and moderate case reviews.")
MY_REVIEWS = Task("My reviews", "reviews:home", "Review the cases allocated to you.")
FRAMEWORKS = Task("Audit frameworks", "frameworks:list", "Manage the common audit framework.")
IMPORTS = Task("Import records", "records:upload", "Upload agency extracts.")

ROLE_HOMES: dict[str, RoleHome] = {
    "administrator": RoleHome(
        "You run Concord for the partnership: imports, users, frameworks and review rounds.",
        (IMPORTS, MATCHES, TRIAGE, REVIEWS, FRAMEWORKS),
    ),
    "coordinator": RoleHome(
        "You coordinate the multi-agency review: rounds, allocation, moderation and frameworks.",
        (REVIEWS, FRAMEWORKS, TRIAGE, MATCHES),
    ),
    "reviewer": RoleHome(
        "You review the cases allocated to you against the common audit framework.",
        (MY_REVIEWS,),
    ),
    "investigator": RoleHome(
        "You lead investigations: triage screening findings and check record matches.",
        (TRIAGE, MATCHES),
    ),
    "workforce_lead": RoleHome(
        "You see the learning from reviews for your agency's workforce, without case details.",
        (),
    ),
    "viewer": RoleHome(
        "You have read-only oversight of the partnership's review work, without case details.",
        (),
    ),
}


def tasks_for(role: str) -> list[dict[str, str]]:
    """Return the role's tasks whose pages exist, each with its URL."""
    home = ROLE_HOMES.get(role)
    if home is None:
        return []
    links = []
    for task in home.tasks:
        try:
            url = reverse(task.url_name)
        except NoReverseMatch:
            continue
        links.append({"label": task.label, "url": url, "description": task.description})
    return links
