"""`concord synth` writes a partnership without touching the database."""

import json
import zipfile

import pytest
from django.core.management import CommandError, call_command


def test_synth_writes_extracts_and_truth(tmp_path, capsys):
    out = tmp_path / "partnership"
    call_command("synth", "--out", str(out), "--children", "40", "--seed", "5", verbosity=0)
    manifest = json.loads((out / "GMP" / "manifest.json").read_text("utf-8"))
    assert manifest["agency"]["sector"] == "police"
    assert (out / "LA-OLDHAM" / "events.csv").exists()
    assert (out / "truth" / "findings.csv").exists()
    assert "40 children" in capsys.readouterr().out


def test_synth_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(CommandError, match="not empty"):
        call_command("synth", "--out", str(tmp_path), "--children", "3", verbosity=0)


def test_synth_refuses_zero_children(tmp_path):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("synth", "--out", str(tmp_path / "x"), "--children", "0", verbosity=0)


def test_synth_can_write_zips(tmp_path):
    out = tmp_path / "zipped"
    call_command("synth", "--out", str(out), "--children", "20", "--zip", verbosity=0)
    with zipfile.ZipFile(out / "GMP.zip") as archive:
        assert sorted(archive.namelist()) == [
            "GMP/events.csv",
            "GMP/manifest.json",
            "GMP/people.csv",
        ]
    assert not (out / "GMP").exists()
    assert (out / "truth" / "people.csv").exists()


def test_synth_takes_an_extraction_time(tmp_path):
    out = tmp_path / "later"
    call_command(
        "synth", "--out", str(out), "--children", "10", "--extracted-at", "2026-11-01", verbosity=0
    )
    manifest = json.loads((out / "NHS-GM" / "manifest.json").read_text("utf-8"))
    assert manifest["extracted_at"] == "2026-11-01T00:00:00Z"


def test_synth_refuses_a_bad_extraction_time(tmp_path):
    with pytest.raises(CommandError, match="extracted-at"):
        call_command("synth", "--out", str(tmp_path / "x"), "--extracted-at", "soon", verbosity=0)


def test_synth_reports_an_unwritable_folder(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(CommandError, match="cannot write"):
        call_command("synth", "--out", str(blocked / "sub"), "--children", "3", verbosity=0)
