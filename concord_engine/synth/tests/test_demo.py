"""The demo partnership is made once and reused, so a second `concord demo` changes nothing."""

import pytest

from concord_engine.synth import ensure_partnership
from concord_engine.synth.demo import SynthFolderError


def test_ensure_partnership_generates_once_and_reuses(tmp_path):
    out = tmp_path / "demo"
    first = ensure_partnership(out, children=30, seed=2)
    assert [p.name for p in first][:2] == ["EDU-BOLTON", "EDU-BURY"]
    assert "GMP" in {p.name for p in first}
    stamp = (out / "GMP" / "events.csv").stat().st_mtime_ns
    second = ensure_partnership(out, children=30, seed=2)
    assert second == first
    assert (out / "GMP" / "events.csv").stat().st_mtime_ns == stamp


def test_ensure_partnership_replaces_a_different_one(tmp_path):
    out = tmp_path / "demo"
    ensure_partnership(out, children=30, seed=2)
    before = (out / "GMP" / "events.csv").read_bytes()
    ensure_partnership(out, children=30, seed=3)
    assert (out / "GMP" / "events.csv").read_bytes() != before


def test_ensure_partnership_never_deletes_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(SynthFolderError, match="refusing"):
        ensure_partnership(tmp_path, children=5, seed=1)
    assert (tmp_path / "notes.txt").read_text() == "keep me"
