"""Benchmark: how fast `concord synth` writes a partnership, against a bare CSV-writing baseline.

    .venv/bin/python bench/synth/run_bench.py --events 1000000

Picks the number of children for the target event count from a small pilot run, generates the
partnership into a temporary folder, then (same run) writes the same number of rows of the same
width with `csv.writer` and nothing else. Prints events/s, people/s, peak RSS and the ratio.
"""

import argparse
import csv
import resource
import shutil
import tempfile
import time
from pathlib import Path

from concord_engine.synth import generate_partnership


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _baseline(folder: Path, events: int, people: int) -> tuple[float, float]:
    """CPU and wall seconds to write the same numbers of rows with a plain csv.writer."""
    event_row = ["E0000001", "P0000001", "note", "2023-01-01T10:00", "", "", "", "", "", "PC",
                 "Home visit. Child seen in their bedroom; room clean and tidy." * 2]  # fmt: skip
    person_row = ["P0000001", "Kayleigh", "Smith", "", "2010-01-01", "F", "OL8 1AB",
                  "12 Church Road, Oldham", "", "", ""]  # fmt: skip
    cpu, start = time.process_time(), time.perf_counter()
    with (folder / "events.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for _ in range(events):
            writer.writerow(event_row)
    with (folder / "people.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for _ in range(people):
            writer.writerow(person_row)
    return time.process_time() - cpu, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000, help="target number of events")
    parser.add_argument("--events-per-child", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="concord-synth-bench-"))
    try:
        pilot = generate_partnership(work / "pilot", 2000, args.seed,
                                     events_per_child=args.events_per_child)  # fmt: skip
        per_child = pilot.events / pilot.children
        children = max(1, round(args.events / per_child))
        cpu0, wall0 = time.process_time(), time.perf_counter()
        summary = generate_partnership(work / "run", children, args.seed,
                                       events_per_child=args.events_per_child)  # fmt: skip
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        size = sum(p.stat().st_size for p in (work / "run").rglob("*") if p.is_file())
        base_dir = work / "baseline"
        base_dir.mkdir()
        base_cpu, base_wall = _baseline(base_dir, summary.events, summary.person_records)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    n = summary.children
    lines = [
        f"children            {n:>12,}",
        f"events              {summary.events:>12,}  ({summary.events / n:.2f} per child)",
        f"person records      {summary.person_records:>12,}  "
        f"({summary.person_records / n:.2f} per child, adults included)",
        f"true findings       {summary.findings:>12,}",
        f"output size         {size / 1e6:>12,.1f} MB",
        f"time                {cpu:>12.1f} s cpu   ({wall:.1f} s wall)",
        f"events per second   {summary.events / cpu:>12,.0f}  per CPU second "
        f"({summary.events / wall:,.0f} per wall second)",
        f"peak RSS            {_peak_rss_mb():>12,.0f} MB",
        f"baseline csv.writer {base_cpu:>12.1f} s cpu   ({base_wall:.1f} s wall): same rows, "
        "no generation",
        f"ratio to baseline   {cpu / base_cpu:>12.1f} x cpu   ({wall / base_wall:.1f} x wall)",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
