"""Review models: rounds, samples and allocations; audits, answers and moderation."""

from .audits import Answer, Audit, AuditStatusChange, FindingCheck, ModerationDecision
from .rounds import Allocation, AllocationChange, ReviewRound, SampleEntry

__all__ = [
    "Allocation",
    "AllocationChange",
    "Answer",
    "Audit",
    "AuditStatusChange",
    "FindingCheck",
    "ModerationDecision",
    "ReviewRound",
    "SampleEntry",
]
