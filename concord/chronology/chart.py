"""The timeline chart: events per agency over time, missing episodes, findings (pure geometry).

The chart is drawn server-side as inline SVG from these numbers, and the same numbers fill the
table that goes with it, so the chart never holds information the table does not.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 960
LABEL_WIDTH = 190
RIGHT_PAD = 16
TOP_PAD = 8
LANE_HEIGHT = 30
BAR_MAX = 24
AXIS_HEIGHT = 28
PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_PAD
BAR_SVG = '<rect class="concord-timeline__bar" {}><title>{}, {}: {} event{}</title></rect>'
CELL = '<td class="govuk-table__cell govuk-table__cell--numeric">{}</td>'
SPAN_SVG = '<rect class="concord-timeline__span" {}><title>{}</title></rect>'
MARKER_SVG = (
    '<polygon class="concord-timeline__marker concord-timeline__marker--{}" points="{}">'
    "<title>{}</title></polygon>"
)
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ChartAgency:
    code: str
    name: str
    sector: str
    sector_label: str


class ChartEvent(NamedTuple):
    """One event to chart (a tuple: thousands are made per request)."""

    agency_code: str
    day: date
    is_missing: bool
    ended: date | None


@dataclass(frozen=True)
class ChartFinding:
    day: date
    rule: str
    severity: str


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int
    period: str

    @property
    def attrs(self) -> SafeString:
        """The rect's geometry as SVG attributes (numbers only, so safe as they are)."""
        return _box(self.x, self.y, self.width, self.height)


@dataclass(frozen=True)
class Lane:
    code: str
    label: str
    sector: str
    sector_label: str
    y: float
    text_y: float
    grid_y: float
    bars: tuple[Bar, ...]
    total: int

    @property
    def bars_svg(self) -> SafeString:
        """The lane's bars as SVG rects, each with a title naming agency, period and count."""
        label = escape(self.label)
        return mark_safe(  # noqa: S308 - numbers, a generated period and the escaped label
            "".join(
                BAR_SVG.format(
                    bar.attrs, label, bar.period, bar.count, "" if bar.count == 1 else "s"
                )
                for bar in self.bars
            )
        )


@dataclass(frozen=True)
class EpisodeSpan:
    x: float
    y: float
    width: float
    height: float
    label: str

    @property
    def attrs(self) -> SafeString:
        return _box(self.x, self.y, self.width, self.height)


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    points: str
    severity: str
    label: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class TableRow:
    period: str
    counts: tuple[int, ...]
    missing: int
    findings: int

    @property
    def cells(self) -> SafeString:
        """The row's numeric cells: counts per agency, missing episodes, findings."""
        return mark_safe(  # noqa: S308 - integers only
            "".join(CELL.format(n) for n in (*self.counts, self.missing, self.findings))
        )


@dataclass(frozen=True)
class TimelineChart:
    """Everything the template needs to draw the chart and its table."""

    width: int
    height: int
    plot_left: int
    plot_right: int
    axis_y: float
    tick_end_y: float
    tick_text_y: float
    lanes: tuple[Lane, ...]
    missing_lane_y: float
    findings_lane_y: float
    missing_text_y: float
    findings_text_y: float
    spans: tuple[EpisodeSpan, ...]
    markers: tuple[Marker, ...]
    ticks: tuple[Tick, ...]
    bin_label: str
    table_agencies: tuple[ChartAgency, ...]
    table_rows: tuple[TableRow, ...]
    description: str
    is_empty: bool

    @property
    def spans_svg(self) -> SafeString:
        """The missing episodes as SVG rects with titles (labels escaped)."""
        return mark_safe(  # noqa: S308 - numbers and escaped labels
            "".join(SPAN_SVG.format(s.attrs, escape(s.label)) for s in self.spans)
        )

    @property
    def markers_svg(self) -> SafeString:
        """The findings as SVG diamonds with titles (labels escaped)."""
        return mark_safe(  # noqa: S308 - numbers, a severity token and escaped labels
            "".join(
                MARKER_SVG.format(escape(m.severity), m.points, escape(m.label))
                for m in self.markers
            )
        )


