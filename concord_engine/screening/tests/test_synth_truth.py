"""Slow: screen a freshly generated synthetic partnership and score it against its truth."""

import pytest

from concord_engine.screening.synth_check import score_partnership
from concord_engine.synth import generate_partnership

pytestmark = pytest.mark.slow


def test_every_rule_finds_the_planted_failings_of_a_synthetic_partnership(tmp_path):
    generate_partnership(tmp_path / "p", 250, seed=21, events_per_child=5)
    scores, _, _ = score_partnership(tmp_path / "p")
    for score in scores:
        assert score.truth > 0, score.rule
        assert score.recall is not None
        assert score.recall >= 0.9, score
        assert score.precision is not None
        # A few truth "misses" are arguable reports (e.g. "having sex with a 24-year-old" at 14).
        assert score.precision >= 0.8, score
