"""Turn recorded person fields into the comparison columns the Splink model reads.

Everything here is deterministic and backend-free, so DuckDB and Spark see identical input.
"""

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .nicknames import formal_names

_NOT_LETTER = re.compile(r"[^a-z\- ]+")
_SPLIT = re.compile(r"[\s\-]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_UK_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
_FULL_DOB = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

FEATURE_COLUMNS = (
    "unique_id",
    "agency",
    "given_name",
    "given_canon",
    "given_initial",
    "given_names_all",
    "family_name",
    "family_initial",
    "family_names_all",
    "dob",
    "dob_swapped",
    "dob_ym",
    "dob_year",
    "sex",
    "postcode",
    "postcode_sector",
    "postcode_outward",
    "address",
    "address_words",
    "nhs_number",
    "upn",
    "local_id",
)


def fold(text: str) -> str:
    """Lower-case, strip accents, keep letters, spaces and hyphens."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("'", "").replace("’", ""))
    ascii_only = decomposed.encode("ascii", "ignore").decode()
    return _NOT_LETTER.sub(" ", ascii_only).strip()


def name_tokens(text: str) -> list[str]:
    """Split a folded name on spaces and hyphens."""
    return [t for t in _SPLIT.split(fold(text)) if t]


def _given_features(given: str, other: str) -> tuple[str | None, str | None, list[str] | None]:
    tokens = name_tokens(given)
    first = tokens[0] if tokens else None
    names = set(tokens)
    for alias in other.split(";"):
        names.update(name_tokens(alias))
    everything = set(names)
    for name in names:
        everything.update(formal_names(name))
    canon = min(formal_names(first)) if first and formal_names(first) else first
    return first, canon, sorted(everything) or None


def _family_features(family: str, other: str) -> tuple[str | None, list[str] | None]:
    tokens = name_tokens(family)
    joined = "".join(tokens) or None
    names = set(tokens)
    if joined:
        names.add(joined)
    for alias in other.split(";"):
        alias_tokens = name_tokens(alias)
        if len(alias_tokens) > 1:
            # "Kay Smith": the last part of a full alias is a family name the child has used.
            names.add(alias_tokens[-1])
    return joined, sorted(names) or None


def _dob_features(raw: str) -> tuple[str | None, str | None, str | None, str | None]:
    raw = raw.strip()
    full = _FULL_DOB.match(raw)
    if full:
        year, month, day = full.groups()
        swapped = f"{year}-{day}-{month}" if int(day) <= 12 and day != month else None
        return raw, swapped, f"{year}-{month}", year
    if re.fullmatch(r"\d{4}-\d{2}", raw):
        return None, None, raw, raw[:4]
    if re.fullmatch(r"\d{4}", raw):
        return None, None, None, raw
    return None, None, None, None


def _postcode_features(raw: str) -> tuple[str | None, str | None, str | None]:
    compact = re.sub(r"\s+", "", raw.upper())
    if not compact:
        return None, None, None
    match = _UK_POSTCODE.match(compact)
    if not match:
        # Not a UK postcode (or mistyped): compare and block on it whole.
        return compact, None, compact
    outward, inward = match.groups()
    return compact, outward + inward[0], outward


def _blank_to_none(series: pd.Series) -> pd.Series:
    return series.where(series != "", None)


def _digits(series: pd.Series) -> pd.Series:
    return _blank_to_none(series.fillna("").astype(str).str.replace(r"\D", "", regex=True))


def _address_words(address: str) -> tuple[list[str] | None]:
    return (sorted({w for w in address.split() if len(w) > 1}) or None,)


def _per_unique(func: Callable[..., tuple[Any, ...]], *columns: pd.Series) -> list[np.ndarray]:
    """Apply `func` once per distinct value (names, dates and postcodes repeat a lot)."""
    if len(columns) == 1:
        codes, uniques = pd.factorize(columns[0])
        values = [func(u) for u in uniques]
    else:
        codes, index = pd.MultiIndex.from_arrays(list(columns)).factorize()
        values = [func(*u) for u in index]
    fields: list[np.ndarray] = []
    for field in zip(*values, strict=True) if values else ():
        array = np.empty(len(field), dtype=object)
        for position, value in enumerate(field):
            array[position] = value
        fields.append(array[codes])
    return fields


def prepare_features(people: pd.DataFrame) -> pd.DataFrame:
    """Build the model's input table from a `PERSON_COLUMNS` table (one row per record)."""
    text = people.fillna("").astype({c: str for c in people.columns if c not in {"record_id"}})
    given = _per_unique(_given_features, text["given_name"], text["other_names"])
    family = _per_unique(_family_features, text["family_name"], text["other_names"])
    dobs = _per_unique(_dob_features, text["date_of_birth"])
    postcodes = _per_unique(_postcode_features, text["postcode"])
    out = pd.DataFrame(
        {
            "unique_id": people["record_id"].astype(np.int64).to_numpy(),
            "agency": text["agency"].to_numpy(),
        }
    )
    out["given_name"], out["given_canon"], out["given_names_all"] = given
    out["family_name"], out["family_names_all"] = family
    out["family_initial"] = out["family_name"].str[:1]
    out["given_initial"] = out["given_name"].str[:1]
    out["dob"], out["dob_swapped"], out["dob_ym"], out["dob_year"] = dobs
    out["sex"] = text["sex"].str.strip().str.upper().where(lambda s: s.isin(["F", "M", "X"]), None)
    out["postcode"], out["postcode_sector"], out["postcode_outward"] = postcodes
    address = text["address"].str.lower().str.replace(_NOT_ALNUM, " ", regex=True).str.strip()
    out["address"] = _blank_to_none(address.str.replace(r"\s+", " ", regex=True))
    (out["address_words"],) = _per_unique(_address_words, out["address"].fillna(""))
    nhs = _digits(text["nhs_number"])
    out["nhs_number"] = nhs.where(nhs.str.len() == 10, None)
    upn = text["upn"].str.upper().str.replace(r"[^A-Z0-9]", "", regex=True)
    out["upn"] = _blank_to_none(upn)
    raw_local = text["local_id"] if "local_id" in text else pd.Series("", index=text.index)
    local_id = raw_local.str.upper().str.replace(r"[^A-Z0-9]", "", regex=True)
    out["local_id"] = _blank_to_none(local_id)
    return out.loc[:, list(FEATURE_COLUMNS)]
