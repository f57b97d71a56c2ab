"""Every screening rule of SPEC §3, each in its own module."""

from . import (
    assessment_overdue,
    crime_not_recorded,
    crime_recorded_late,
    no_referral_to_childrens_services,
    no_return_interview,
    victim_blaming_language,
    victim_support_not_offered,
    vulnerability_not_assessed,
)
from .base import ParameterError, Rule, ScreenContext

RULES: tuple[Rule, ...] = (
    crime_not_recorded.RULE,
    crime_recorded_late.RULE,
    vulnerability_not_assessed.RULE,
    no_referral_to_childrens_services.RULE,
    no_return_interview.RULE,
    victim_support_not_offered.RULE,
    assessment_overdue.RULE,
    victim_blaming_language.RULE,
)

__all__ = ["RULES", "ParameterError", "Rule", "ScreenContext"]
