"""Contracts between the linkage engine and the app: what goes in, what comes out.

Person records go in as one column table (a pandas DataFrame with exactly `PERSON_COLUMNS`),
because a partnership holds millions of them and per-row objects would dominate the run time.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

import pandas as pd

from concord_engine.exceptions import ConcordEngineError

Engine = Literal["duckdb", "spark"]

# Column name -> meaning. `record_id` is the app's integer key of the person record.
PERSON_COLUMNS: Final[Mapping[str, str]] = {
    "record_id": "integer key, unique",
    "agency": "agency code",
    "given_name": "as recorded",
    "family_name": "as recorded",
    "other_names": "aliases and nicknames, ';'-separated",
    "date_of_birth": "YYYY-MM-DD, YYYY-MM or YYYY; blank when unknown",
    "sex": "F, M, X or U",
    "postcode": "as recorded",
    "address": "free text",
    "nhs_number": "10 digits, spaces allowed",
    "upn": "unique pupil number",
    "local_id": "another identifier of the agency's; blank when none",
}
# Columns a caller may leave out: they are added blank.
OPTIONAL_PERSON_COLUMNS: Final = frozenset({"local_id"})

Pair = tuple[int, int]


class LinkageInputError(ConcordEngineError):
    """The person table does not match the contract."""


def _ordered(pair: Pair) -> Pair:
    left, right = pair
    return (left, right) if left < right else (right, left)


@dataclass(frozen=True)
class Decisions:
    """Human decisions that override the model: pairs that must or must not be one child."""

    must_link: frozenset[Pair] = frozenset()
    cannot_link: frozenset[Pair] = frozenset()

    @classmethod
    def of(
        cls, *, must_link: list[Pair] | None = None, cannot_link: list[Pair] | None = None
    ) -> "Decisions":
        """Build decisions from unordered pairs (each is stored with the smaller id first)."""
        return cls(
            must_link=frozenset(_ordered(p) for p in must_link or []),
            cannot_link=frozenset(_ordered(p) for p in cannot_link or []),
        )


@dataclass(frozen=True)
class LinkageConfig:
    """How to run linkage. `model` reuses a trained Splink model JSON instead of training.

    `twin_guard` turns on the twin and generation guards (ADR 0040).
    `memory_limit` caps DuckDB (it spills to disk beyond it); Spark uses its own settings.
    """

    engine: Engine = "duckdb"
    threshold: float = 0.9
    store_floor: float = 0.01
    seed: int = 42
    u_max_pairs: float = 5e6
    em_max_pairs: float = 2e6
    min_records_to_train: int = 5000
    twin_guard: bool = True
    memory_limit: str = "2GB"
    model: Mapping[str, Any] | None = None
    decisions: Decisions = field(default_factory=Decisions)

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise LinkageInputError("threshold must be in (0, 1]")
        if not 0 <= self.store_floor <= self.threshold:
            raise LinkageInputError("store_floor must be in [0, threshold]")


@dataclass(frozen=True)
class PeopleTable:
    """The person records to link, checked against `PERSON_COLUMNS` on creation.

    Optional columns (`OPTIONAL_PERSON_COLUMNS`) left out are added blank.
    """

    frame: pd.DataFrame

    def __post_init__(self) -> None:
        absent = [c for c in OPTIONAL_PERSON_COLUMNS if c not in self.frame.columns]
        if absent:
            object.__setattr__(self, "frame", self.frame.assign(**dict.fromkeys(absent, "")))
        columns = list(self.frame.columns)
        missing = [c for c in PERSON_COLUMNS if c not in columns]
        extra = [c for c in columns if c not in PERSON_COLUMNS]
        if missing or extra:
            raise LinkageInputError(f"people table columns: missing {missing}, unexpected {extra}")
        if self.frame.empty:
            raise LinkageInputError("no person records to link")
        if not self.frame["record_id"].is_unique:
            raise LinkageInputError("record_id values are not unique")


@dataclass(frozen=True)
class LinkageResult:
    """What a run produced.

    `clusters`: record_id, cluster (an integer key), match_probability (best edge into it, 1.0
    for a singleton). `pairs`: record_id_l < record_id_r, match_probability, match_weight,
    one `gamma_<comparison>` column per comparison, and `tf_adjustment` (log2 weight from term
    frequencies), for every scored pair at or above `store_floor`.
    """

    clusters: pd.DataFrame
    pairs: pd.DataFrame
    model: Mapping[str, Any]
    splink_version: str
    input_hash: str
    trained: bool
    vetoed_pairs: int
    timings: Mapping[str, float]
