"""The records demo step writes a small partnership once and imports it idempotently."""

from __future__ import annotations

from pathlib import Path

import pytest

from concord.core.demo import DEMO_STEPS, DemoContext
from concord.records.demo import step_records
from concord.records.models import Event, Extract

pytestmark = pytest.mark.django_db


def test_records_step_joins_after_users() -> None:
    names = [step.name for step in DEMO_STEPS]
    assert names.index("records") == names.index("users") + 1


def test_records_step_imports_the_partnership_once(tmp_path: Path) -> None:
    lines: list[str] = []
    options = {"partnership_dir": str(tmp_path / "p"), "children": 12, "seed": 5}
    step_records(DemoContext(out=lines.append, options=options))
    extracts, events = Extract.objects.count(), Event.objects.count()
    assert extracts > 10
    assert events > 100

    step_records(DemoContext(out=lines.append, options=options))
    assert (Extract.objects.count(), Event.objects.count()) == (extracts, events)
    assert lines[-1].startswith(f"Records: 0 extracts imported, {extracts} already there")
