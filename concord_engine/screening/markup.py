"""Read a record's text through HTML markup, as some systems export rich-text notes.

A case-management system may export a note's formatting as HTML: tags (`<p>`, `<br/>`, `<b>`)
and character references (`&#39;`, `&quot;`, `&amp;`, `&nbsp;`, `&#13;&#10;`). Read as they
stand, they split a phrase ("putting <b>herself</b> at risk"), hide a negation ("isn&#39;t")
or a quotation ("&quot;I'm fine&quot;"). The screen reads such a text as it would show on a
page (`plain`):
- a character reference is the character it stands for, also when its `&` was escaped once
  more (`&amp;#39;`), as double-escaping exports do;
- `<br>` is a line break, and a block's tag (`<p>`, `</div>`, `<li>`, `<td>`, ...) a blank line,
  so a paragraph, list item or table cell ends a sentence as it does on the page;
- a formatting tag (`<b>`, `<span style=...>`, `<font>`, Word's `<o:p>`) is nothing, and so is
  a comment, and a `<style>` or `<script>` element with its content.

Anything else stays as written: a `<` or `&` that is not markup ("age gap <5 years", "Mum &
dad", "Q&A;"), and a tag name that HTML does not have. The record itself is never changed. Each
character of the plain text keeps the place in the record it came from (`Plain.in_record`), so
a finding's spans are given in the record's own text.
"""

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from html import unescape
from itertools import accumulate
from typing import Any

from concord_engine.contracts.screening import FindingOut

_BREAK = frozenset({"br"})
_BLOCK = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
     "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
     "section", "article", "header", "footer", "main", "body", "html", "head", "title"}
)  # fmt: skip
_INLINE = frozenset(
    {"span", "b", "i", "u", "em", "strong", "font", "a", "sup", "sub", "small", "big", "s",
     "strike", "del", "ins", "mark", "abbr", "cite", "code", "label", "o:p", "meta", "link",
     "col", "colgroup", "wbr", "style", "script"}
)  # fmt: skip
_TAGS = _BREAK | _BLOCK | _INLINE

# The pieces of markup, each matched where its `<` or `&` is (found with `str.find`, many times
# as fast as a search for a pattern, which Python's `re` tries at every character).
_REFERENCE = re.compile(r"&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z]+)?)(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->|<!\[(?i:(?:end)?if)[^<>]*\]>", re.DOTALL)  # and Word's
_ELEMENTS_READ_AS_NOTHING = ("style", "script")
_ELEMENT_STARTS = tuple(f"<{name}" for name in _ELEMENTS_READ_AS_NOTHING)
_ELEMENT_READ_AS_NOTHING = re.compile(
    r"<(style|script)\b[^<>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE
)


def _markup_at(text: str, begin: int) -> re.Match[str] | None:
    """The piece of markup that starts at `begin` (a `<` or `&`), if any."""
    if text[begin] == "&":
        return _REFERENCE.match(text, begin)
    if text.startswith("<!", begin):
        return _COMMENT.match(text, begin)
    found = _TAG.match(text, begin)
    if found is not None and found[1].lower() in _ELEMENTS_READ_AS_NOTHING:
        # The element with its content; a tag with no end tag is read as a tag.
        return _ELEMENT_READ_AS_NOTHING.match(text, begin) or found
    return found


def _reading(found: re.Match[str]) -> str | None:
    """What a piece of markup reads as, or None where it is not markup (left as written)."""
    piece = found.group()
    if piece[0] == "&":
        reference = f"&{found[1]};"
        character = unescape(reference)
        return None if character == reference else character
    if piece.startswith("<!") or found.re is _ELEMENT_READ_AS_NOTHING:
        return ""
    tag = found[1].lower()
    if tag not in _TAGS:
        return None
    if tag in _BREAK:
        return "\n"
    return "\n\n" if tag in _BLOCK else ""


@dataclass(frozen=True, slots=True)
class Plain:
    """A record's text as read through its markup, with the pieces of markup it read: each piece
    is `(start, end)` of what it reads as in `text` and `(start, end)` in the record's own text,
    in order. Every other character of `text` is the record's own, shifted by the pieces
    before it."""

    text: str
    pieces: tuple[tuple[int, int, int, int], ...]

    def place(self, at: int) -> tuple[int, int]:
        """The span of the record's own text that character `at` of `text` came from: the
        character itself, or the whole of the piece of markup it reads."""
        index = bisect_right(self.pieces, (at, _AFTER)) - 1
        if index < 0:
            return at, at + 1
        start, end, record_start, record_end = self.pieces[index]
        if at < end:
            return record_start, record_end
        own = record_end + at - end
        return own, own + 1

    def in_record(self, start: int, end: int) -> tuple[int, int]:
        """The span of the record's own text that `text[start:end]` came from: all of any
        markup inside it, and all of a piece of markup at either end."""
        if start >= end:
            at = self.place(start - 1)[1] if start else 0
            return at, at
        return self.place(start)[0], self.place(end - 1)[1]


