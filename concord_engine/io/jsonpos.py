"""Where a value sits in a JSON text, as a 1-based line and column, for problem reports."""

from __future__ import annotations

import json
from collections.abc import Sequence

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


def json_position(text: str, path: Sequence[str | int], *, at_key: bool = False) -> tuple[int, int]:
    """The line and column of the value at `path` (keys and list indexes) in `text`.

    `text` must be valid JSON. Where the path leaves the document (a missing key), the position is
    that of the deepest object or list on the path that exists. With `at_key`, a value found by
    its key is reported at the key instead (for keys that should not be there).
    """
    index = _find(text, _skip(text, 0), tuple(path), at_key)
    return line_column(text, index)


def line_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index


def _find(text: str, index: int, path: tuple[str | int, ...], at_key: bool) -> int:
    if not path:
        return index
    head, rest = path[0], path[1:]
    opener = text[index : index + 1]
    if opener == "{" and isinstance(head, str):
        found = _member(text, index, head)
        if found is not None:
            key_at, value_at = found
            return key_at if at_key and not rest else _find(text, value_at, rest, at_key)
    elif opener == "[" and isinstance(head, int):
        found_item = _item(text, index, head)
        if found_item is not None:
            return _find(text, found_item, rest, at_key)
    return index


def _member(text: str, index: int, wanted: str) -> tuple[int, int] | None:
    """(key offset, value offset) of `wanted` in the object starting at `index`."""
    index = _skip(text, index + 1)
    while text[index : index + 1] == '"':
        key_at = index
        key, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        index = _skip(text, index + 1)  # past the colon
        if key == wanted:
            return key_at, index
        index = _skip(text, _DECODER.raw_decode(text, index)[1])
        if text[index : index + 1] != ",":
            return None
        index = _skip(text, index + 1)
    return None


def _item(text: str, index: int, wanted: int) -> int | None:
    """The offset of item `wanted` of the list starting at `index`."""
    index = _skip(text, index + 1)
    position = 0
    while index < len(text) and text[index] != "]":
        if position == wanted:
            return index
        index = _skip(text, _DECODER.raw_decode(text, index)[1])
        if text[index : index + 1] != ",":
            return None
        index = _skip(text, index + 1)
        position += 1
    return None


__all__ = ["json_position", "line_column"]
