"""Screening: named, referenced rules over a child's linked multi-agency chronology (SPEC §3).

The app builds `ScreenChild` values (concord_engine.contracts.screening) and calls
`screen_child` or `screen_children`; rules are in `RULES`, each with id, title, guidance,
version, severity and default parameters.
"""

from .calendar import add_working_days, is_working_day, working_day_deadline, working_days_between
from .engine import RULES_BY_ID, resolve_parameters, screen_child, screen_children
from .lexicon import Lexicon, indicator_lexicon, language_lexicon
from .rules import RULES, ParameterError, Rule, ScreenContext
from .scanner import Scanner, default_scanner

__all__ = [
    "RULES",
    "RULES_BY_ID",
    "Lexicon",
    "ParameterError",
    "Rule",
    "Scanner",
    "ScreenContext",
    "add_working_days",
    "default_scanner",
    "indicator_lexicon",
    "is_working_day",
    "language_lexicon",
    "resolve_parameters",
    "screen_child",
    "screen_children",
    "working_day_deadline",
    "working_days_between",
]
