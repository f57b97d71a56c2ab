"""Reading a record's text through HTML markup: the plain text, where each character came from,
and the screen's findings on notes exported as rich text."""

import html
import random
from dataclasses import replace
from datetime import date

import pytest

from concord_engine.contracts.screening import FindingOut, ScreenChild
from concord_engine.screening import screen_child
from concord_engine.screening.markup import Plain, plain, read_through
from concord_engine.screening.scanner import SEPARATOR, join_texts
from concord_engine.screening.synth_check import read_partnership
from concord_engine.synth import generate_partnership

from .helpers import LATER, child, ev


@pytest.mark.parametrize(
    ("record", "reads"),
    [
        ("<p>She is <b>at</b> risk.</p>", "\n\nShe is at risk.\n\n"),
        ("She isn&#39;t there", "She isn't there"),
        ("She isn&#x27;t there", "She isn't there"),
        ("She isn&rsquo;t there", "She isn\u2019t there"),
        ("She isn&amp;#39;t there", "She isn't there"),  # escaped twice
        ("She said &quot;no&quot;", 'She said "no"'),
        ("Mum &amp; dad", "Mum & dad"),
        ("herself&nbsp;at risk", "herself\u00a0at risk"),
        ("one&#13;&#10;two", "one\r\ntwo"),
        ("one<br>two<BR/>three<br />four", "one\ntwo\nthree\nfour"),
        ("<li>one</li><li>two</li>", "\n\none\n\n\n\ntwo\n\n"),
        ('<span style="font-size:11pt">at</span> risk', "at risk"),
        (f'<span style="{"x" * 600}">at</span> risk', "at risk"),  # too long to be kept
        ("<P CLASS=MsoNormal>at risk<o:p></o:p></P>", "\n\nat risk\n\n"),
        ("a<!-- a comment -->b", "ab"),
        ("<![if !supportLists]>1.<![endif]>at risk", "1.at risk"),
        ("<style>p { margin: 0 }</style>at risk", "at risk"),
        ("<STYLE>p { margin: 0 }</Style >at risk", "at risk"),
        ("<style>at risk", "at risk"),  # no end tag: the tag alone
        ("age gap &lt;5 years", "age gap <5 years"),
    ],
)
def test_markup_reads_as_the_page_shows_it(record, reads):
    read = plain(record)
    assert read is not None
    assert read.text == reads


def test_a_piece_read_before_is_read_the_same_where_it_leads_a_longer_one():
    # The readings of pieces met before are kept, known by their text up to the first `>` or
    # `;`: "&amp;" then "&amp;#39;", a comment that holds a `>`, a style tag then element.
    for _ in range(2):
        assert plain("Mum &amp; dad").text == "Mum & dad"  # type: ignore[union-attr]
        assert plain("isn&amp;#39;t").text == "isn't"  # type: ignore[union-attr]
        assert plain("a<!-- b -->c").text == "ac"  # type: ignore[union-attr]
        assert plain("a<!-- b > c -->d").text == "ad"  # type: ignore[union-attr]
        assert plain("a<b>c").text == "ac"  # type: ignore[union-attr]
        assert plain("a<style>b").text == "ab"  # type: ignore[union-attr]
        assert plain("a<style>b</style>c").text == "ac"  # type: ignore[union-attr]
        assert plain(f"a<b {'x' * 600}>c").text == "ac"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "record",
    [
        "Mum & dad",
        "age gap <5 years and >3",
        "Q&A; session",  # not a character reference HTML has
        "R&D;",
        "x<y and z>w",  # no tag HTML has
        "<unknown>text</unknown>",
        "&#39",  # no semicolon
        "",
        "plain text",
    ],
)
def test_text_that_is_not_markup_reads_as_written(record):
    assert plain(record) is None


def _check_places(record: str, read: Plain) -> None:
    places = [read.place(at) for at in range(len(read.text))]
    for char, (start, end) in zip(read.text, places, strict=True):
        if end - start == 1 and record[start] == char:
            continue
        # The character stands for a piece of markup, which it covers whole.
        piece = record[start:end]
        assert piece[0] in "<&", piece
        assert piece[-1] in ">;", piece
        assert char in (plain(piece) or Plain("", ())).text
    assert places == sorted(places)
    # Outside the pieces of markup, the plain text is the record's own text.
    outside_plain = outside_record = ""
    plain_done = record_done = 0
    for start, end, record_start, record_end in read.pieces:
        outside_plain += read.text[plain_done:start]
        outside_record += record[record_done:record_start]
        plain_done, record_done = end, record_end
    assert outside_plain + read.text[plain_done:] == outside_record + record[record_done:]


