"""Reading agency extracts: CIF-1 folders and zips, Annex A, SSDA903 and FHIR R4 Bundles.

Every reader streams its rows, collects every problem as `file:line:column: reason` and never
puts personal data in a message.
"""

from .dates import LONDON, parse_iso_datetime, parse_partial_date, parse_uk_date
from .normalise import fold_name, nhs_digits, nhs_number_valid, normalise_postcode
from .problems import ProblemLog
from .reader import ExtractReader, detect_format, open_extract

__all__ = [
    "LONDON",
    "ExtractReader",
    "ProblemLog",
    "detect_format",
    "fold_name",
    "nhs_digits",
    "nhs_number_valid",
    "normalise_postcode",
    "open_extract",
    "parse_iso_datetime",
    "parse_partial_date",
    "parse_uk_date",
]
