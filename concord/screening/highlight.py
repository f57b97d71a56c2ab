"""Split an event's text into plain and highlighted segments for <mark> rendering."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """A run of text, highlighted or not (escaped by the template)."""

    text: str
    marked: bool


def segments(text: str, highlights: list[list[int]]) -> list[Segment]:
    """Text cut at the highlight spans; overlapping or out-of-range spans are merged or clipped."""
    spans = sorted(
        (max(0, int(s)), min(len(text), int(e))) for s, e in highlights if int(e) > int(s)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    out: list[Segment] = []
    cursor = 0
    for start, end in merged:
        if start > cursor:
            out.append(Segment(text[cursor:start], False))
        out.append(Segment(text[start:end], True))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:], False))
    return out
