"""Benchmark: what reading notes through HTML markup costs the engine (CPU seconds).

The same bench notes screened four ways, child by child as `concord screen` screens them: as
generated (plain text; the baseline), with one note in a hundred exported as rich text, with
every note so exported, and with every note led by a sentence with a plain "&" ("Mum & dad
seen.") and, to compare it with, by the same sentence with "and".
A note exported as rich text is HTML-escaped (so each apostrophe is `&#x27;`), with its line
breaks as `<br>`, in `<p><span>...</span></p>`. Each way prints its best time (the ways take
turns, so that a slow spell of a shared machine falls on all of them) and its ratio to the
baseline measured in the same run, with the findings made: markup changes no finding, so every
way makes the baseline's findings.

    .venv/bin/python bench/screening/bench_markup.py [--events 200000] [--repeats 5]
"""

import html
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from concord_engine.contracts.screening import ScreenChild
from concord_engine.screening import resolve_parameters
from concord_engine.screening.engine import screen_child
from concord_engine.screening.tests.helpers import LATER

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notes import sized_run  # noqa: E402


def as_html(text: str) -> str:
    """A note as a rich-text export writes it."""
    return f"<p><span>{html.escape(text).replace(chr(10), '<br>')}</span></p>"


def every(rewrite: Callable[[str], str]) -> Callable[[int, str], str]:
    return lambda _, text: rewrite(text)


WAYS: dict[str, Callable[[int, str], str]] = {
    "as generated (baseline)": every(lambda text: text),
    "1 note in 100 as rich text": lambda at, text: as_html(text) if at % 100 == 0 else text,
    "every note as rich text": every(as_html),
    'every note led by "Mum and dad seen. "': every(lambda text: f"Mum and dad seen. {text}"),
    'every note led by "Mum & dad seen. "': every(lambda text: f"Mum & dad seen. {text}"),
}


def written_as(kids: list[ScreenChild], rewrite: Callable[[int, str], str]) -> list[ScreenChild]:
    """The children with each note's text rewritten (`rewrite(note's number, text)`)."""
    out = []
    number = 0
    for kid in kids:
        events = []
        for event in kid.events:
            events.append(replace(event, text=rewrite(number, event.text)))
            number += 1
        out.append(replace(kid, events=tuple(events)))
    return out


def screen(kids: list[ScreenChild]) -> tuple[float, int]:
    """CPU seconds of a screen of every child, and the findings made."""
    params = resolve_parameters()
    start = time.process_time()
    found = sum(len(screen_child(kid, parameters=params, as_of=LATER)) for kid in kids)
    return time.process_time() - start, found


def main() -> None:
    args, kids = sized_run(default_repeats=5)
    screen(kids[:5])  # build the automaton and caches outside the timing
    print(f"events: {args.events:,}  children: {len(kids):,}  best of {args.repeats}, interleaved")
    ways = {name: written_as(kids, rewrite) for name, rewrite in WAYS.items()}
    best = dict.fromkeys(ways, float("inf"))
    found = dict.fromkeys(ways, 0)
    for _ in range(args.repeats):  # each way in turn, so that a slow spell is shared
        for name, written in ways.items():
            seconds, found[name] = screen(written)
            best[name] = min(best[name], seconds)
    base = best[next(iter(ways))]
    for name, written in ways.items():
        megabytes = sum(len(e.text) for kid in written for e in kid.events) / 1e6
        seconds = best[name]
        print(
            f"{name:38} {seconds:6.3f} s CPU  {megabytes / seconds:6.1f} MB/s  "
            f"{seconds / base:5.2f}x baseline  ({found[name]:,} findings)"
        )


if __name__ == "__main__":
    main()
