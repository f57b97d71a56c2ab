"""Server-side bar charts (SVG geometry) for waterfalls, m/u weights and cluster sizes.

No JavaScript and no inline styles: the SVG uses presentation attributes only, so the strict
Content-Security-Policy holds. Every chart is shown with a table of the same figures.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from concord_engine.linkage import WaterfallStep

WIDTH = 640
LABEL = 200
ROW = 26
BAR = 18


@dataclass(frozen=True)
class Bar:
    """One horizontal bar: its label, value text and geometry in SVG units."""

    label: str
    value: str
    x: float
    y: float
    width: float
    positive: bool


@dataclass(frozen=True)
class Chart:
    """A chart's bars, total height and where the zero line is."""

    bars: list[Bar]
    height: int
    zero_x: float
    label_x: int = LABEL - 8
    width: int = WIDTH


def _scale(low: float, high: float) -> tuple[float, float]:
    low, high = min(low, 0.0), max(high, 0.0)
    span = (high - low) or 1.0
    return low, (WIDTH - LABEL - 60) / span


def waterfall_chart(steps: Sequence[WaterfallStep]) -> Chart:
    """Each step a bar from the running total before it to the total after it."""
    starts = [s.cumulative - s.weight for s in steps]
    low, per_unit = _scale(
        min([*starts, *(s.cumulative for s in steps)]),
        max([*starts, *(s.cumulative for s in steps)]),
    )
    bars = []
    for index, (step, start) in enumerate(zip(steps, starts, strict=True)):
        left = min(start, step.cumulative)
        bars.append(
            Bar(
                label=step.name.replace("_", " "),
                value=f"{step.weight:+.2f}",
                x=LABEL + (left - low) * per_unit,
                y=index * ROW + 4,
                width=max(abs(step.weight) * per_unit, 1.0),
                positive=step.weight >= 0,
            )
        )
    return Chart(bars=bars, height=len(steps) * ROW + 8, zero_x=LABEL + (0 - low) * per_unit)


def value_chart(rows: Sequence[tuple[str, float]], fmt: str = "{:+.2f}") -> Chart:
    """Bars from zero, one per (label, value)."""
    values = [v for _, v in rows] or [0.0]
    low, per_unit = _scale(min(values), max(values))
    zero = LABEL + (0 - low) * per_unit
    bars = [
        Bar(
            label=label,
            value=fmt.format(value),
            x=zero + min(value, 0) * per_unit,
            y=index * ROW + 4,
            width=max(abs(value) * per_unit, 1.0),
            positive=value >= 0,
        )
        for index, (label, value) in enumerate(rows)
    ]
    return Chart(bars=bars, height=len(rows) * ROW + 8, zero_x=zero)
