"""The phrase banks are wide enough that no single template decides what a rule can see."""

from concord_engine.synth.texts.indicators import DISCLOSURE_TEXT, INDICATOR_TEXT
from concord_engine.synth.texts.language import BLAMING, HARD_NEGATIVE, HARD_NEGATIVE_16_PLUS

# language.md §3 and its "Do not flag" table.
CONTEXTS = {
    "child_quoted", "parent_quoted", "suspect_quoted", "negation", "risk_assessment",
    "peer_boyfriend", "offence_name", "legacy_title", "vulnerable", "consent_other",
    "ordinary_choice", "service_engagement",
}  # fmt: skip


def test_every_blaming_family_of_language_md_is_planted():
    assert set(BLAMING) == set(range(1, 23))
    assert sum(len(v) for v in BLAMING.values()) >= 60


def test_every_hard_negative_context_is_planted():
    assert set(HARD_NEGATIVE) == CONTEXTS
    assert HARD_NEGATIVE_16_PLUS


def test_disclosures_and_indicators_have_many_phrasings():
    assert len(set(DISCLOSURE_TEXT)) >= 15
    for kind, phrasings in INDICATOR_TEXT.items():
        assert len(set(phrasings)) >= 8, kind


def test_templates_fill_without_unknown_keys(partnership):
    texts = [e["text"] for events in partnership.events.values() for e in events]
    assert not [t for t in texts if "{" in t or "}" in t]
