"""CIF-1 vocabularies (SPEC §2)."""

from __future__ import annotations

PEOPLE_COLUMNS = (
    "person_id",
    "given_name",
    "family_name",
    "other_names",
    "date_of_birth",
    "sex",
    "postcode",
    "address",
    "nhs_number",
    "upn",
    "local_id",
)
PEOPLE_REQUIRED = ("person_id",)

EVENT_COLUMNS = (
    "event_id",
    "person_id",
    "type",
    "occurred_at",
    "recorded_at",
    "ended_at",
    "code",
    "related_person_id",
    "related_event_id",
    "author_role",
    "text",
)
EVENT_REQUIRED = ("event_id", "person_id", "type", "occurred_at")

EVENT_TYPES_BY_SECTOR: dict[str, frozenset[str]] = {
    "police": frozenset(
        {
            "incident",
            "crime",
            "missing_report",
            "protection_notice",
            "risk_assessment",
            "victim_needs_assessment",
            "support_referral",
            "arrest",
            "note",
        }
    ),
    "social_care": frozenset(
        {
            "contact",
            "referral",
            "assessment",
            "strategy_discussion",
            "s47_enquiry",
            "cp_conference",
            "cp_plan",
            "cin_plan",
            "looked_after",
            "missing_episode",
            "return_interview",
            "risk_assessment",
            "support_referral",
            "note",
        }
    ),
    "health": frozenset(
        {"attendance", "sexual_health", "consultation", "safeguarding_referral", "note"}
    ),
    "education": frozenset({"absence", "exclusion", "note"}),
}
ALL_EVENT_TYPES: frozenset[str] = frozenset().union(*EVENT_TYPES_BY_SECTOR.values())
EVENT_TYPES_BY_SECTOR["other"] = ALL_EVENT_TYPES

SEXES = frozenset({"F", "M", "X", "U"})
RISK_LEVELS = frozenset({"none", "low", "medium", "high"})

__all__ = [
    "ALL_EVENT_TYPES",
    "EVENT_COLUMNS",
    "EVENT_REQUIRED",
    "EVENT_TYPES_BY_SECTOR",
    "PEOPLE_COLUMNS",
    "PEOPLE_REQUIRED",
    "RISK_LEVELS",
    "SEXES",
]
