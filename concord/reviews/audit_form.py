"""Build the audit page's questions from the framework and read the posted answers back."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.http import QueryDict

from concord.screening.models import Finding
from concord_engine.contracts.reviews import AnswerType, FrameworkDefinition, Question

from .models import Answer, Audit
from .services import AuditInput
from .services.audits import LEARNING_FIELDS


@dataclass(frozen=True)
class QuestionRow:
    """One question as the template shows it."""

    question: Question
    options: tuple[tuple[str, str], ...]
    value: str
    rationale: str
    suggested_value: str
    suggested_label: str
    suggested_source: str
    error: str

    @property
    def input_type(self) -> str:
        return {AnswerType.NUMBER: "number", AnswerType.DATE: "date"}.get(
            self.question.answer, "text"
        )

    @property
    def wants_rationale(self) -> bool:
        return self.question.answer == AnswerType.GRADE


@dataclass(frozen=True)
class SectionRows:
    title: str
    rows: tuple[QuestionRow, ...]


def audit_input_from_post(
    post: QueryDict, definition: FrameworkDefinition, sector: str, findings: list[Finding]
) -> AuditInput:
    """Read answers, rationales, learning and finding verdicts from a posted audit form."""
    keys = [q.key for q in definition.questions_for(sector)]
    return AuditInput(
        values={k: post.get(f"q-{k}", "") for k in keys},
        rationales={k: post.get(f"r-{k}", "") for k in keys},
        learning={name: post.get(name, "") for name in LEARNING_FIELDS},
        finding_verdicts={f.pk: post.get(f"f-{f.pk}", "") for f in findings},
    )


def audit_sections(
    *,
    audit: Audit,
    definition: FrameworkDefinition,
    problems: Mapping[str, str],
    posted: AuditInput | None = None,
) -> list[SectionRows]:
    """Lay out the reviewer's sections; a suggestion is the starting value until answered."""
    answers: dict[str, Answer] = {a.question_key: a for a in audit.answers.all()}
    sections = []
    for section in definition.sections_for(audit.allocation.sector):
        rows = []
        for question in section.questions:
            options = question.options(definition.grading_scale)
            stored = answers.get(question.key)
            suggested = stored.suggested_value if stored else ""
            if posted is not None:
                value = posted.values.get(question.key, "")
                rationale = posted.rationales.get(question.key, "")
            else:
                value = (stored.value if stored else "") or suggested
                rationale = stored.rationale if stored else ""
            rows.append(
                QuestionRow(
                    question=question,
                    options=options,
                    value=value,
                    rationale=rationale,
                    suggested_value=suggested,
                    suggested_label=dict(options).get(suggested, suggested),
                    suggested_source=stored.suggested_source if stored else "",
                    error=problems.get(question.key, ""),
                )
            )
        sections.append(SectionRows(section.title, tuple(rows)))
    return sections
