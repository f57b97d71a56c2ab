"""Parse and validate an audit framework written in YAML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from concord_engine.contracts.reviews import (
    AnswerType,
    FrameworkDefinition,
    Grade,
    GradingScale,
    Prefill,
    Question,
    Section,
)
from concord_engine.exceptions import ConcordEngineError

from .framework_schema import FRAMEWORK_SCHEMA
from .yaml_marks import Path, YamlSyntaxError, load_with_marks, mark_for

DEFAULT_GRADES: tuple[tuple[str, str], ...] = (
    ("outstanding", "Outstanding"),
    ("good", "Good"),
    ("requires_improvement", "Requires improvement"),
    ("inadequate", "Inadequate"),
)
_CLOSED = {AnswerType.GRADE, AnswerType.YES_NO_NA, AnswerType.CHOICE}
_VALIDATOR = Draft202012Validator(FRAMEWORK_SCHEMA)


class FrameworkError(ConcordEngineError):
    """A framework file is invalid; `problems` lists each as `file:line:column: field: reason`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems")
        self.problems = problems


def field_name(path: Path) -> str:
    """Render a data path as `sections[0].questions[2].answer`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(document)"


def _schema_problems(data: Any) -> Iterator[tuple[Path, str]]:
    for error in sorted(_VALIDATOR.iter_errors(data), key=lambda e: list(map(str, e.path))):
        path: Path = tuple(error.absolute_path)
        reason = error.message
        if error.validator == "additionalProperties":
            reason = f"unknown field ({error.message.split('(')[-1].rstrip(')')})"
        yield path, reason


def _scale(data: dict[str, Any]) -> GradingScale:
    raw = data.get("grading_scale") or {}
    pairs = [(g["value"], g["label"]) for g in raw.get("grades", [])] or list(DEFAULT_GRADES)
    grades = tuple(Grade(value=v, label=label, rank=i + 1) for i, (v, label) in enumerate(pairs))
    return GradingScale(grades=grades, rationale_required=raw.get("rationale_required", True))


def _question_problems(
    question: dict[str, Any], path: Path, scale: GradingScale
) -> Iterator[tuple[Path, str]]:
    answer = AnswerType(question["answer"])
    if answer == AnswerType.CHOICE and "choices" not in question:
        yield (*path, "answer"), "a choice question needs 'choices'"
    if answer != AnswerType.CHOICE and "choices" in question:
        yield (*path, "choices"), f"'choices' is only for choice questions, not {answer}"
    prefill = question.get("prefill")
    if prefill is None:
        return
    if answer not in _CLOSED:
        yield (*path, "prefill"), f"only grade, yes_no_na and choice can be pre-filled: {answer}"
        return
    model = Question(
        key=question["id"],
        text=question["text"],
        answer=answer,
        choices=question.get("choices", ()),
    )
    allowed = {value for value, _ in model.options(scale)}
    for field in ("when_finding", "when_no_trigger", "otherwise"):
        value = prefill.get(field)
        if value is not None and value not in allowed:
            yield (*path, "prefill", field), f"'{value}' is not one of {sorted(allowed)}"


def _semantic_problems(data: dict[str, Any], scale: GradingScale) -> Iterator[tuple[Path, str]]:
    values = [grade.value for grade in scale.grades]
    if len(set(values)) != len(values):
        yield ("grading_scale", "grades"), "grade values must be unique"
    seen_sections: set[str] = set()
    seen_questions: set[str] = set()
    for s_index, section in enumerate(data["sections"]):
        if section["id"] in seen_sections:
            yield ("sections", s_index, "id"), f"duplicate section id '{section['id']}'"
        seen_sections.add(section["id"])
        for q_index, question in enumerate(section["questions"]):
            path: Path = ("sections", s_index, "questions", q_index)
            if question["id"] in seen_questions:
                yield (*path, "id"), f"duplicate question id '{question['id']}'"
            seen_questions.add(question["id"])
            yield from _question_problems(question, path, scale)


def _definition(data: dict[str, Any], scale: GradingScale) -> FrameworkDefinition:
    sections = tuple(
        Section(
            key=section["id"],
            title=section["title"],
            sectors=tuple(section["sectors"]),
            questions=tuple(
                Question(
                    key=q["id"],
                    text=q["text"],
                    guidance=q.get("guidance", ""),
                    answer=AnswerType(q["answer"]),
                    choices=tuple(q.get("choices", ())),
                    required=q.get("required", True),
                    prefill=Prefill(**q["prefill"]) if "prefill" in q else None,
                )
                for q in section["questions"]
            ),
        )
        for section in data["sections"]
    )
    return FrameworkDefinition(
        slug=data["framework"],
        version=data["version"],
        title=data["title"],
        description=data.get("description", ""),
        grading_scale=scale,
        sections=sections,
    )


def parse_framework(text: str, *, source: str) -> FrameworkDefinition:
    """Parse YAML text into a validated framework.

    Args:
        text: the YAML document.
        source: the file name to use in error messages.

    Returns:
        The framework definition.

    Raises:
        FrameworkError: listing every problem as `source:line:column: field: reason`.
    """
    try:
        data, marks = load_with_marks(text)
    except YamlSyntaxError as error:
        raise FrameworkError(
            [f"{source}:{error.mark.line}:{error.mark.column}: {error.reason}"]
        ) from None

    def render(problems: list[tuple[Path, str]]) -> list[str]:
        out = []
        for path, reason in problems:
            mark = mark_for(path, marks)
            out.append(f"{source}:{mark.line}:{mark.column}: {field_name(path)}: {reason}")
        return out

    problems = list(_schema_problems(data))
    if problems:
        raise FrameworkError(render(problems))
    scale = _scale(data)
    problems = list(_semantic_problems(data, scale))
    if problems:
        raise FrameworkError(render(problems))
    return _definition(data, scale)
