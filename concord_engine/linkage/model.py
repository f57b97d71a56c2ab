"""The Splink model: comparisons, blocking rules and starting parameters.

The starting m and u values are expert priors (documented in ADR 0040). Runs with enough records
re-estimate them (u by random sampling, m by expectation maximisation); small runs use them as is.
"""

from typing import Any, Final

import splink.comparison_level_library as cll
from splink import SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule
from splink.internals.blocking_rule_creator import BlockingRuleCreator
from splink.internals.comparison_creator import ComparisonCreator
from splink.internals.comparison_library import CustomComparison

# Non-null levels per comparison, in order: (label, m, u). Null levels are neutral (weight 0),
# so a missing NHS number or UPN never counts against a match.
PRIORS: Final[dict[str, list[tuple[str, float, float]]]] = {
    "given_name": [
        ("exact", 0.80, 0.010),
        ("nickname or alias", 0.08, 0.004),
        ("given and family names swapped", 0.01, 0.0001),
        ("jaro-winkler >= 0.92", 0.06, 0.005),
        ("jaro-winkler >= 0.88", 0.02, 0.010),
        ("one letter different", 0.02, 0.005),
        ("different", 0.01, 0.9659),
    ],
    "family_name": [
        ("exact", 0.82, 0.004),
        ("hyphenated part or alias", 0.05, 0.001),
        ("jaro-winkler >= 0.92", 0.05, 0.003),
        ("jaro-winkler >= 0.85", 0.02, 0.020),
        ("different", 0.06, 0.972),
    ],
    "date_of_birth": [
        ("exact", 0.85, 0.0002),
        ("day and month swapped", 0.03, 0.0001),
        ("partial date agrees", 0.03, 0.002),
        ("one character different", 0.05, 0.003),
        ("two characters different", 0.02, 0.020),
        ("ten or more years apart", 0.002, 0.400),
        ("different", 0.018, 0.5747),
    ],
    "sex": [("same", 0.97, 0.5), ("different", 0.03, 0.5)],
    "postcode": [
        ("exact", 0.70, 0.0005),
        ("same sector", 0.05, 0.003),
        ("same district", 0.05, 0.020),
        ("different", 0.20, 0.9765),
    ],
    "address": [
        ("exact", 0.60, 0.0005),
        ("jaro-winkler >= 0.9", 0.15, 0.002),
        ("three or more words in common", 0.10, 0.002),
        ("different", 0.15, 0.9955),
    ],
    "nhs_number": [("exact", 0.995, 1e-6), ("different", 0.005, 1 - 1e-6)],
    "upn": [("exact", 0.99, 1e-5), ("different", 0.01, 1 - 1e-5)],
    # An agency's own id: agreement is strong, but ids of different agencies rarely agree
    # even for one person, so "different" costs little.
    "local_id": [("exact", 0.60, 1e-5), ("different", 0.40, 1 - 1e-5)],
}

# Splink numbers levels from the least specific (0, "different") up; null is -1.
# Given name gamma 0 means clearly different given names: the twin guard reads it.
GIVEN_NAME_DIFFERENT_GAMMA: Final = 0
# Given name gamma 1: one letter different ("Jade"/"Jake", "Ella"/"Emma"): a keying slip, or
# twins named alike. The identifier-conflict guard reads it.
GIVEN_NAME_ONE_LETTER_GAMMA: Final = 1
# Date of birth gamma 1: born ten or more years apart (not a one- or two-character slip):
# a parent and a child with the same name. The generation guard reads it.
DOB_GENERATION_GAMMA: Final = 1
IDENTIFIER_EXACT_GAMMA: Final = 1  # NHS number, UPN, local id: null -1, different 0, exact 1
IDENTIFIER_DIFFERENT_GAMMA: Final = 0
# National identifiers with a check character: two different values are two people.
CHECKED_IDENTIFIERS: Final = ("nhs_number", "upn")
IDENTIFIERS: Final = ("nhs_number", "upn", "local_id")


def _with_priors(name: str, levels: list[Any]) -> ComparisonCreator:
    priors = PRIORS[name]
    comparison = CustomComparison(
        output_column_name=name,
        comparison_levels=[
            levels[0],
            *(
                level.configure(label_for_charts=label, m_probability=m, u_probability=u)
                for level, (label, m, u) in zip(levels[1:], priors, strict=True)
            ),
        ],
    )
    return comparison


