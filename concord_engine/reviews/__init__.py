"""Review rounds without Django: framework parsing, sampling, allocation and pre-filling."""

from .allocation import allocate_reviewers, second_review_children
from .framework import DEFAULT_GRADES, FrameworkError, field_name, parse_framework
from .prefill import suggest_answers
from .sampling import draw_sample

__all__ = [
    "DEFAULT_GRADES",
    "FrameworkError",
    "allocate_reviewers",
    "draw_sample",
    "field_name",
    "parse_framework",
    "second_review_children",
    "suggest_answers",
]
