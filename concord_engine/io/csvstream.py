"""Stream an RFC 4180 CSV file row by row, recording encoding and shape problems."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO

from .problems import ProblemLog

csv.field_size_limit(10 * 1024 * 1024)
BLOCK_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Header:
    """Column name -> 0-based index, for the columns present."""

    index: dict[str, int]
    width: int

    def at(self, name: str) -> int:
        """The index of a column, or -1 when the file leaves it out."""
        return self.index.get(name, -1)


def _decoded(stream: BinaryIO, file: str, problems: ProblemLog) -> Iterator[str]:
    """The file's lines as text, split on `\n` only (as iterating the binary file would).

    Decoded a block of about a megabyte at a time, in C; a block that is not valid UTF-8 is
    decoded line by line instead, so each bad line is reported with its number and column.
    """
    return chain.from_iterable(_blocks(stream, file, problems))


def _blocks(stream: BinaryIO, file: str, problems: ProblemLog) -> Iterator[Iterable[str]]:
    lines_before = 0
    while block := stream.read(BLOCK_BYTES):
        if not block.endswith(b"\n"):
            block += stream.readline()  # finish the line, so no character is cut in two
        if lines_before == 0 and block.startswith(codecs.BOM_UTF8):
            block = block[3:]
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            yield list(_decode_lines(block, lines_before, file, problems))
        else:
            yield io.StringIO(text, newline="\n")
        lines_before += block.count(b"\n")


def _decode_lines(
    block: bytes, lines_before: int, file: str, problems: ProblemLog
) -> Iterator[str]:
    for number, raw in enumerate(io.BytesIO(block), start=lines_before + 1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.add(file, number, exc.start + 1, "not valid UTF-8")
            yield raw.decode("utf-8", "replace")


def read_header(
    file: str,
    first: list[str] | None,
    known: Iterable[str],
    required: Iterable[str],
    problems: ProblemLog,
) -> Header | None:
    """Check a header row: unknown, repeated and missing required columns are problems."""
    if first is None:
        problems.add(file, 1, 1, "empty file: no header row")
        return None
    known_set = set(known)
    index: dict[str, int] = {}
    for position, raw_name in enumerate(first):
        name = raw_name.strip()
        if name not in known_set:
            problems.add(file, 1, position + 1, f"unknown column '{name[:40]}'")
        elif name in index:
            problems.add(file, 1, position + 1, f"column '{name}' appears twice")
        else:
            index[name] = position
    missing = [name for name in required if name not in index]
    for name in missing:
        problems.add(file, 1, 1, f"missing required column '{name}'")
    if missing:
        return None
    return Header(index, len(first))


@dataclass(frozen=True, slots=True)
class CsvRows:
    """A file's data rows after its header: iterate for (line number, cells) of sound rows.

    A reader that needs its own loop for speed (the event checker) reads `reader` directly,
    tracking lines as `__iter__` does, and reports through `wrong_width` and `broken`.
    """

    reader: Iterator[list[str]]
    width: int
    file: str
    problems: ProblemLog

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        reader, width = self.reader, self.width
        previous_end = 1
        try:
            for cells in reader:
                line = previous_end + 1
                previous_end = reader.line_num  # type: ignore[attr-defined]
                if not cells:
                    continue
                if len(cells) != width:
                    self.wrong_width(line, cells)
                    continue
                yield line, cells
        except CSV_ERRORS as exc:
            # Raised by the reader (never by the consumer, which does not throw into this loop).
            self.broken(previous_end + 1, exc)

    def wrong_width(self, line: int, cells: list[str]) -> None:
        """Report a row whose number of fields differs from the header's."""
        self.problems.add(
            self.file,
            line,
            min(len(cells), self.width) + 1,
            f"row has {len(cells)} fields but the header has {self.width} (truncated or malformed)",
        )

    def broken(self, line: int, exc: Exception) -> None:
        """Report the reader giving up at `line` (bad quoting, truncation)."""
        self.problems.add(self.file, line, 1, _csv_reason(exc))


CSV_ERRORS = (csv.Error, zipfile.BadZipFile, EOFError)


def stream_rows(
    stream: BinaryIO, file: str, problems: ProblemLog
) -> tuple[list[str] | None, CsvRows]:
    """Return the header row and the data rows.

    Rows whose width differs from the header's are reported and skipped; a file ending inside a
    quoted field, or a compressed member that ends early, is reported as truncated.
    """
    reader = csv.reader(_decoded(stream, file, problems), strict=True)
    try:
        header = next(reader, None)
    except CSV_ERRORS as exc:
        problems.add(file, 1, 1, _csv_reason(exc))
        return None, CsvRows(iter(()), 0, file, problems)
    width = len(header) if header is not None else 0
    return header, CsvRows(reader, width, file, problems)


def _csv_reason(exc: Exception) -> str:
    if isinstance(exc, csv.Error):
        if "end of data" in str(exc) or "EOF" in str(exc):
            return "file ends inside a quoted field (truncated)"
        return "malformed CSV (bad quoting)"
    return "file is truncated or corrupt"


__all__ = ["CSV_ERRORS", "CsvRows", "Header", "read_header", "stream_rows"]
