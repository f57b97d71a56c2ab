"""Suggest answers from what the records say, for the reviewer to confirm or correct."""

from __future__ import annotations

from collections.abc import Iterable

from concord_engine.contracts.reviews import ChildFacts, Question, SuggestedAnswer


def suggest_answers(questions: Iterable[Question], facts: ChildFacts) -> dict[str, SuggestedAnswer]:
    """Return a suggested answer per question that has a pre-fill rule and a suggestion.

    A finding of the question's rule gives `when_finding` (source `finding:<rule>`); no trigger
    event gives `when_no_trigger` (source `events:none`); otherwise `otherwise` (source
    `events:<types>`). Questions without a pre-fill rule, or whose rule gives None, are left out.
    """
    suggestions: dict[str, SuggestedAnswer] = {}
    for question in questions:
        prefill = question.prefill
        if prefill is None:
            continue
        if prefill.rule in facts.finding_rules:
            suggestions[question.key] = SuggestedAnswer(
                value=prefill.when_finding, source=f"finding:{prefill.rule}"
            )
            continue
        triggers = set(prefill.trigger_events)
        if triggers and not triggers & facts.event_types:
            if prefill.when_no_trigger is not None:
                suggestions[question.key] = SuggestedAnswer(
                    value=prefill.when_no_trigger, source="events:none"
                )
            continue
        if prefill.otherwise is not None:
            present = ",".join(sorted(triggers & facts.event_types)) or "screened"
            suggestions[question.key] = SuggestedAnswer(
                value=prefill.otherwise, source=f"events:{present}"
            )
    return suggestions
