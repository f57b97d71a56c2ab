"""Score Concord's exports against a synthetic partnership's truth.

`score_links` compares `concord export links` (agency, person_id, child_id, ...) with
truth/people.csv pairwise; `score_findings` compares `concord export findings` (child_id, rule,
severity, evidence, summary) with truth/findings.csv, matching a finding to a true one of the
same rule when their evidence shares an event (Concord's child ids need not match our keys).
"""

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one rule (or for linkage pairs): how many of each side match the other."""

    truth: int
    found: int
    truth_matched: int
    found_matched: int

    @property
    def precision(self) -> float:
        """Share of what was found that is true (1.0 when nothing was found)."""
        return self.found_matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of the truth that was found (1.0 when there was nothing to find)."""
        return self.truth_matched / self.truth if self.truth else 1.0


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def score_links(synth: Path, links_csv: Path) -> Score:
    """Pairwise precision and recall of linked children against the true people."""
    truth = {
        (r["agency"], r["person_id"]): r["child_key"] for r in _rows(synth / "truth/people.csv")
    }
    together: Counter[tuple[str, str]] = Counter()
    clusters: Counter[str] = Counter()
    people_of: Counter[str] = Counter()  # only the records the export holds
    for row in _rows(links_csv):
        key = truth.get((row["agency"], row["person_id"]))
        if key is None:
            continue
        clusters[row["child_id"]] += 1
        people_of[key] += 1
        together[(row["child_id"], key)] += 1
    true_pairs = _pairs(people_of.values())
    both = _pairs(together.values())
    return Score(true_pairs, _pairs(clusters.values()), both, both)


def score_findings(synth: Path, findings_csv: Path) -> dict[str, Score]:
    """Per rule: true findings, exported findings, and exported findings that match a true one."""
    truth: dict[str, list[set[str]]] = defaultdict(list)
    for row in _rows(synth / "truth" / "findings.csv"):
        truth[row["rule"]].append(set(row["evidence"].split(";")))
    found: dict[str, list[set[str]]] = defaultdict(list)
    for row in _rows(findings_csv):
        found[row["rule"]].append(set(filter(None, row["evidence"].split(";"))))
    scores = {}
    for rule in sorted(set(truth) | set(found)):
        truth_matched = sum(1 for t in truth[rule] if any(t & f for f in found[rule]))
        found_matched = sum(1 for f in found[rule] if any(f & t for t in truth[rule]))
        scores[rule] = Score(len(truth[rule]), len(found[rule]), truth_matched, found_matched)
    return scores