# What each piece of markup met so far reads as: the same few tags and references make up most
# of an export's markup (a tag's attributes can make it unique, so only so many are kept).
_READINGS: dict[str, str | None] = {}
_READINGS_KEPT = 4096
# Where to stop looking for the end of a piece met before (a longer tag is matched again; no
# reference is longer), so that a `<` or `&` with no `>` or `;` after it costs little.
_LONGEST_KEPT = 512
_LONGEST_REFERENCE = len("&amp;#") + 32
_UNREAD = "\x00unread"


def _read_at(text: str, begin: int) -> tuple[str | None, int]:
    """What the markup at `begin` reads as and where it ends, or None where there is none."""
    # A piece met before is known by its text up to the first `>` or `;`, where each pattern
    # ends a match but for: a comment that holds a `>` (never such a piece); a style or script
    # element (never kept, as its start tag alone may be a piece); and a reference escaped twice
    # (`&amp;` then `#39;`, so "&amp;" is always matched again).
    if text[begin] == "<":
        end = text.find(">", begin, begin + _LONGEST_KEPT) + 1
    else:
        end = text.find(";", begin, begin + _LONGEST_REFERENCE) + 1
    if end:
        known = _READINGS.get(text[begin:end], _UNREAD)
        if known is not _UNREAD and text[begin:end] != "&amp;":
            return known, end
    found = _markup_at(text, begin)
    if found is None:
        return None, begin
    piece = found.group()
    reading = _reading(found)
    if (
        len(_READINGS) < _READINGS_KEPT
        and len(piece) < _LONGEST_KEPT
        and not piece.lower().startswith(_ELEMENT_STARTS)
    ):
        _READINGS[piece] = reading
    return reading, found.end()


_AFTER = 1 << 62  # sorts after any end, so that `bisect_right` finds a piece starting at `at`


def plain(text: str) -> Plain | None:
    """`text` read through its markup, or None where it holds none (then it reads as written)."""
    if "<" not in text and "&" not in text:
        return None
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    done = shift = 0  # the record's text read up to `done`; plain offset = record's - shift
    find = text.find
    lt, amp = find("<"), find("&")  # the next of each at or after `after`
    while lt >= 0 or amp >= 0:
        begin = lt if amp < 0 or 0 <= lt < amp else amp
        reading, after = _read_at(text, begin)
        if reading is None:
            after = begin + 1
        else:
            out.append(text[done:begin])
            out.append(reading)
            at = begin - shift
            pieces.append((at, at + len(reading), begin, after))
            shift += after - begin - len(reading)
            done = after
        if 0 <= lt < after:
            lt = find("<", after)
        if 0 <= amp < after:
            amp = find("&", after)
    if not pieces:
        return None
    out.append(text[done:])
    return Plain("".join(out), tuple(pieces))


def read_through(texts: Sequence[str], joined: str, step: int) -> dict[int, Plain]:
    """Each of `texts` that holds markup read through it (`plain`), by index. `joined` is the
    texts joined as the scanner joins them, with a separator of `step` characters before,
    between and after them: the texts with a `<` or `&` are found in it with `str.find`,
    without a look at each text."""
    lt, amp = joined.find("<"), joined.find("&")
    if lt < 0 and amp < 0:
        return {}
    # Where each text starts in `joined`, and (last) where the joined texts end.
    starts = list(accumulate((len(text) + step for text in texts), initial=step))
    marked: dict[int, Plain] = {}
    while lt >= 0 or amp >= 0:
        at = lt if amp < 0 or 0 <= lt < amp else amp
        after = at + 1
        # Most `<` and `&` in case notes are not markup ("A&E", "Mum & dad"): only a text with
        # a piece of markup is read whole.
        if _read_at(joined, at)[0] is not None:
            index = bisect_right(starts, at) - 1
            read = plain(texts[index])
            if read is not None:  # else the piece ran on into the next text: not markup
                marked[index] = read
                after = starts[index + 1]
        if 0 <= lt < after:
            lt = joined.find("<", after)
        if 0 <= amp < after:
            amp = joined.find("&", after)
    return marked


def findings_in_record(findings: list[FindingOut], plains: Mapping[int, Plain]) -> list[FindingOut]:
    """The findings with every span in an event read through its markup (`plains`, by the
    event's ref) given in the record's own text: the evidence's highlights, and the start and
    end of each phrase in a finding's detail."""
    return [_in_record(finding, plains) for finding in findings]


def _in_record(finding: FindingOut, plains: Mapping[int, Plain]) -> FindingOut:
    read = [plains.get(item.event_ref) for item in finding.evidence]
    if not any(read):
        return finding
    evidence = tuple(
        item
        if through is None
        else replace(item, highlights=tuple(through.in_record(*span) for span in item.highlights))
        for item, through in zip(finding.evidence, read, strict=True)
    )
    detail = finding.detail
    matches = detail.get("matches")
    through = read[0]
    if matches and through is not None:
        # Phrases in a finding's detail are in its one evidence event (the language rule's).
        detail = {**detail, "matches": [_match_in_record(m, through) for m in matches]}
    return replace(finding, evidence=evidence, detail=detail)


def _match_in_record(match: dict[str, Any], through: Plain) -> dict[str, Any]:
    start, end = through.in_record(match["start"], match["end"])
    return {**match, "start": start, "end": end}
