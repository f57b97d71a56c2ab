"""Mark matched text in an event's text: <mark> over given spans, everything else escaped."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

FINDING = "finding"
SEARCH = "search"
# A finding's mark wins over a search mark where they overlap.
_PRIORITY = {FINDING: 0, SEARCH: 1}


@dataclass(frozen=True)
class Span:
    """Half-open [start, end) character span of one kind of match."""

    start: int
    end: int
    kind: str


def spans_from_highlights(highlights: object, *, length: int) -> list[Span]:
    """Turn a FindingEvidence.highlights value into valid spans, ignoring malformed ones."""
    spans: list[Span] = []
    if not isinstance(highlights, list):
        return spans
    for item in highlights:
        if not isinstance(item, list | tuple) or len(item) != 2:
            continue
        start, end = item
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = max(start, 0), min(end, length)
        if start < end:
            spans.append(Span(start, end, FINDING))
    return spans


def spans_for_search(text: str, search: str) -> list[Span]:
    """Return every case-insensitive occurrence of the search phrase in the text."""
    if not search:
        return []
    pattern = re.compile(re.escape(search), re.IGNORECASE)
    return [Span(m.start(), m.end(), SEARCH) for m in pattern.finditer(text) if m.end() > m.start()]


def _flatten(spans: Iterable[Span], length: int) -> list[Span]:
    """Resolve overlaps: each character takes the highest-priority kind covering it."""
    kinds: list[str | None] = [None] * length
    for span in sorted(spans, key=lambda s: _PRIORITY.get(s.kind, 9), reverse=True):
        for i in range(max(span.start, 0), min(span.end, length)):
            kinds[i] = span.kind
    flat: list[Span] = []
    i = 0
    while i < length:
        kind = kinds[i]
        j = i + 1
        while j < length and kinds[j] == kind:
            j += 1
        if kind is not None:
            flat.append(Span(i, j, kind))
        i = j
    return flat


def text_mark(text: str, spans: Sequence[Span]) -> SafeString:
    """Return the text as HTML, escaped, with <mark> around each span."""
    if not spans:
        return escape(text)
    parts: list[str] = []
    cursor = 0
    for span in _flatten(spans, len(text)):
        parts.append(escape(text[cursor : span.start]))
        parts.append(
            f'<mark class="concord-mark concord-mark--{span.kind}">'
            f"{escape(text[span.start : span.end])}</mark>"
        )
        cursor = span.end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped
