"""A seeded synthetic Greater Manchester partnership written as CIF-1 extracts with its truth."""

from .archive import zip_extracts
from .demo import DEMO_CHILDREN, DEMO_SEED, ensure_partnership
from .generate import generate_partnership
from .nhs import is_valid_nhs_number, make_nhs_number
from .oracle import RULES
from .score import Score, score_findings, score_links

__all__ = [
    "DEMO_CHILDREN",
    "DEMO_SEED",
    "RULES",
    "Score",
    "ensure_partnership",
    "generate_partnership",
    "is_valid_nhs_number",
    "make_nhs_number",
    "score_findings",
    "score_links",
    "zip_extracts",
]
