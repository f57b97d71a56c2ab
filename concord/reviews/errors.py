"""Errors the review services raise, with their messages as constants."""

SAMPLE_LOCKED = "The sample has been drawn and is locked; it cannot be drawn again."
ROUND_NOT_READY = "The round must be {expected} to do this; it is {actual}."
NO_FRAMEWORK = "Choose a framework before sampling."
REASON_REQUIRED = "Give a reason for the change."
REVIEWER_NOT_ELIGIBLE = "That reviewer cannot take this allocation: {why}."
AUDIT_NOT_EDITABLE = "This audit is not a draft allocated to you."
AUDIT_NOT_SUBMITTED = "Only a submitted audit can be reopened."
NOT_ALLOWED = "You may not do this."


class ReviewError(Exception):
    """A review action cannot be done; the message says why (no personal data)."""


class SampleLockedError(ReviewError):
    """The sample is derived once and locked against re-drawing or hand-picking."""


class RoundStateError(ReviewError):
    """The round is not in the state the action needs."""


class AllocationChangeError(ReviewError):
    """A reviewer change is not allowed."""


class AuditStateError(ReviewError):
    """The audit is not in a state that allows the action."""


class AuditIncompleteError(ReviewError):
    """Submission failed: `problems` maps question keys (or fields) to messages."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(f"{len(problems)} answers need attention")
        self.problems = problems
