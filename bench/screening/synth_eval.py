"""Precision and recall of each screening rule against a synthetic partnership's truth.

    .venv/bin/concord synth --out /tmp/p --children 2000 --seed 4
    .venv/bin/python bench/screening/synth_eval.py /tmp/p [RULE]

With a RULE, also prints that rule's findings (FOUND, or FALSE when no true finding shares an
event) and the true findings it missed (MISS), with their events. Works on any partnership
folder, including `--phrasing holdout` ones (read the holdout's figures, not its misses, if you
are tuning: it is the blind test).
"""

import csv
import sys
from pathlib import Path

from concord_engine.contracts.screening import FindingOut, ScreenChild
from concord_engine.screening.synth_check import score_partnership


def _events(child: ScreenChild, labels: set[str]) -> None:
    for e in sorted(child.events, key=lambda e: e.occurred_at):
        if f"{e.agency}:{e.source_id}" in labels:
            print("   ", e.agency, e.source_id, e.type, e.occurred_at, e.code, e.text[:300])


def _show(
    root: Path,
    show: str,
    predicted: dict[tuple[str, str], list[FindingOut]],
    children: list[ScreenChild],
) -> None:
    truth: dict[str, list[set[str]]] = {}
    with (root / "truth" / "findings.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["rule"] == show:
                truth.setdefault(row["child_key"], []).append(set(row["evidence"].split(";")))
    by_child = {c.child_id: c for c in children}
    for (child, rule), found in predicted.items():
        if rule == show:
            for f in found:
                labels = {f"{e.agency}:{e.source_id}" for e in f.evidence}
                right = any(labels & t for t in truth.get(child, []))
                print("FOUND" if right else "FALSE", child, f.summary)
                _events(by_child[child], labels)
    for child, sets in truth.items():
        for labels in sets:
            found_labels = [
                {f"{e.agency}:{e.source_id}" for e in f.evidence}
                for f in predicted.get((child, show), [])
            ]
            if not any(labels & f for f in found_labels):
                print("MISS", child)
                _events(by_child[child], labels)


def main(root: Path, show: str = "") -> None:
    scores, predicted, children = score_partnership(root)
    print(f"{len(children):,} children, {sum(len(c.events) for c in children):,} events")
    print(f"{'rule':36} {'truth':>6} {'found':>6} {'right':>6} {'precision':>9} {'recall':>7}")
    for s in scores:
        precision = f"{s.precision:.2f}" if s.precision is not None else "-"
        recall = f"{s.recall:.2f}" if s.recall is not None else "-"
        print(f"{s.rule:36} {s.truth:6} {s.found:6} {s.right:6} {precision:>9} {recall:>7}")
    if show:
        _show(root, show, predicted, children)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
