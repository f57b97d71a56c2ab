from concord.chronology.highlight import (
    FINDING,
    SEARCH,
    Span,
    spans_for_search,
    spans_from_highlights,
    text_mark,
)


def test_text_without_spans_is_escaped():
    assert text_mark("<b>hi</b> & bye", []) == "&lt;b&gt;hi&lt;/b&gt; &amp; bye"


def test_finding_span_is_marked_and_the_rest_escaped():
    html = text_mark("she <is> putting herself at risk", [Span(9, 32, FINDING)])
    assert html == (
        'she &lt;is&gt; <mark class="concord-mark concord-mark--finding">'
        "putting herself at risk</mark>"
    )


def test_marked_text_inside_a_span_is_escaped_too():
    html = text_mark("a <script> b", [Span(2, 10, FINDING)])
    assert "<script>" not in html
    assert '<mark class="concord-mark concord-mark--finding">&lt;script&gt;</mark>' in html


def test_overlapping_spans_merge_with_finding_winning_over_search():
    html = text_mark("abcdefgh", [Span(1, 4, SEARCH), Span(3, 6, FINDING), Span(5, 7, FINDING)])
    assert html == (
        'a<mark class="concord-mark concord-mark--search">bc</mark>'
        '<mark class="concord-mark concord-mark--finding">defg</mark>h'
    )


def test_malformed_and_out_of_range_highlights_are_ignored_or_clipped():
    spans = spans_from_highlights(
        [[0, 3], [5, 2], "x", [1], [None, 2], [8, 99], [-4, 1]], length=10
    )
    assert spans == [Span(0, 3, FINDING), Span(8, 10, FINDING), Span(0, 1, FINDING)]
    assert spans_from_highlights({"a": 1}, length=10) == []


def test_search_is_case_insensitive_and_literal():
    assert spans_for_search("Seen with OLDER men; older", "older") == [
        Span(10, 15, SEARCH),
        Span(21, 26, SEARCH),
    ]
    assert spans_for_search("a.b axb", "a.b") == [Span(0, 3, SEARCH)]
    assert spans_for_search("text", "") == []
