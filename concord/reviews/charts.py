"""Server-side SVG chart geometry: a stacked horizontal bar per question (no JavaScript)."""

from collections import defaultdict
from dataclasses import dataclass

from .reports import GradeRow

# GOV.UK palette: green, light green, orange, red for the four default grades, then greys.
COLOURS = ("#00703c", "#85994b", "#f47738", "#d4351c", "#505a5f", "#b1b4b6")
LABEL_WIDTH = 330
BAR_WIDTH = 400
ROW_HEIGHT = 28


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    colour: str
    label: str
    count: int


@dataclass(frozen=True)
class Bar:
    y: int
    label: str
    total: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...]


def grade_chart(rows: list[GradeRow], grade_labels: list[str]) -> Chart:
    """Sum rows per question and lay out one 100 % stacked bar each."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * len(grade_labels))
    titles: dict[str, str] = {}
    for row in rows:
        titles[row.question.key] = row.question.text
        for i, n in enumerate(row.counts):
            totals[row.question.key][i] += n
    bars = []
    for index, (key, counts) in enumerate(totals.items()):
        total = sum(counts)
        x = float(LABEL_WIDTH)
        segments = []
        for i, n in enumerate(counts):
            width = BAR_WIDTH * n / total if total else 0.0
            if n:
                segments.append(Segment(x, width, COLOURS[i % len(COLOURS)], grade_labels[i], n))
            x += width
        title = titles[key]
        label = title if len(title) <= 48 else title[:46].rstrip() + "…"
        bars.append(Bar(index * ROW_HEIGHT, label, total, tuple(segments)))
    legend = tuple((label, COLOURS[i % len(COLOURS)]) for i, label in enumerate(grade_labels))
    return Chart(
        width=LABEL_WIDTH + BAR_WIDTH + 60,
        height=max(1, len(bars)) * ROW_HEIGHT,
        label_width=LABEL_WIDTH,
        bars=tuple(bars),
        legend=legend,
    )
