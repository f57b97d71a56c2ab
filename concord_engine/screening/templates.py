"""Expand phrase templates: `{set}` names a word set, `{a|b|}` lists inline alternatives."""

import itertools
import re

from concord_engine.exceptions import ConcordEngineError

_SLOT = re.compile(r"\{([^{}]*)\}")


class TemplateError(ConcordEngineError):
    """A phrase template names an unknown set or is malformed."""


def expand(template: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a template stands for, whitespace-normalised, in a stable order."""
    parts = _SLOT.split(template)
    choices: list[list[str]] = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            choices.append([part])
        elif "|" in part:
            choices.append(part.split("|"))
        elif part in sets:
            choices.append(list(sets[part]))
        else:
            raise TemplateError(f"unknown word set {{{part}}} in template {template!r}")
    out: list[str] = []
    seen: set[str] = set()
    for combo in itertools.product(*choices):
        phrase = " ".join("".join(combo).split())
        if "{" in phrase or "}" in phrase:
            raise TemplateError(f"nested or unbalanced braces in template {template!r}")
        if phrase and phrase not in seen:
            seen.add(phrase)
            out.append(phrase)
    return out
