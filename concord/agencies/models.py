"""Agencies: the police force, local authorities' children's services, health bodies."""

from django.db import models


class Sector(models.TextChoices):
    POLICE = "police", "Police"
    SOCIAL_CARE = "social_care", "Children's social care"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    OTHER = "other", "Other"


class Agency(models.Model):
    """An organisation that supplies records or reviewers."""

    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    sector = models.CharField(max_length=16, choices=Sector.choices)
    area = models.CharField(max_length=100, blank=True, help_text="Local authority area")

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "agencies"

    def __str__(self) -> str:
        return f"{self.code} ({self.name})"
