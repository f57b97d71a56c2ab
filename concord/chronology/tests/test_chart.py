from datetime import date

from concord.chronology.chart import (
    LABEL_WIDTH,
    WIDTH,
    ChartAgency,
    ChartEvent,
    ChartFinding,
    timeline_build,
)

POLICE = ChartAgency("GMP", "Greater Manchester Police", "police", "Police")
SCHOOL = ChartAgency("OLDED", "Oldham education", "education", "Education")


def _event(code: str, day: date, *, missing: bool = False, ended: date | None = None):
    return ChartEvent(code, day, missing, ended)


def test_no_events_gives_an_empty_chart():
    chart = timeline_build(agencies=[POLICE], events=[], findings=[])
    assert chart.is_empty is True
    assert chart.table_rows == ()


def test_short_periods_are_binned_by_month_and_the_table_matches_the_bars():
    events = [
        _event("GMP", date(2024, 1, 3)),
        _event("GMP", date(2024, 1, 20)),
        _event("OLDED", date(2024, 3, 1)),
    ]
    chart = timeline_build(agencies=[POLICE, SCHOOL], events=events, findings=[])
    assert chart.bin_label == "Month"
    assert [(r.period, r.counts) for r in chart.table_rows] == [
        ("Jan 2024", (2, 0)),
        ("Mar 2024", (0, 1)),
    ]
    police, school = chart.lanes
    assert [(b.period, b.count) for b in police.bars] == [("Jan 2024", 2)]
    assert [(b.period, b.count) for b in school.bars] == [("Mar 2024", 1)]
    # The tallest bar has the full height; smaller counts are proportionally shorter.
    assert police.bars[0].height > school.bars[0].height
    assert police.total == 2
    assert "GMP (Police): 2" in chart.description


def test_long_periods_are_binned_by_quarter_or_year():
    two_decades = [_event("GMP", date(2005, 6, 1)), _event("GMP", date(2024, 6, 1))]
    assert timeline_build(agencies=[POLICE], events=two_decades, findings=[]).bin_label == "Year"
    eight_years = [_event("GMP", date(2016, 2, 1)), _event("GMP", date(2024, 2, 1))]
    chart = timeline_build(agencies=[POLICE], events=eight_years, findings=[])
    assert chart.bin_label == "Quarter"
    assert [r.period for r in chart.table_rows] == ["2016 Q1", "2024 Q1"]


def test_missing_episodes_are_spans_and_findings_are_markers_within_the_plot():
    events = [
        _event("GMP", date(2024, 1, 1)),
        _event("GMP", date(2024, 2, 1), missing=True, ended=date(2024, 2, 20)),
        _event("GMP", date(2024, 5, 1), missing=True),
    ]
    findings = [ChartFinding(date(2024, 4, 2), "no_return_interview", "high")]
    chart = timeline_build(agencies=[POLICE], events=events, findings=findings)
    returned, open_ended = chart.spans
    assert returned.width > open_ended.width  # 19 days against a minimum sliver
    assert "returned 2024-02-20" in returned.label
    assert "no return recorded" in open_ended.label
    (marker,) = chart.markers
    assert marker.severity == "high"
    assert LABEL_WIDTH <= marker.x <= WIDTH
    assert all(LABEL_WIDTH <= s.x <= WIDTH for s in chart.spans)
    assert [(r.period, r.missing, r.findings) for r in chart.table_rows] == [
        ("Jan 2024", 0, 0),
        ("Feb 2024", 1, 0),
        ("Apr 2024", 0, 1),
        ("May 2024", 1, 0),
    ]


def test_events_are_placed_left_to_right_in_time_order():
    events = [_event("GMP", date(2020, 1, 1)), _event("GMP", date(2023, 12, 1))]
    chart = timeline_build(agencies=[POLICE], events=events, findings=[])
    first, last = chart.lanes[0].bars
    assert LABEL_WIDTH <= first.x < last.x < WIDTH
    assert [t.label for t in chart.ticks] == ["2020", "2021", "2022", "2023"]


def test_svg_fragments_escape_their_labels():
    odd = ChartAgency("<A&B>", "Odd", "other", "Other")
    events = [_event("<A&B>", date(2024, 1, 1), missing=True, ended=date(2024, 1, 2))]
    findings = [ChartFinding(date(2024, 1, 1), "<script>", "high")]
    chart = timeline_build(agencies=[odd], events=events, findings=findings)
    svg = chart.lanes[0].bars_svg + chart.spans_svg + chart.markers_svg
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "&lt;A&amp;B&gt;, Jan 2024: 1 event" in svg
    assert svg.count("<rect") == 2
    assert svg.count("<polygon") == 1
