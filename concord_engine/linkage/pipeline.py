"""One linkage run: features, train (or reuse a model), predict, guard twins, cluster."""

import hashlib
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import splink
from splink import Linker

from concord_engine.contracts.linkage import LinkageConfig, LinkageResult, PeopleTable

from .backends import database_api, register_people
from .clustering import cluster_pairs
from .features import prepare_features
from .model import (
    CHECKED_IDENTIFIERS,
    DOB_GENERATION_GAMMA,
    GIVEN_NAME_DIFFERENT_GAMMA,
    GIVEN_NAME_ONE_LETTER_GAMMA,
    IDENTIFIER_DIFFERENT_GAMMA,
    IDENTIFIER_EXACT_GAMMA,
    IDENTIFIERS,
    deterministic_rules,
    settings,
    training_blocking_rules,
)

Progress = Callable[[str], None]
SCORES = ("match_probability", "match_weight")


def input_hash(people: PeopleTable) -> str:
    """A SHA-256 of the person table, independent of row order."""
    frame = people.frame.sort_values("record_id").reset_index(drop=True)
    row_hashes = pd.util.hash_pandas_object(frame.astype(str), index=False)
    return hashlib.sha256(row_hashes.to_numpy().tobytes()).hexdigest()


def train(linker: Linker, config: LinkageConfig) -> None:
    """Estimate the prior, u by random sampling, and m by EM on sampled blocked pairs."""
    linker.training.estimate_probability_two_random_records_match(deterministic_rules(), recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=config.u_max_pairs, seed=config.seed)
    for rule in training_blocking_rules():
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, max_pairs=config.em_max_pairs
        )


def twin_veto(pairs: pd.DataFrame) -> pd.Series:
    """Pairs that are two people by a name or a generation never join, unless an id says so.

    Twins share a family name, date of birth and address; only the given name tells them apart,
    and the model's other evidence can outweigh it. A parent and child can share a whole name
    and an address; only the dates of birth, ten or more years apart, tell them apart. A shared
    NHS number, UPN or agency id (local_id) settles either. Twins named alike ("Jade"/"Jake")
    differ by one letter, like a keying slip; their NHS numbers or UPNs, when both records
    hold one, differ too, and that conflict keeps them apart.
    """
    given = pairs["gamma_given_name"]
    different = given == GIVEN_NAME_DIFFERENT_GAMMA
    generations = pairs["gamma_date_of_birth"] == DOB_GENERATION_GAMMA
    same_identifier = pd.concat(
        [pairs[f"gamma_{name}"] == IDENTIFIER_EXACT_GAMMA for name in IDENTIFIERS], axis=1
    ).any(axis=1)
    conflict = pd.concat(
        [pairs[f"gamma_{name}"] == IDENTIFIER_DIFFERENT_GAMMA for name in CHECKED_IDENTIFIERS],
        axis=1,
    ).any(axis=1)
    alike_names = (given == GIVEN_NAME_ONE_LETTER_GAMMA) & conflict
    return (different | generations | alike_names) & ~same_identifier


def _predict(linker: Linker, config: LinkageConfig) -> pd.DataFrame:
    predictions = linker.inference.predict(
        threshold_match_probability=config.store_floor, warning_mode="never"
    )
    gamma = [c for c in predictions.columns_escaped if "gamma_" in c]
    # Only ids, scores and levels leave the database: the matching columns stay behind.
    # The names interpolated are Splink's own table and column names, never user input.
    columns = ", ".join(
        ["unique_id_l AS record_id_l", "unique_id_r AS record_id_r", *SCORES, *gamma]
    )
    sql = f"SELECT {columns} FROM {predictions.physical_name}"  # noqa: S608
    frame: pd.DataFrame = linker.misc.query_sql(sql, output_type="pandas")  # type: ignore[no-untyped-call]
    frame = frame.astype({"record_id_l": "int64", "record_id_r": "int64"})
    predictions.drop_table_from_database_and_remove_from_cache()
    swap = frame["record_id_l"] > frame["record_id_r"]
    frame.loc[swap, ["record_id_l", "record_id_r"]] = frame.loc[
        swap, ["record_id_r", "record_id_l"]
    ].to_numpy()
    frame["vetoed"] = twin_veto(frame) if config.twin_guard else False
    result: pd.DataFrame = frame.reset_index(drop=True)
    return result


def link_people(
    people: PeopleTable, config: LinkageConfig, progress: Progress | None = None
) -> LinkageResult:
    """Link every person record into clusters (children).

    Args:
        people: the records of every agency, linked and deduplicated together.
        config: engine, threshold, training sizes, an optional trained model and human decisions.
        progress: called with a short message at each stage.

    Returns:
        The clusters, the scored pairs at or above `config.store_floor`, and the model.
    """
    say = progress or (lambda _message: None)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    say(f"Preparing {len(people.frame)} records")
    features = prepare_features(people.frame)
    digest = input_hash(people)
    timings["prepare"] = time.perf_counter() - started
    db_api = database_api(config.engine, config.memory_limit)
    table = register_people(db_api, config.engine, features)
    record_ids = features["unique_id"].to_numpy()
    del features  # the database holds its own copy now
    model_settings: Any = (
        dict(config.model) if config.model else settings(record_count=len(record_ids))
    )
    linker = Linker(table, model_settings, log_level=logging.WARNING)
    trained = config.model is None and len(record_ids) >= config.min_records_to_train
    if trained:
        say("Training the model (u by random sampling, m by expectation maximisation)")
        mark = time.perf_counter()
        train(linker, config)
        timings["train"] = time.perf_counter() - mark
    say("Scoring candidate pairs")
    mark = time.perf_counter()
    pairs = _predict(linker, config)
    timings["predict"] = time.perf_counter() - mark
    say(f"Clustering {len(pairs)} scored pairs")
    mark = time.perf_counter()
    clusters = cluster_pairs(
        record_ids, pairs, threshold=config.threshold, decisions=config.decisions
    )
    timings["cluster"] = time.perf_counter() - mark
    model: Mapping[str, Any] = linker.misc.save_model_to_json()
    timings["total"] = time.perf_counter() - started
    return LinkageResult(
        clusters=clusters,
        pairs=pairs,
        model=model,
        splink_version=splink.__version__,
        input_hash=digest,
        trained=trained,
        vetoed_pairs=int(pairs["vetoed"].sum()),
        timings=timings,
    )
