"""Contracts between the review engine and the app: frameworks, sampling and allocation."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SECTORS: tuple[str, ...] = ("police", "social_care", "health", "education", "other")


class AnswerType(StrEnum):
    """How a question is answered."""

    GRADE = "grade"
    YES_NO_NA = "yes_no_na"
    CHOICE = "choice"
    NUMBER = "number"
    DATE = "date"
    TEXT = "text"


YES_NO_NA_OPTIONS: tuple[tuple[str, str], ...] = (
    ("yes", "Yes"),
    ("no", "No"),
    ("not_applicable", "Not applicable"),
)


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Grade(_Frozen):
    """One point on the grading scale; `rank` 1 is the best."""

    value: str
    label: str
    rank: int


class GradingScale(_Frozen):
    """The grades a grade question may take, best first, and whether a rationale is required."""

    grades: tuple[Grade, ...]
    rationale_required: bool = True

    def labels(self) -> dict[str, str]:
        """Map each grade value to its label."""
        return {grade.value: grade.label for grade in self.grades}


class Prefill(_Frozen):
    """How the records suggest an answer: a finding of `rule`, or the presence of trigger events.

    With a finding of `rule` for the child the suggestion is `when_finding`. Otherwise, when
    `trigger_events` is set and the child has none of them, it is `when_no_trigger`; else
    `otherwise` (None: no suggestion).
    """

    rule: str
    when_finding: str
    trigger_events: tuple[str, ...] = ()
    when_no_trigger: str | None = None
    otherwise: str | None = None


class Question(_Frozen):
    """One question of a section."""

    key: str
    text: str
    guidance: str = ""
    answer: AnswerType
    choices: tuple[str, ...] = ()
    required: bool = True
    prefill: Prefill | None = None

    def options(self, scale: GradingScale) -> tuple[tuple[str, str], ...]:
        """Return (value, label) pairs for closed answer types, empty for open ones."""
        if self.answer == AnswerType.GRADE:
            return tuple((grade.value, grade.label) for grade in scale.grades)
        if self.answer == AnswerType.YES_NO_NA:
            return YES_NO_NA_OPTIONS
        if self.answer == AnswerType.CHOICE:
            return tuple((choice, choice) for choice in self.choices)
        return ()


class Section(_Frozen):
    """A group of questions answered by reviewers of the listed sectors."""

    key: str
    title: str
    sectors: tuple[str, ...]
    questions: tuple[Question, ...]


class FrameworkDefinition(_Frozen):
    """A whole audit framework, as loaded from YAML and validated."""

    slug: str
    version: int = Field(ge=1)
    title: str
    description: str = ""
    grading_scale: GradingScale
    sections: tuple[Section, ...]

    def sections_for(self, sector: str) -> tuple[Section, ...]:
        """Return the sections a reviewer of this sector answers, in framework order."""
        return tuple(section for section in self.sections if sector in section.sectors)

    def questions_for(self, sector: str) -> tuple[Question, ...]:
        """Return every question a reviewer of this sector answers."""
        return tuple(q for section in self.sections_for(sector) for q in section.questions)

    def question(self, key: str) -> Question:
        """Return the question with this key (KeyError if there is none)."""
        for section in self.sections:
            for question in section.questions:
                if question.key == key:
                    return question
        raise KeyError(key)


# Sampling ---------------------------------------------------------------------------------


class SampleCandidate(_Frozen):
    """A child eligible for one stratum (local authority × sector), with a sampling weight."""

    child_id: str
    local_authority: str
    sector: str
    weight: float = Field(default=1.0, gt=0)


class SamplePlan(_Frozen):
    """How many children to draw per stratum, from which seed."""

    seed: int
    per_stratum: int = Field(ge=1)


class SampledChild(_Frozen):
    """One child drawn into the sample, with the stratum it was drawn for and its draw order."""

    child_id: str
    local_authority: str
    sector: str
    rank: int
    weight: float


class StratumSummary(_Frozen):
    """Eligible children, children newly drawn, and sampled children covering one stratum."""

    local_authority: str
    sector: str
    eligible: int
    drawn: int
    covered: int


# Allocation -------------------------------------------------------------------------------


class ChildToAllocate(_Frozen):
    """A sampled child, the sectors to review and the agencies that hold its records."""

    child_id: str
    sectors: tuple[str, ...]
    record_agencies: frozenset[str]


class ReviewerAvailable(_Frozen):
    """A reviewer who may be allocated: id, agency code and sector, and load already carried."""

    reviewer_id: int
    agency: str
    sector: str
    existing_load: int = 0


class AllocationPlan(_Frozen):
    """Seed and the share of children that get a second, blind review."""

    seed: int
    second_review_share: float = Field(default=0.2, ge=0, le=1)


Independence = Literal["independent", "own_agency"]


class Assignment(_Frozen):
    """One reviewer given one child for one sector; `own_agency` marks the fallback."""

    child_id: str
    sector: str
    reviewer_id: int
    is_second_review: bool
    independence: Independence


class Unallocated(_Frozen):
    """A child × sector (× review) that no eligible reviewer could take."""

    child_id: str
    sector: str
    is_second_review: bool
    reason: str


class AllocationResult(_Frozen):
    """Assignments made and gaps left for the coordinator."""

    assignments: tuple[Assignment, ...]
    unallocated: tuple[Unallocated, ...]


class ChildFacts(_Frozen):
    """What the records say about a child, for pre-filling answers."""

    finding_rules: frozenset[str]
    event_types: frozenset[str]


class SuggestedAnswer(_Frozen):
    """A pre-filled answer and where it came from (ids only)."""

    value: str
    source: str


__all__ = [
    "SECTORS",
    "YES_NO_NA_OPTIONS",
    "AllocationPlan",
    "AllocationResult",
    "AnswerType",
    "Assignment",
    "ChildFacts",
    "ChildToAllocate",
    "FrameworkDefinition",
    "Grade",
    "GradingScale",
    "Independence",
    "Prefill",
    "Question",
    "ReviewerAvailable",
    "SampleCandidate",
    "SamplePlan",
    "SampledChild",
    "Section",
    "StratumSummary",
    "SuggestedAnswer",
    "Unallocated",
]