def _box(x: float, y: float, width: float, height: float) -> SafeString:
    return mark_safe(  # noqa: S308 - formatted floats only
        f'x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}"'
    )


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _bin_months(first: int, last: int) -> int:
    span = last - first + 1
    if span <= 48:
        return 1
    if span <= 144:
        return 3
    return 12


def _period_label(index: int, months: int) -> str:
    year, month = divmod(index, 12)
    if months == 12:
        return str(year)
    if months == 3:
        return f"{year} Q{month // 3 + 1}"
    return f"{MONTH_NAMES[month]} {year}"


class _Scale:
    """Maps month indexes and days onto the plot's x axis."""

    def __init__(self, first_bin: int, bins: int, months: int) -> None:
        self.first_month = first_bin * months
        self.months = months
        self.per_month = PLOT_WIDTH / (bins * months)

    def month_x(self, month_index: int) -> float:
        return LABEL_WIDTH + (month_index - self.first_month) * self.per_month

    def day_x(self, day: date) -> float:
        return self.month_x(_month_index(day)) + (day.day - 1) / 31 * self.per_month

    def clamp(self, x: float) -> float:
        return min(max(x, LABEL_WIDTH), WIDTH - RIGHT_PAD)


def _ticks(scale: _Scale, first_bin: int, bins: int, months: int) -> tuple[Tick, ...]:
    first_year = first_bin * months // 12
    last_year = ((first_bin + bins) * months - 1) // 12
    step = max(1, (last_year - first_year + 1) // 12)
    return tuple(
        Tick(round(scale.month_x(year * 12), 1), str(year))
        for year in range(first_year, last_year + 1, step)
        if scale.month_x(year * 12) >= LABEL_WIDTH
    )


def _marker_points(x: float, y: float) -> str:
    r = 6.0
    return f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}"


def _empty(agencies: Sequence[ChartAgency]) -> TimelineChart:
    return TimelineChart(
        width=WIDTH,
        height=TOP_PAD + AXIS_HEIGHT,
        plot_left=LABEL_WIDTH,
        plot_right=WIDTH - RIGHT_PAD,
        axis_y=TOP_PAD,
        tick_end_y=TOP_PAD,
        tick_text_y=TOP_PAD,
        lanes=(),
        missing_lane_y=0,
        findings_lane_y=0,
        missing_text_y=0,
        findings_text_y=0,
        spans=(),
        markers=(),
        ticks=(),
        bin_label="",
        table_agencies=tuple(agencies),
        table_rows=(),
        description="No events to chart.",
        is_empty=True,
    )


