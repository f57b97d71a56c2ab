"""Template filters for review pages."""

from django import template

from concord.agencies.models import Sector

register = template.Library()


@register.filter
def sector_label(value: str) -> str:
    """Show a sector code as its name ("social_care" -> "Children's social care")."""
    try:
        return str(Sector(value).label)
    except ValueError:
        return value
