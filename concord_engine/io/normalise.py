"""Normalised forms kept beside raw values, and the NHS number check."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import mul

_NOT_NAME = re.compile(r"[^a-z0-9 \-]+")
_SPACES = re.compile(r"\s+")
_NHS_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


@lru_cache(maxsize=65536)
def fold_name(value: str) -> str:
    """Fold a name to lower-case ASCII: accents dropped, apostrophes removed, spaces collapsed.

    Hyphens are kept (double-barrelled names); everything else outside a-z, 0-9 goes.

    >>> fold_name("  Zoë O'Brien-Smith ")
    'zoe obrien-smith'
    """
    decomposed = unicodedata.normalize("NFKD", value)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    ascii_only = ascii_only.replace("'", "")
    return _SPACES.sub(" ", _NOT_NAME.sub(" ", ascii_only)).strip()


def normalise_postcode(value: str) -> str:
    """Upper-case a postcode and remove every space (`m1 1ae` -> `M11AE`)."""
    return "".join(value.split()).upper()


def nhs_digits(value: str) -> str:
    """Strip spaces (and hyphens) from an NHS number as recorded."""
    return "".join(value.split()).replace("-", "")


def nhs_number_valid(digits: str) -> bool:
    """Check ten digits against the NHS modulus 11 check digit.

    Digits 1-9 are weighted 10 down to 2; check = 11 - (sum mod 11); 11 means 0, 10 is invalid.
    """
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    total: int = sum(map(mul, map(int, digits[:9]), _NHS_WEIGHTS))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


__all__ = ["fold_name", "nhs_digits", "nhs_number_valid", "normalise_postcode"]
