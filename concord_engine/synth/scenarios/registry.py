"""Every planted scenario, what routine events it keeps out, and how children get one."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from concord_engine.synth.builder import Builder

from . import assessment, crime, language, lookalikes, missing, referral, support, vulnerability

_CRIME = frozenset(
    {"crime", "victim_needs_assessment", "support_referral", "protection_notice", "contact",
     "referral"}
)  # fmt: skip
_REFERRAL = frozenset({"protection_notice", "contact", "referral"})
_MISSING = frozenset({"missing_report", "missing_episode", "return_interview"})
_VULNERABILITY = frozenset({"risk_assessment"})
_ASSESSMENT = frozenset({"assessment"})


@dataclass(frozen=True, slots=True)
class Scenario:
    """A planted case: the routine event types it reserves and whether indicators stay quiet."""

    name: str
    plant: Callable[[Builder, datetime], None]
    reserved: frozenset[str]
    quiet_indicators: bool


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("crime_recorded_23h", crime.crime_at_23h, _CRIME, True),
    Scenario("crime_recorded_promptly", crime.crime_prompt, _CRIME, True),
    Scenario("crime_recorded_25h", crime.crime_at_25h, _CRIME, True),
    Scenario("crime_recorded_days_late", crime.crime_days_late, _CRIME, True),
    Scenario("crime_not_recorded", crime.crime_never, _CRIME, True),
    Scenario("referral_friday_to_monday", referral.referral_over_weekend, _REFERRAL, True),
    Scenario("referral_friday_to_tuesday", referral.referral_late_after_weekend, _REFERRAL, True),
    Scenario("referral_over_bank_holiday", referral.referral_over_bank_holiday, _REFERRAL, True),
    Scenario(
        "referral_late_after_bank_holiday",
        referral.referral_late_after_bank_holiday,
        _REFERRAL,
        True,
    ),  # fmt: skip
    Scenario("referral_never", referral.referral_never, _REFERRAL, True),
    Scenario("referral_same_day", referral.referral_same_day, _REFERRAL, True),
    Scenario("return_interview_71h", missing.return_at_71h, _MISSING, False),
    Scenario("return_interview_73h", missing.return_at_73h, _MISSING, False),
    Scenario("return_interview_missing", missing.return_never, _MISSING, False),
    Scenario("return_interview_next_day", missing.return_prompt, _MISSING, False),
    Scenario(
        "indicators_no_risk_assessment", vulnerability.indicators_unassessed, _VULNERABILITY, True
    ),
    Scenario(
        "indicators_assessed_28_days",
        vulnerability.indicators_assessed_day_28,
        _VULNERABILITY,
        True,
    ),  # fmt: skip
    Scenario(
        "indicators_assessed_33_days",
        vulnerability.indicators_assessed_day_33,
        _VULNERABILITY,
        True,
    ),  # fmt: skip
    Scenario(
        "indicators_spread_over_100_days",
        vulnerability.indicators_spread_out,
        _VULNERABILITY,
        True,
    ),  # fmt: skip
    Scenario(
        "indicators_two_kinds_repeated",
        vulnerability.indicators_repeated_two_kinds,
        _VULNERABILITY,
        True,
    ),  # fmt: skip
    Scenario("support_never_offered", support.support_never, _CRIME, True),
    Scenario("support_on_working_day_5", support.support_day_5, _CRIME, True),
    Scenario("support_on_working_day_6", support.support_day_6, _CRIME, True),
    Scenario("support_day_5_over_bank_holiday", support.support_day_5_over_holiday, _CRIME, True),
    Scenario("support_day_6_over_bank_holiday", support.support_day_6_over_holiday, _CRIME, True),
    Scenario("assessment_44_working_days", assessment.assessment_44, _ASSESSMENT, False),
    Scenario("assessment_46_working_days", assessment.assessment_46, _ASSESSMENT, False),
    Scenario(
        "assessment_48_from_referral",
        assessment.assessment_counted_from_referral,
        _ASSESSMENT,
        False,
    ),  # fmt: skip
    Scenario("assessment_open_overdue", assessment.assessment_open_overdue, _ASSESSMENT, False),
    Scenario("assessment_open_recent", assessment.assessment_open_recent, _ASSESSMENT, False),
    Scenario("sexual_words_not_a_report", lookalikes.sexual_words_not_a_report, _CRIME, True),
    Scenario("missing_not_yet_returned", lookalikes.missing_still_open, _MISSING, False),
    Scenario("indicator_words_negated", lookalikes.negated_indicators, _VULNERABILITY, True),
    Scenario("blaming_language", language.blaming_note, frozenset(), True),
    Scenario("blaming_language_2", language.blaming_note, frozenset(), True),
    Scenario("language_hard_negative", language.hard_negative_note, frozenset(), True),
    Scenario("language_hard_negative_2", language.hard_negative_note, frozenset(), True),
    Scenario("language_hard_negative_3", language.hard_negative_note, frozenset(), True),
)


def plant(b: Builder, scenario: Scenario, anchor: datetime) -> None:
    """Plant one scenario on the builder's child and keep routine events out of its way."""
    b.reserved |= scenario.reserved
    b.quiet_indicators = b.quiet_indicators or scenario.quiet_indicators
    scenario.plant(b, anchor)
