"""Review services: rounds and samples, allocation, audits and moderation."""

from .allocation import allocation_change, reviewers_available, round_allocate
from .audits import (
    AuditInput,
    audit_problems,
    audit_reopen,
    audit_save,
    audit_submit,
    moderation_decide,
)
from .rounds import (
    RoundSpec,
    SampleCheck,
    round_create,
    round_sample_draw,
    round_sample_verify,
    sample_entry_remove,
)

__all__ = [
    "AuditInput",
    "RoundSpec",
    "SampleCheck",
    "allocation_change",
    "audit_problems",
    "audit_reopen",
    "audit_save",
    "audit_submit",
    "moderation_decide",
    "reviewers_available",
    "round_allocate",
    "round_create",
    "round_sample_draw",
    "round_sample_verify",
    "sample_entry_remove",
]
