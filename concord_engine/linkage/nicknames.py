"""The shipped British nickname table (data/nicknames.csv; provenance in data/SOURCE.md)."""

import csv
from collections.abc import Mapping
from functools import cache
from importlib import resources


@cache
def nickname_groups() -> Mapping[str, frozenset[str]]:
    """Map each known name (formal or variant) to the formal names it can stand for."""
    groups: dict[str, set[str]] = {}
    text = resources.files("concord_engine.linkage").joinpath("data/nicknames.csv").read_text()
    for row in csv.DictReader(text.splitlines()):
        formal = row["formal"].strip()
        names = {formal, *(v.strip() for v in row["variants"].split(";") if v.strip())}
        for name in names:
            groups.setdefault(name, set()).add(formal)
    return {name: frozenset(formals) for name, formals in groups.items()}


def formal_names(name: str) -> frozenset[str]:
    """Return the formal names a (normalised) given name may be short for, or an empty set."""
    return nickname_groups().get(name, frozenset())
