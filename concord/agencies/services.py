"""Agency services."""

from django.db import transaction

from .models import Agency


@transaction.atomic
def agency_create(*, code: str, name: str, sector: str, area: str = "") -> Agency:
    """Create an agency after validating its fields (raises ValidationError)."""
    agency = Agency(code=code, name=name, sector=sector, area=area)
    agency.full_clean()
    agency.save()
    return agency