def timeline_build(
    *,
    agencies: Sequence[ChartAgency],
    events: Sequence[ChartEvent],
    findings: Sequence[ChartFinding],
) -> TimelineChart:
    """Bin events per agency (by month, quarter or year to fit), with episodes and findings."""
    days = [e.day for e in events] + [f.day for f in findings]
    if not days:
        return _empty(agencies)
    # Whole calendar years, so the axis always has a labelled start and bars keep their scale.
    first_month, last_month = min(days).year * 12, max(days).year * 12 + 11
    months = _bin_months(first_month, last_month)
    first_bin, last_bin = first_month // months, last_month // months
    bins = last_bin - first_bin + 1
    scale = _Scale(first_bin, bins, months)
    counts: dict[str, Counter[int]] = {a.code: Counter() for a in agencies}
    for event in events:
        counts.setdefault(event.agency_code, Counter())[_month_index(event.day) // months] += 1
    peak = max((max(c.values(), default=0) for c in counts.values()), default=0) or 1
    bar_width = max(scale.per_month * months - 1, 1)

    lanes: list[Lane] = []
    y = float(TOP_PAD)
    for agency in agencies:
        bars = tuple(
            Bar(
                x=round(scale.month_x(b * months), 1),
                y=round(y + LANE_HEIGHT - 3 - max(n / peak * BAR_MAX, 2), 1),
                width=round(bar_width, 1),
                height=round(max(n / peak * BAR_MAX, 2), 1),
                count=n,
                period=_period_label(b * months, months),
            )
            for b, n in sorted(counts[agency.code].items())
        )
        lanes.append(
            Lane(
                code=agency.code,
                label=agency.code,
                sector=agency.sector,
                sector_label=agency.sector_label,
                y=y,
                text_y=y + LANE_HEIGHT / 2 + 4,
                grid_y=y + LANE_HEIGHT - 1,
                bars=bars,
                total=sum(counts[agency.code].values()),
            )
        )
        y += LANE_HEIGHT
    missing_y, findings_y = y, y + LANE_HEIGHT
    spans = tuple(_episode_spans(events, scale, missing_y))
    markers = tuple(
        Marker(
            x=round(scale.clamp(scale.day_x(f.day)), 1),
            y=findings_y + LANE_HEIGHT / 2,
            points=_marker_points(scale.clamp(scale.day_x(f.day)), findings_y + LANE_HEIGHT / 2),
            severity=f.severity,
            label=f"{f.rule} ({f.severity}), {f.day.isoformat()}",
        )
        for f in sorted(findings, key=lambda f: f.day)
    )
    axis_y = findings_y + LANE_HEIGHT
    rows = _table_rows(agencies, counts, events, findings, months)
    return TimelineChart(
        width=WIDTH,
        height=int(axis_y + AXIS_HEIGHT),
        plot_left=LABEL_WIDTH,
        plot_right=WIDTH - RIGHT_PAD,
        axis_y=axis_y,
        tick_end_y=axis_y + 5,
        tick_text_y=axis_y + 20,
        lanes=tuple(lanes),
        missing_lane_y=missing_y,
        findings_lane_y=findings_y,
        missing_text_y=missing_y + LANE_HEIGHT / 2 + 4,
        findings_text_y=findings_y + LANE_HEIGHT / 2 + 4,
        spans=spans,
        markers=markers,
        ticks=_ticks(scale, first_bin, bins, months),
        bin_label={1: "Month", 3: "Quarter", 12: "Year"}[months],
        table_agencies=tuple(agencies),
        table_rows=rows,
        description=_describe(lanes, spans, markers, min(days), max(days)),
        is_empty=False,
    )


def _episode_spans(events: Sequence[ChartEvent], scale: _Scale, lane_y: float) -> list[EpisodeSpan]:
    spans = []
    for event in events:
        if not event.is_missing:
            continue
        end = event.ended if event.ended and event.ended >= event.day else event.day
        x0 = scale.clamp(scale.day_x(event.day))
        x1 = scale.clamp(scale.day_x(end))
        returned = f"returned {end.isoformat()}" if event.ended else "no return recorded"
        spans.append(
            EpisodeSpan(
                x=round(x0, 1),
                y=lane_y + 6,
                width=round(max(x1 - x0, 3.0), 1),
                height=LANE_HEIGHT - 12,
                label=f"Missing from {event.day.isoformat()}, {returned} ({event.agency_code})",
            )
        )
    return spans


def _table_rows(
    agencies: Sequence[ChartAgency],
    counts: dict[str, Counter[int]],
    events: Sequence[ChartEvent],
    findings: Sequence[ChartFinding],
    months: int,
) -> tuple[TableRow, ...]:
    missing = Counter(_month_index(e.day) // months for e in events if e.is_missing)
    found = Counter(_month_index(f.day) // months for f in findings)
    used = set(missing) | set(found)
    for per_agency in counts.values():
        used |= set(per_agency)
    return tuple(
        TableRow(
            period=_period_label(b * months, months),
            counts=tuple(counts[a.code][b] for a in agencies),
            missing=missing[b],
            findings=found[b],
        )
        for b in sorted(used)
    )


def _describe(
    lanes: Sequence[Lane],
    spans: Sequence[EpisodeSpan],
    markers: Sequence[Marker],
    first: date,
    last: date,
) -> str:
    per_agency = "; ".join(f"{lane.label} ({lane.sector_label}): {lane.total}" for lane in lanes)
    episodes = "missing episode" if len(spans) == 1 else "missing episodes"
    found = "finding" if len(markers) == 1 else "findings"
    return (
        f"Events per agency from {first.isoformat()} to {last.isoformat()}: {per_agency}. "
        f"{len(spans)} {episodes} and {len(markers)} {found}. "
        "The same figures are in the table below the chart."
    )
