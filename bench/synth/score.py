"""Score `concord export` files against a synthetic partnership's truth folder.

concord synth --out /tmp/gm --children 2000 --seed 1
concord import /tmp/gm/GMP /tmp/gm/LA-* /tmp/gm/NHS-GM /tmp/gm/EDU-*
concord link && concord screen
concord export links --output /tmp/links.csv
concord export findings --output /tmp/findings.csv
.venv/bin/python bench/synth/score.py /tmp/gm --links /tmp/links.csv --findings /tmp/findings.csv
"""

import argparse
from pathlib import Path

from concord_engine.synth.score import score_findings, score_links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("synth", type=Path, help="the folder `concord synth` wrote")
    parser.add_argument("--links", type=Path)
    parser.add_argument("--findings", type=Path)
    args = parser.parse_args()
    if args.links:
        s = score_links(args.synth, args.links)
        print(f"linkage pairs: truth {s.truth:,}  found {s.found:,}  "
              f"precision {s.precision:.3f}  recall {s.recall:.3f}")  # fmt: skip
    if args.findings:
        print(f"{'rule':36} {'truth':>6} {'found':>6} {'precision':>9} {'recall':>7}")
        for rule, s in score_findings(args.synth, args.findings).items():
            print(f"{rule:36} {s.truth:6} {s.found:6} {s.precision:9.3f} {s.recall:7.3f}")


if __name__ == "__main__":
    main()
