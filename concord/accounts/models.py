"""Users, their roles and their agency."""

from django.contrib.auth.models import AbstractUser
from django.db import models

from concord.agencies.models import Agency

SYSTEM_USERNAME = "system"


class User(AbstractUser):
    """A person who signs in, or the SYSTEM actor that runs imports, linkage and screening."""

    class Role(models.TextChoices):
        ADMINISTRATOR = "administrator", "Administrator"
        COORDINATOR = "coordinator", "Review coordinator"
        REVIEWER = "reviewer", "Peer reviewer"
        INVESTIGATOR = "investigator", "Investigation lead"
        WORKFORCE_LEAD = "workforce_lead", "Workforce lead"
        VIEWER = "viewer", "Oversight (read-only)"

    role = models.CharField(max_length=20, choices=Role.choices, default=Role.VIEWER)
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="users"
    )

    @property
    def is_system(self) -> bool:
        return self.username == SYSTEM_USERNAME
