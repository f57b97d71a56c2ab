"""Benchmark (a): the screening engine alone, texts in memory to findings in memory, against a
bare Aho-Corasick scan of the same texts over the same language lexicon; plus linear scaling of
the non-language rules over two sizes.

The baseline is pyahocorasick (issue 5 allows it). The engine itself scans with
`ahocorasick_rs` (ADR 0052, sixth round), so the same bare scan with that library is printed
too, and with Hyperscan, the baseline the issue names first; each with the engine's ratio.

    .venv/bin/python bench/screening/bench_engine.py [--events 1000000]
"""

import argparse
import sys
import time
from pathlib import Path

import ahocorasick
import ahocorasick_rs

from concord_engine.contracts.screening import ScreenChild
from concord_engine.screening import RULES, Rule, language_lexicon, resolve_parameters
from concord_engine.screening.engine import screen_child
from concord_engine.screening.tests.helpers import LATER

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notes import children  # noqa: E402


def _phrases() -> list[str]:
    """The language lexicon's expanded phrases: what every bare scan looks for."""
    return [phrase for family in language_lexicon().families for phrase in family.phrases]


def bare_scan(texts: list[str]) -> tuple[float, int]:
    """CPU seconds for a plain scan (lower-case, then Aho-Corasick) of every text."""
    automaton = ahocorasick.Automaton()
    for phrase in _phrases():
        automaton.add_word(phrase, phrase)
    automaton.make_automaton()
    hits = 0
    start = time.process_time()
    for text in texts:
        for _ in automaton.iter(text.lower()):
            hits += 1
    return time.process_time() - start, hits


def bare_scan_rs(texts: list[str]) -> tuple[float, int]:
    """The same bare scan with the engine's library: lower-case, then `ahocorasick_rs` (a DFA, as
    in the engine) over the same phrases, every overlapping match."""
    phrases = _phrases()
    automaton = ahocorasick_rs.AhoCorasick(
        phrases, implementation=ahocorasick_rs.Implementation.DFA
    )
    find = automaton.find_matches_as_indexes
    hits = 0
    start = time.process_time()
    for text in texts:
        hits += len(find(text.lower(), overlapping=True))
    return time.process_time() - start, hits


def bare_scan_hs(texts: list[str]) -> tuple[float, int] | None:
    """The same bare scan with Hyperscan, the baseline the issue names first: lower-case, then
    every match of the same phrases as literals (block mode, one scan per text). None where
    Hyperscan is not installed (its wheels are for x86-64 only)."""
    try:
        import hyperscan
    except ImportError:
        return None
    phrases = _phrases()
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[phrase.encode() for phrase in phrases],
        ids=list(range(len(phrases))),
        flags=[0] * len(phrases),
        literal=True,
    )
    scratch = hyperscan.Scratch(database)
    hits = [0]

    def count(*_match: object) -> None:
        hits[0] += 1

    start = time.process_time()
    for text in texts:
        database.scan(text.lower().encode(), match_event_handler=count, scratch=scratch)
    return time.process_time() - start, hits[0]


def engine(kids: list[ScreenChild], rules: tuple[Rule, ...] = RULES) -> tuple[float, int]:
    """CPU seconds for the engine over these children, and the findings it made."""
    params = resolve_parameters()
    found = 0
    start = time.process_time()
    for child in kids:
        found += len(screen_child(child, parameters=params, as_of=LATER, rules=rules))
    return time.process_time() - start, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--signal-rate", type=float, default=0.02)
    args = parser.parse_args()
    kids = children(args.events, signal_rate=args.signal_rate)
    texts = [e.text for c in kids for e in c.events]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(
        f"events: {len(texts):,}  text: {mb:.1f} MB  children: {len(kids):,}  "
        f"signal sentences: {args.signal_rate:.0%}"
    )
    engine(kids[:5])  # build the automaton and caches outside the timing
    bare_s, hits = bare_scan(texts)
    engine_s, findings = engine(kids)
    bare_rate, engine_rate = mb / bare_s, mb / engine_s
    print(f"(a) bare scan: {bare_s:7.2f} s CPU {bare_rate:7.1f} MB/s per core ({hits:,} hits)")
    print(
        f"(a) engine:    {engine_s:7.2f} s CPU {engine_rate:7.1f} MB/s per core "
        f"({findings:,} findings)"
    )
    print(f"(a) ratio engine/bare: {engine_rate / bare_rate:.2f} (target >= 0.5)")
    rs_s, rs_hits = bare_scan_rs(texts)
    rs_rate = mb / rs_s
    print(
        f"(a) bare scan, engine's library (ahocorasick_rs): {rs_s:7.2f} s CPU {rs_rate:7.1f} "
        f"MB/s per core ({rs_hits:,} hits); ratio engine/that: {engine_rate / rs_rate:.2f}"
    )
    hyperscan_scan = bare_scan_hs(texts)
    if hyperscan_scan is None:
        print("(a) bare scan, Hyperscan: not installed on this platform")
    else:
        hs_s, hs_hits = hyperscan_scan
        hs_rate = mb / hs_s
        print(
            f"(a) bare scan, Hyperscan: {hs_s:7.2f} s CPU {hs_rate:7.1f} MB/s per core "
            f"({hs_hits:,} hits); ratio engine/that: {engine_rate / hs_rate:.2f}"
        )
    language = tuple(r for r in RULES if r.id == "victim_blaming_language")
    text_s, text_findings = engine(kids, language)
    print(
        f"(a') analysis + language rule only: {text_s:7.2f} s CPU {mb / text_s:7.1f} MB/s per "
        f"core ({text_findings:,} findings), ratio {(mb / text_s) / bare_rate:.2f}"
    )
    others = tuple(r for r in RULES if r.id != "victim_blaming_language")
    quarter = kids[: len(kids) // 4]
    small_s, _ = engine(quarter, others)
    full_s, _ = engine(kids, others)
    small_n = sum(len(c.events) for c in quarter)
    full_n = len(texts)
    print(f"non-language rules: {small_n:,} events {small_s:.2f} s "
          f"({small_s / small_n * 1e6:.1f} us/event); {full_n:,} events {full_s:.2f} s "
          f"({full_s / full_n * 1e6:.1f} us/event); {full_s / small_s:.2f}x time for "
          f"{full_n / small_n:.0f}x events")  # fmt: skip


if __name__ == "__main__":
    main()
