"""Age at an event: the law changes at 13, 16 and 18 (SOA 2003; rules.md §2)."""

from datetime import date, datetime

from .calendar import UK


def age_on(birth: date, on: date) -> int:
    """Whole years of age on a day."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def age_at(dates_of_birth: tuple[date, ...], at: datetime) -> int | None:
    """The child's age at an event (UK local day), from the most reliable date of birth."""
    if not dates_of_birth:
        return None
    return age_on(dates_of_birth[0], at.astimezone(UK).date())


def age_band(age: int | None) -> str:
    """Plain words for the legal age band."""
    if age is None:
        return "age unknown"
    if age < 13:
        return "under 13"
    if age < 16:
        return "under 16"
    if age < 18:
        return "under 18"
    return "18 or over"
