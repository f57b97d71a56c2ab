import pytest

from concord_engine.screening import RULES, ParameterError, resolve_parameters
from concord_engine.screening.normalise import normalise
from concord_engine.screening.scanner import default_scanner
from concord_engine.screening.tests.helpers import ev, run


def test_every_rule_has_id_title_guidance_version_severity_and_defaults():
    assert len({r.id for r in RULES}) == 8
    for rule in RULES:
        assert rule.title, rule.id
        assert rule.guidance, rule.id
        assert rule.version, rule.id
        assert rule.severity in ("high", "medium", "low")


def test_parameter_overrides_are_checked():
    assert (
        resolve_parameters({"no_return_interview": {"hours": 96}})["no_return_interview"].hours
        == 96
    )
    with pytest.raises(ParameterError, match="unknown screening rule"):
        resolve_parameters({"no_such_rule": {}})
    with pytest.raises(ParameterError, match="unknown parameter"):
        resolve_parameters({"no_return_interview": {"hourz": 1}})
    with pytest.raises(ParameterError, match="must be int"):
        resolve_parameters({"no_return_interview": {"hours": "72"}})
    with pytest.raises(ParameterError, match="must not be negative"):
        resolve_parameters({"assessment_overdue": {"working_days": -1}})


def test_normalising_keeps_every_offset():
    for text in [
        "Risk\u2011taking \u201cbehaviour\u201d",
        "\u0130stanbul put herself at risk",
        "a\tb\nc",
    ]:
        assert len(normalise(text)) == len(text)


def test_scan_finds_whole_words_only_at_their_true_offsets():
    text = "Still, she put herself at risk; sti test."
    hits = default_scanner().scan(normalise(text))
    spans = {(h.kind, text[h.start : h.end]) for h in hits}
    assert ("lang", "put herself at risk") in spans
    assert ("ind", "sti") in spans
    assert not any(text[h.start : h.end] == "sti" and h.start == 0 for h in hits)


def test_non_ascii_text_is_matched_with_offsets_in_the_original():
    text = "Zo\u00eb\u2019s worker: she keeps \u201cputting herself at risk\u201d."
    findings = run("victim_blaming_language", ev("OLDCSC", "note", "2025-03-03 10:00", text=text))
    (start, end) = findings[0].evidence[0].highlights[0]
    assert text[start:end] == "putting herself at risk"


def test_findings_have_stable_keys_across_runs():
    note = ev("OLDCSC", "note", "2025-03-03 10:00", text="She is sexually active.")
    first = run("victim_blaming_language", note)
    second = run("victim_blaming_language", note)
    assert [f.key for f in first] == [f.key for f in second]
    assert len(first[0].key) == 64
