"""Scoring exports against the truth: perfect exports score 1, damaged ones less."""

import csv

import pytest

from concord_engine.synth.score import score_findings, score_links


def _write(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _truth_people(partnership):
    return [(r["agency"], r["person_id"], r["child_key"]) for r in partnership.truth_people]


def test_perfect_links_score_one(partnership, tmp_path):
    rows = [(a, p, key, "1.0") for a, p, key in _truth_people(partnership)]
    links = _write(
        tmp_path / "links.csv", ("agency", "person_id", "child_id", "match_probability"), rows
    )  # noqa: E501
    score = score_links(partnership.root, links)
    assert score.precision == 1.0
    assert score.recall == 1.0
    assert score.truth > 0


def test_one_big_cluster_has_full_recall_and_poor_precision(partnership, tmp_path):
    rows = [(a, p, "everyone", "1.0") for a, p, _key in _truth_people(partnership)]
    links = _write(
        tmp_path / "links.csv", ("agency", "person_id", "child_id", "match_probability"), rows
    )  # noqa: E501
    score = score_links(partnership.root, links)
    assert score.recall == 1.0
    assert score.precision < 0.01


def test_findings_score_by_shared_evidence(partnership, tmp_path):
    header = ("child_id", "rule", "severity", "evidence", "summary")
    truth = partnership.findings
    rows = [("X" + r["child_key"], r["rule"], "high", r["evidence"], "") for r in truth]
    perfect = score_findings(partnership.root, _write(tmp_path / "a.csv", header, rows))
    assert all(s.precision == 1.0 and s.recall == 1.0 for s in perfect.values())
    damaged = rows[1:] + [("X", rows[0][1], "high", "GMP:no-such-event", "")]
    scores = score_findings(partnership.root, _write(tmp_path / "b.csv", header, damaged))
    rule = rows[0][1]
    assert scores[rule].recall == pytest.approx((scores[rule].truth - 1) / scores[rule].truth)
    assert scores[rule].precision < 1.0
