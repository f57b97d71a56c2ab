"""Linkage services: run linkage, store children, settle pairs by hand, export links."""

from .decisions import child_split, children_merge, pair_decide
from .export import links_export
from .linking import NoRecordsError, link_run

__all__ = [
    "NoRecordsError",
    "child_split",
    "children_merge",
    "link_run",
    "links_export",
    "pair_decide",
]
