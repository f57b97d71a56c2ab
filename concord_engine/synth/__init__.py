"""A seeded synthetic Greater Manchester partnership written as CIF-1 extracts with its truth."""

from .archive import zip_extracts
from .generate import generate_partnership
from .nhs import is_valid_nhs_number, make_nhs_number
from .oracle import RULES

__all__ = [
    "RULES",
    "generate_partnership",
    "is_valid_nhs_number",
    "make_nhs_number",
    "zip_extracts",
]
