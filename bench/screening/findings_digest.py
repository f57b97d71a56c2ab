"""A digest of everything the engine finds, to show that a speed change detects the same things.

    .venv/bin/python bench/screening/findings_digest.py --events 200000 [--signal-rate 0.02]
    .venv/bin/python bench/screening/findings_digest.py --partnership /tmp/s2/h5
    ... [--dump findings.txt]   # one line per finding, for a diff when digests differ

Every field of every finding counts, in the order the engine returns them: child, rule, version,
severity, key, summary, parameters, detail, and each evidence event with its highlights. Two runs
print the same digest only if they produced the same findings.
"""

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from concord_engine.contracts.screening import FindingOut, ScreenChild
from concord_engine.screening import resolve_parameters, screen_child
from concord_engine.screening.synth_check import read_partnership
from concord_engine.screening.tests.helpers import LATER

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notes import children  # noqa: E402


def finding_line(finding: FindingOut) -> str:
    """Every field of a finding as one canonical JSON line."""
    return json.dumps(
        {
            "child": finding.child_id,
            "rule": finding.rule,
            "version": finding.rule_version,
            "severity": finding.severity,
            "key": finding.key,
            "summary": finding.summary,
            "parameters": finding.parameters,
            "detail": finding.detail,
            "evidence": [
                [e.event_ref, e.agency, e.source_id, e.occurred_at.isoformat(), e.highlights]
                for e in finding.evidence
            ],
        },
        sort_keys=True,
        default=str,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--signal-rate", type=float, default=0.02)
    parser.add_argument("--partnership", type=Path, help="a `concord synth` folder instead")
    parser.add_argument("--dump", type=Path, help="write one line per finding here")
    args = parser.parse_args()
    kids: list[ScreenChild]
    if args.partnership:
        kids, as_of = read_partnership(args.partnership)
    else:
        kids, as_of = children(args.events, signal_rate=args.signal_rate), LATER
    params = resolve_parameters()
    digest = hashlib.sha256()
    rules: Counter[str] = Counter()
    lines = []
    for child in kids:
        for finding in screen_child(child, parameters=params, as_of=as_of):
            line = finding_line(finding)
            digest.update(line.encode())
            digest.update(b"\n")
            rules[finding.rule] += 1
            if args.dump:
                lines.append(line)
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"children: {len(kids):,}  findings: {rules.total():,}  digest: {digest.hexdigest()}")
    for rule, n in sorted(rules.items()):
        print(f"  {rule:36} {n:7,}")


if __name__ == "__main__":
    main()