@pytest.mark.parametrize(
    "record",
    [
        "<p>She isn&#39;t putting <b>herself</b> at risk.</p>",
        "a&amp;#39;b<br/>c&nbsp;d<!-- x -->e",
        "<div><span>x</span></div>&quot;y&quot;",
    ],
)
def test_each_plain_character_knows_its_place_in_the_record(record):
    read = plain(record)
    assert read is not None
    _check_places(record, read)
    # A span of the plain text covers the record's text it came from, markup and all.
    start = read.text.index(read.text.strip()[0])
    end = len(read.text.rstrip())
    first, last = read.in_record(start, end)
    assert (plain(record[first:last]) or Plain(record[first:last], ())).text.strip() == (
        read.text.strip()
    )


def test_the_texts_with_markup_are_found_in_the_joined_texts():
    pieces = ["", "at risk", "Mum & dad", "A&E", "<p>x</p>", "isn&#39;t", "<5", "&", "<", "a<b>"]
    # Pieces that make markup only across two texts, which it never is.
    pieces += ["<span", " class=x>", "<!--", "-->", "&#", "39;"]
    generator = random.Random(5)
    for _ in range(2000):
        texts = [
            "".join(generator.choices(pieces, k=generator.randint(0, 3)))
            for _ in range(generator.randint(0, 8))
        ]
        joined = join_texts(texts)
        expected = {at: read for at, text in enumerate(texts) if (read := plain(text))}
        assert read_through(texts, joined, len(SEPARATOR)) == expected, texts


def _screen(text: str) -> list[FindingOut]:
    event = ev("OLDCSC", "note", "2025-03-03 10:00", text=text, author_role="social worker")
    return screen_child(child(event, dob=date(2010, 6, 1)), as_of=LATER)


def _marked(text: str, findings: list[FindingOut]) -> list[str]:
    return [text[a:b] for f in findings for e in f.evidence for a, b in e.highlights]


def test_a_phrase_split_by_a_tag_is_found_and_highlighted_in_the_record():
    text = "<p>She is putting <b>herself</b> at risk.</p>"
    findings = _screen(text)
    assert [f.rule for f in findings] == ["victim_blaming_language"]
    assert _marked(text, findings) == ["putting <b>herself</b> at risk"]
    (match,) = findings[0].detail["matches"]
    assert match["phrase"] == "putting herself at risk"
    assert text[match["start"] : match["end"]] == "putting <b>herself</b> at risk"


@pytest.mark.parametrize(
    "text",
    [
        "<p>She isn&#39;t putting herself at risk.</p>",  # a negation
        "She said &quot;I am sexually active&quot; to me.",  # the child's own words
        "She is not<br>putting herself at risk",  # one line break does not end a sentence
    ],
)
def test_what_markup_hid_is_judged_as_in_plain_text(text):
    assert _screen(text) == []
    assert _screen(plain(text).text) == []  # type: ignore[union-attr]


def test_a_block_ends_a_sentence_as_a_full_stop_does():
    text = "<div>She was not seen</div><div>Putting herself at risk</div>"
    assert _marked(text, _screen(text)) == ["Putting herself at risk"]
    assert _screen("She was not seen putting herself at risk") == []


def _as_html(text: str) -> str:
    """A note as a rich-text export writes it: escaped, line breaks as `<br>`, in a paragraph."""
    escaped = html.escape(text).replace("\r\n", "&#13;&#10;").replace("\n", "<br>")
    return f'<p class="note"><span>{escaped}</span></p>'


def _exported(kid: ScreenChild) -> ScreenChild:
    return replace(kid, events=tuple(replace(e, text=_as_html(e.text)) for e in kid.events))


def _read(text: str) -> str:
    read = plain(text)
    return read.text if read else text


@pytest.mark.parametrize("holdout", [False, True])
def test_a_partnership_exported_as_rich_text_gives_the_same_findings(tmp_path, holdout):
    generate_partnership(tmp_path / "p", 150, seed=8, events_per_child=4, holdout_phrasing=holdout)
    kids, _ = read_partnership(tmp_path / "p")
    checked = highlighted = 0
    for kid in kids:
        as_written = screen_child(kid, as_of=LATER)
        exported = _exported(kid)
        as_html = screen_child(exported, as_of=LATER)
        assert [(f.rule, f.key, f.summary) for f in as_html] == [
            (f.rule, f.key, f.summary) for f in as_written
        ]
        texts = {e.ref: e.text for e in kid.events}
        html_texts = {e.ref: e.text for e in exported.events}
        for before, after in zip(as_written, as_html, strict=True):
            for a, b in zip(before.evidence, after.evidence, strict=True):
                assert len(a.highlights) == len(b.highlights)
                for (s0, e0), (s1, e1) in zip(a.highlights, b.highlights, strict=True):
                    assert _read(html_texts[b.event_ref][s1:e1]) == texts[a.event_ref][s0:e0]
                    highlighted += 1
            checked += 1
    assert checked > 50
    assert highlighted > 50
