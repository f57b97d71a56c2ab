"""Sentence stops read from `stop_copy`: a run of white space that is not a blank line is no
stop, so a Windows line end or a typed double space does not cut a sentence in two."""

import pytest

from concord_engine.screening.context import sentence_bounds, stop_copy
from concord_engine.screening.normalise import normalise
from concord_engine.screening.tests.test_free_text import signals
from concord_engine.screening.tests.test_language_variants import families


def _copy(text: str) -> str:
    return stop_copy(text, normalise(text))


def test_a_run_with_at_most_one_line_break_is_no_stop():
    for text in ("she is not\r\nputting", "she is not  putting", "not \t\u00a0 putting"):
        copy = _copy(text)
        assert len(copy) == len(text)
        assert sentence_bounds(copy, text.index("putting"), len(text)) == (0, len(text))


def test_a_blank_line_and_a_stop_stay_stops():
    for text in ("seen at home\r\n\r\nputting", "seen at home \n \n putting", "at home.  putting"):
        start = text.index("putting")
        opening, _ = sentence_bounds(_copy(text), start, len(text))
        assert opening > text.index("home"), text


def test_text_without_two_spaces_is_returned_as_it_is():
    norm = normalise("She is not putting herself at risk.")
    assert stop_copy("She is not putting herself at risk.", norm) is norm


@pytest.mark.parametrize("gap", ["\r\n", "  ", " \n", "\n  "])
def test_a_negation_reaches_across_a_line_end(gap):
    assert families(f"She is not{gap}putting herself at risk.") == set()
    assert not signals(f"She denies{gap}being raped.").sexual_offence
    assert (
        "hotel_taxi_car"
        not in signals(f"No evidence that she{gap}has been in cars with adults.").indicators
    )


@pytest.mark.parametrize("gap", ["\r\n\r\n", "\n\n", " \n \n "])
def test_a_negation_does_not_reach_across_a_blank_line(gap):
    assert families(f"No concerns at home{gap}She is putting herself at risk.")
    assert signals(f"She denied it at first{gap}Later she said he raped her.").sexual_offence
