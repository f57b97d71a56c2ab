"""Benchmark: what runs of white space cost the scanner (`scan_texts` alone, CPU seconds).

The same bench notes, written five ways, each scanned child by child as the engine scans them:
as generated (one space between words and sentences; the baseline), with two spaces after each
stop, with Windows line ends after each stop, with two spaces typed inside phrases, and with
Windows line ends inside phrases. Only the last two hold runs that split a phrase, so only they
make the scanner rescan texts; each prints its time and its ratio to the baseline, measured in
the same run, with the hits found (a phrase split by a run is still found, so the last two find
what the baseline finds).

    .venv/bin/python bench/screening/bench_white_space.py [--events 200000] [--repeats 3]
"""

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from concord_engine.screening.scanner import default_scanner

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notes import sized_run  # noqa: E402

_STOP = re.compile(r"([.!?]) ")
_INSIDE = re.compile(r"\b(herself|risk|older|into|own|new) ")

WAYS: dict[str, Callable[[str], str]] = {
    "as generated (baseline)": lambda text: text,
    "two spaces after each stop": lambda text: _STOP.sub(r"\1  ", text),
    "\\r\\n after each stop": lambda text: _STOP.sub("\\1\r\n", text),
    "two spaces inside phrases": lambda text: _INSIDE.sub(r"\1  ", text),
    "\\r\\n inside phrases": lambda text: _INSIDE.sub(r"\1 \r\n", text),
}


def scan(groups: list[list[str]], repeats: int) -> tuple[float, int]:
    """Best CPU seconds of `repeats` scans of every child's texts, and the hits found."""
    scanner = default_scanner()
    best, hits = float("inf"), 0
    for _ in range(repeats):
        start = time.process_time()
        found = [scanner.scan_texts(texts) for texts in groups]
        best = min(best, time.process_time() - start)
        hits = sum(len(entry[1]) for result in found for entry in result.values())
    return best, hits


def main() -> None:
    args, kids = sized_run()
    default_scanner().scan_texts(["warm up"])
    print(f"events: {args.events:,}  children: {len(kids):,}  best of {args.repeats}")
    base = 0.0
    for name, rewrite in WAYS.items():
        groups = [[rewrite(event.text) for event in child.events] for child in kids]
        megabytes = sum(len(text) for texts in groups for text in texts) / 1e6
        seconds, hits = scan(groups, args.repeats)
        base = base or seconds
        print(
            f"{name:28} {seconds:6.3f} s CPU  {megabytes / seconds:6.1f} MB/s  "
            f"{seconds / base:5.2f}x baseline  ({hits:,} hits)"
        )


if __name__ == "__main__":
    main()
