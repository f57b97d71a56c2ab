"""CSV streaming: block decoding keeps line numbers, quoted newlines and bad-byte reports."""

from __future__ import annotations

import io

import pytest

from concord_engine.io import ProblemLog, csvstream
from concord_engine.io.csvstream import stream_rows


def _lines(count: int) -> list[bytes]:
    rows = [b"id,text\n"]
    for number in range(count):
        rows.append(
            b'%d,"quoted\nover two lines"\n' % number if number % 7 == 0 else b"%d,x\r\n" % number
        )
    return rows


@pytest.mark.parametrize("block", [16, 64, 1 << 20])
def test_blocks_of_any_size_give_the_same_rows_and_line_numbers(
    block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csvstream, "BLOCK_BYTES", block)
    data = b"".join(_lines(60))
    header, rows = stream_rows(io.BytesIO(codecs_bom() + data), "f.csv", ProblemLog())
    got = list(rows)
    assert header == ["id", "text"]
    assert [cells[0] for _, cells in got] == [str(n) for n in range(60)]
    assert got[0] == (2, ["0", "quoted\nover two lines"])
    assert got[1] == (4, ["1", "x"])  # the quoted newline took line 3
    assert got[7] == (10, ["7", "quoted\nover two lines"])


def test_bad_bytes_are_reported_on_their_own_line_in_a_later_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(csvstream, "BLOCK_BYTES", 32)
    lines = _lines(40)
    # Entry 25 is physical line 30: the header, 24 rows, and 4 quoted rows taking two lines.
    lines[25] = b"24,ab\xffcd\n"
    problems = ProblemLog()
    _header, rows = stream_rows(io.BytesIO(b"".join(lines)), "f.csv", problems)
    got = list(rows)
    assert problems.lines() == ["f.csv:30:6: not valid UTF-8"]
    assert len(got) == 40  # the rest of the file is still read and checked


def test_a_lone_carriage_return_inside_quotes_does_not_split_the_line() -> None:
    data = b'id,text\n1,"a\rb"\n2,c\n'
    _header, rows = stream_rows(io.BytesIO(data), "f.csv", ProblemLog())
    assert list(rows) == [(2, ["1", "a\rb"]), (3, ["2", "c"])]


def codecs_bom() -> bytes:
    return b"\xef\xbb\xbf"
