"""Same seed, same bytes; another seed, other data."""

import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from concord_engine.synth import generate_partnership, zip_extracts


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_gives_byte_identical_output(tmp_path):
    generate_partnership(tmp_path / "a", 90, seed=11, events_per_child=6)
    generate_partnership(tmp_path / "b", 90, seed=11, events_per_child=6)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_another_seed_gives_other_data(tmp_path):
    generate_partnership(tmp_path / "a", 40, seed=1, events_per_child=6)
    generate_partnership(tmp_path / "b", 40, seed=2, events_per_child=6)
    a, b = _digest(tmp_path / "a"), _digest(tmp_path / "b")
    assert a.keys() == b.keys()
    assert a["GMP/events.csv"] != b["GMP/events.csv"]
    assert a["GMP/manifest.json"] == b["GMP/manifest.json"]


def test_summary_counts_match_the_files(tmp_path):
    summary = generate_partnership(tmp_path, 50, seed=3, events_per_child=5)

    def rows(code: str, name: str) -> int:
        with (tmp_path / code / name).open(newline="", encoding="utf-8") as handle:
            return sum(1 for _ in csv.reader(handle)) - 1

    assert summary.children == 50
    assert summary.events == sum(rows(code, "events.csv") for code in summary.agencies)
    assert summary.person_records == sum(rows(code, "people.csv") for code in summary.agencies)
    assert summary.person_records > summary.children


def test_zipped_extracts_are_byte_identical_per_seed(tmp_path):
    for name in ("a", "b"):
        summary = generate_partnership(tmp_path / name, 30, seed=4, events_per_child=4)
        zip_extracts(tmp_path / name, summary.agencies)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert (tmp_path / "a" / "LA-WIGAN.zip").exists()


def test_output_does_not_depend_on_hash_randomisation(tmp_path):
    script = (
        "import sys; from pathlib import Path; "
        "from concord_engine.synth import generate_partnership; "
        "generate_partnership(Path(sys.argv[1]), 60, seed=8, events_per_child=5)"
    )
    for name, hash_seed in (("a", "1"), ("b", "2")):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(  # noqa: S603
            [sys.executable, "-c", script, str(tmp_path / name)], check=True, env=env
        )
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
