import json

import pytest

from concord_engine.io.jsonpos import json_position, line_column

TEXT = """{
  "format": "concord-interchange/1",
  "agency": {"code": "GMP", "sector": "army",
             "tags": [1, {"deep": true}, "x"]},
  "version": 3
}
"""


def at(token: str) -> tuple[int, int]:
    """Where `token` first starts in TEXT, counted by hand-free means."""
    return line_column(TEXT, TEXT.index(token))


@pytest.mark.parametrize(
    ("path", "at_key", "token"),
    [
        ((), False, "{"),
        (("format",), False, '"concord-'),
        (("agency", "sector"), False, '"army"'),
        (("agency", "tags", 1, "deep"), False, "true"),
        (("agency", "tags", 2), False, '"x"'),
        (("version",), True, '"version"'),
        (("version",), False, "3"),
        # A key or item that is not there: the deepest object or list on the path that exists.
        (("agency", "area"), False, '{"code"'),
        (("agency", "tags", 9), False, "[1,"),
        (("nothing", "here"), False, "{"),
    ],
)
def test_positions_point_at_the_value_or_its_key(
    path: tuple[str | int, ...], at_key: bool, token: str
) -> None:
    json.loads(TEXT)  # the locator is only given valid JSON
    assert json_position(TEXT, path, at_key=at_key) == at(token)


def test_line_column_counts_from_one() -> None:
    assert line_column("ab\ncd", 0) == (1, 1)
    assert line_column("ab\ncd", 4) == (2, 2)


def test_strings_with_braces_and_escapes_do_not_confuse_it() -> None:
    text = '{"a": "}{\\"", "b": [",]"], "c": 1}'
    assert json_position(text, ("c",)) == (1, text.index("1}") + 1)
