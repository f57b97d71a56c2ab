"""Plain-English labels for event types and screening rule ids."""

EVENT_TYPE_LABELS: dict[str, str] = {
    "incident": "Incident",
    "crime": "Crime",
    "missing_report": "Missing report",
    "protection_notice": "Protection notice",
    "risk_assessment": "Risk assessment",
    "victim_needs_assessment": "Victim needs assessment",
    "support_referral": "Support referral",
    "arrest": "Arrest",
    "note": "Note",
    "contact": "Contact",
    "referral": "Referral",
    "assessment": "Assessment",
    "strategy_discussion": "Strategy discussion",
    "s47_enquiry": "Section 47 enquiry",
    "cp_conference": "Child protection conference",
    "cp_plan": "Child protection plan",
    "cin_plan": "Child in need plan",
    "looked_after": "Looked after",
    "missing_episode": "Missing episode",
    "return_interview": "Return interview",
    "attendance": "Attendance",
    "sexual_health": "Sexual health",
    "consultation": "Consultation",
    "safeguarding_referral": "Safeguarding referral",
    "absence": "Absence",
    "exclusion": "Exclusion",
}

# Events that open a missing episode; drawn as spans on the chart.
MISSING_TYPES = frozenset({"missing_report", "missing_episode"})


def event_type_label(value: str) -> str:
    """Return the label for an event type; unknown types are shown humanised, not hidden."""
    return EVENT_TYPE_LABELS.get(value) or value.replace("_", " ").capitalize()


def rule_label(rule: str) -> str:
    """Return a readable form of a screening rule id, e.g. 'Crime not recorded'."""
    return rule.replace("_", " ").capitalize()
