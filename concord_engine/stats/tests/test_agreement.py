import pytest

from concord_engine.stats import ordinal_agreement


def test_perfect_agreement_gives_alpha_one():
    result = ordinal_agreement([(1, 1), (2, 2), (4, 4)])
    assert result.units == 3
    assert result.exact == 1.0
    assert result.alpha == pytest.approx(1.0)


def test_partial_agreement_is_between_zero_and_one_and_skips_unanswered():
    result = ordinal_agreement([(1, 1), (2, 2), (3, 4), (None, 2), (2, 3)])
    assert result.units == 4
    assert result.exact == pytest.approx(0.5)
    assert result.alpha is not None
    assert 0 < result.alpha < 1


def test_systematic_disagreement_is_below_zero():
    result = ordinal_agreement([(1, 4), (4, 1), (1, 4), (4, 1)])
    assert result.exact == 0
    assert result.alpha is not None
    assert result.alpha < 0


def test_undefined_cases_give_none():
    assert ordinal_agreement([]).alpha is None
    assert ordinal_agreement([(None, 1)]).units == 0
    same = ordinal_agreement([(2, 2), (2, 2)])
    assert (same.exact, same.alpha) == (1.0, None)
    assert ordinal_agreement([(1, 2)]).alpha is None
