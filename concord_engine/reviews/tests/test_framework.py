from pathlib import Path

import pytest

from concord_engine.contracts.reviews import AnswerType
from concord_engine.reviews import FrameworkError, parse_framework

DEFAULT = Path(__file__).parents[3] / "concord" / "frameworks" / "data" / "cse-multi-agency-v1.yaml"

MINIMAL = """\
framework: mini
version: 2
title: Mini
sections:
  - id: core
    title: Core
    sectors: [police, health]
    questions:
      - id: q1
        text: How good?
        answer: grade
      - id: q2
        text: Which?
        answer: choice
        choices: [A, B]
"""


def _problems(text: str) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, source="f.yaml")
    return caught.value.problems


def test_default_framework_has_common_core_and_sector_sections():
    definition = parse_framework(DEFAULT.read_text(), source=DEFAULT.name)
    core = definition.sections[0]
    assert set(core.sectors) >= {"police", "social_care", "health"}
    keys = {q.key for q in core.questions}
    assert {
        "recognition_of_risk",
        "voice_of_child",
        "return_interview",
        "outcome_for_child",
    } <= keys
    assert [s.key for s in definition.sections_for("police")] == ["core", "police"]
    assert [g.label for g in definition.grading_scale.grades] == [
        "Outstanding",
        "Good",
        "Requires improvement",
        "Inadequate",
    ]
    assert definition.grading_scale.rationale_required is True


def test_minimal_framework_gets_the_default_scale():
    definition = parse_framework(MINIMAL, source="f.yaml")
    assert definition.version == 2
    assert definition.question("q2").answer == AnswerType.CHOICE
    assert definition.grading_scale.grades[0].value == "outstanding"


def test_unknown_field_names_line_and_field():
    text = MINIMAL.replace(
        "        answer: grade\n", "        answer: grade\n        colour: red\n"
    )
    assert _problems(text) == [
        "f.yaml:9:9: sections[0].questions[0]: unknown field ('colour' was unexpected)"
    ]


def test_bad_answer_type_names_line_and_field():
    problems = _problems(MINIMAL.replace("answer: grade", "answer: stars"))
    assert len(problems) == 1
    assert problems[0].startswith("f.yaml:11:17: sections[0].questions[0].answer: 'stars' is not")


def test_choice_without_choices_and_duplicate_ids_are_errors():
    text = MINIMAL.replace("        choices: [A, B]\n", "").replace("id: q2", "id: q1")
    assert _problems(text) == [
        "f.yaml:12:13: sections[0].questions[1].id: duplicate question id 'q1'",
        "f.yaml:14:17: sections[0].questions[1].answer: a choice question needs 'choices'",
    ]


def test_prefill_value_must_be_an_option():
    text = MINIMAL.replace(
        "        answer: grade\n",
        "        answer: yes_no_na\n        prefill: {rule: r1, when_finding: maybe}\n",
    )
    problems = _problems(text)
    assert problems == [
        "f.yaml:12:43: sections[0].questions[0].prefill.when_finding: "
        "'maybe' is not one of ['no', 'not_applicable', 'yes']"
    ]


def test_yaml_syntax_error_names_line_and_column():
    problems = _problems("framework: x\nversion: [1\n")
    assert len(problems) == 1
    assert problems[0].startswith("f.yaml:3:1: ")


def test_missing_required_field_is_reported_at_the_document():
    problems = _problems("framework: x\nversion: 1\nsections: []\n")
    assert "f.yaml:1:1: (document): 'title' is a required property" in problems
    assert any(p.startswith("f.yaml:3:11: sections: ") for p in problems)