def comparisons() -> list[ComparisonCreator | dict[str, Any]]:
    """The comparisons, most specific level first in each."""
    swapped = cll.CustomLevel("(dob_l = dob_swapped_r OR dob_swapped_l = dob_r)")
    generation = cll.CustomLevel("ABS(CAST(dob_year_l AS INT) - CAST(dob_year_r AS INT)) >= 10")
    partial = cll.CustomLevel(
        "((dob_l IS NULL OR dob_r IS NULL) AND dob_year_l = dob_year_r"
        " AND (dob_ym_l IS NULL OR dob_ym_r IS NULL OR dob_ym_l = dob_ym_r))"
    )
    return [
        _with_priors(
            "given_name",
            [
                cll.NullLevel("given_name"),
                cll.ExactMatchLevel("given_name", term_frequency_adjustments=True),
                cll.ArrayIntersectLevel("given_names_all", 1),
                cll.ColumnsReversedLevel("given_name", "family_name", symmetrical=True),
                cll.JaroWinklerLevel("given_name", 0.92),
                cll.JaroWinklerLevel("given_name", 0.88),
                cll.LevenshteinLevel("given_name", 1),
                cll.ElseLevel(),
            ],
        ),
        _with_priors(
            "family_name",
            [
                cll.NullLevel("family_name"),
                cll.ExactMatchLevel("family_name", term_frequency_adjustments=True),
                cll.ArrayIntersectLevel("family_names_all", 1),
                cll.JaroWinklerLevel("family_name", 0.92),
                cll.JaroWinklerLevel("family_name", 0.85),
                cll.ElseLevel(),
            ],
        ),
        _with_priors(
            "date_of_birth",
            [
                cll.NullLevel("dob_year"),
                cll.ExactMatchLevel("dob"),
                swapped,
                partial,
                cll.LevenshteinLevel("dob", 1),
                cll.LevenshteinLevel("dob", 2),
                generation,
                cll.ElseLevel(),
            ],
        ),
        _with_priors("sex", [cll.NullLevel("sex"), cll.ExactMatchLevel("sex"), cll.ElseLevel()]),
        _with_priors(
            "postcode",
            [
                cll.NullLevel("postcode"),
                cll.ExactMatchLevel("postcode"),
                cll.ExactMatchLevel("postcode_sector"),
                cll.ExactMatchLevel("postcode_outward"),
                cll.ElseLevel(),
            ],
        ),
        _with_priors(
            "address",
            [
                cll.NullLevel("address"),
                cll.ExactMatchLevel("address"),
                cll.JaroWinklerLevel("address", 0.9),
                cll.ArrayIntersectLevel("address_words", 3),
                cll.ElseLevel(),
            ],
        ),
        _with_priors(
            "nhs_number",
            [cll.NullLevel("nhs_number"), cll.ExactMatchLevel("nhs_number"), cll.ElseLevel()],
        ),
        _with_priors("upn", [cll.NullLevel("upn"), cll.ExactMatchLevel("upn"), cll.ElseLevel()]),
        _with_priors(
            "local_id",
            [cll.NullLevel("local_id"), cll.ExactMatchLevel("local_id"), cll.ElseLevel()],
        ),
    ]


def prediction_blocking_rules() -> list[BlockingRuleCreator | dict[str, Any]]:
    """Candidate pairs: any one rule admits a pair, so recall is the union of the rules."""
    return [
        block_on("nhs_number"),
        block_on("upn"),
        block_on("local_id"),
        block_on("given_canon", "family_name"),
        block_on("dob", "family_initial"),
        block_on("dob", "postcode_outward"),
        block_on("given_canon", "dob_year", "postcode_outward"),
        block_on("family_name", "postcode"),
        block_on("given_name", "dob"),
        block_on("family_name", "dob_ym"),
        block_on("postcode", "dob_year"),
        block_on("given_name", "postcode"),
        block_on("postcode", "family_initial"),
        block_on("postcode", "given_initial"),
        block_on("dob", "given_initial"),
        CustomRule("l.given_name = r.family_name AND l.family_name = r.given_name"),
    ]


def training_blocking_rules() -> list[BlockingRuleCreator]:
    """EM sessions: each estimates m for every comparison its rule does not use."""
    return [block_on("dob"), block_on("given_canon", "family_name")]


def deterministic_rules() -> list[str | BlockingRuleCreator]:
    """Rules with almost no false positives, for estimating the prior match probability."""
    return [
        "l.nhs_number = r.nhs_number",
        "l.given_name = r.given_name AND l.family_name = r.family_name AND l.dob = r.dob",
    ]


def prior_for(record_count: int) -> float:
    """The untrained prior: each record has about one other record of the same person."""
    return min(0.5, 1.0 / max(record_count - 1, 1))


def settings(*, record_count: int) -> SettingsCreator:
    """The Splink settings for one run over `record_count` records (deduplicating the union)."""
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=prior_for(record_count),
        comparisons=comparisons(),
        blocking_rules_to_generate_predictions=prediction_blocking_rules(),
        retain_matching_columns=True,
        retain_intermediate_calculation_columns=False,
        additional_columns_to_retain=[],
    )
