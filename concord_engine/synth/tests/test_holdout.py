"""Held-out phrasing: the same planted cases and truth, in wording the default data never uses."""

import csv
from collections import defaultdict

from concord_engine.synth import generate_partnership
from concord_engine.synth.texts.holdout import HOLDOUT_DISCLOSURES
from concord_engine.synth.texts.indicators import DISCLOSURE_TEXT


def _rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_holdout_banks_share_no_template_with_the_default():
    assert not set(HOLDOUT_DISCLOSURES) & set(DISCLOSURE_TEXT)


def test_holdout_partnership_keeps_its_truth_and_uses_other_words(tmp_path):
    generate_partnership(tmp_path, 200, seed=3, events_per_child=6, holdout_phrasing=True)
    findings = defaultdict(list)
    for row in _rows(tmp_path / "truth" / "findings.csv"):
        findings[(row["child_key"], row["rule"])].append(set(row["evidence"].split(";")))
    for row in _rows(tmp_path / "truth" / "scenarios.csv"):
        planted = set(row["evidence"].split(";"))
        met = any(planted & f for f in findings[(row["child_key"], row["rule"])])
        assert met is (row["expected"] == "finding"), row
    police = " ".join(r["text"] for r in _rows(tmp_path / "GMP" / "events.csv"))
    assert "disclosed last night" not in police  # a default disclosure phrase
    assert any(
        marker in police for marker in ("Childline", "lodger", "diary", "back room", "oral sex")
    )
