"""Load YAML keeping the line and column of every value, so errors can name the place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column in the source text."""

    line: int
    column: int


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; `mark` is where the parser stopped."""

    def __init__(self, reason: str, mark: Mark) -> None:
        super().__init__(reason)
        self.reason = reason
        self.mark = mark


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _scalar(node: yaml.ScalarNode) -> Any:
    # Resolve the scalar's type with the safe constructor (int, float, bool, null, str, date).
    return yaml.SafeLoader.construct_object(_CONSTRUCTOR, node, deep=True)


_CONSTRUCTOR = yaml.SafeLoader("")


def _build(node: yaml.Node, path: Path, marks: dict[Path, Mark]) -> Any:
    marks[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else "?"
            if key in result:
                raise YamlSyntaxError(f"duplicate key '{key}'", _mark(key_node))
            result[key] = _build(value_node, (*path, key), marks)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, index), marks) for index, item in enumerate(node.value)]
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    raise YamlSyntaxError("unsupported YAML node", _mark(node))


def load_with_marks(text: str) -> tuple[Any, dict[Path, Mark]]:
    """Parse one YAML document; return the data and the mark of every path within it."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        problem_mark = error.problem_mark
        mark = Mark(problem_mark.line + 1, problem_mark.column + 1) if problem_mark else Mark(1, 1)
        raise YamlSyntaxError(error.problem or "invalid YAML", mark) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(type(error).__name__, Mark(1, 1)) from None
    if node is None:
        return None, {(): Mark(1, 1)}
    marks: dict[Path, Mark] = {}
    return _build(node, (), marks), marks


def mark_for(path: Path, marks: dict[Path, Mark]) -> Mark:
    """Return the mark of `path`, or of its nearest ancestor that has one."""
    probe = tuple(path)
    while probe not in marks and probe:
        probe = probe[:-1]
    return marks.get(probe, Mark(1, 1))
