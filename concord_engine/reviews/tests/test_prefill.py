from concord_engine.contracts.reviews import AnswerType, ChildFacts, Prefill, Question
from concord_engine.reviews import suggest_answers

RETURN = Question(
    key="return_interview",
    text="Return interview?",
    answer=AnswerType.YES_NO_NA,
    prefill=Prefill(
        rule="no_return_interview",
        when_finding="no",
        trigger_events=("missing_episode", "missing_report"),
        when_no_trigger="not_applicable",
        otherwise="yes",
    ),
)
PLAIN = Question(key="voice", text="Voice?", answer=AnswerType.GRADE)


def _suggest(rules: set[str], events: set[str]) -> dict[str, tuple[str, str]]:
    facts = ChildFacts(finding_rules=frozenset(rules), event_types=frozenset(events))
    return {k: (v.value, v.source) for k, v in suggest_answers([RETURN, PLAIN], facts).items()}


def test_finding_suggests_no():
    assert _suggest({"no_return_interview"}, {"missing_episode"}) == {
        "return_interview": ("no", "finding:no_return_interview")
    }


def test_no_missing_episode_suggests_not_applicable():
    assert _suggest(set(), {"crime"}) == {"return_interview": ("not_applicable", "events:none")}


def test_missing_without_finding_suggests_yes():
    assert _suggest(set(), {"missing_report", "return_interview"}) == {
        "return_interview": ("yes", "events:missing_report")
    }
