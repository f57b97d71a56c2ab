from concord.chronology.guidance import LanguageNote, language_notes


def test_language_rule_detail_becomes_notes():
    detail = {
        "matches": [
            {
                "phrase": "putting herself at risk",
                "why": "Places responsibility on the child.",
                "alternatives": ["is being exploited", "", 3],
                "start": 7,
            }
        ]
    }
    assert language_notes(detail) == (
        LanguageNote(
            phrase="putting herself at risk",
            why="Places responsibility on the child.",
            alternatives=("is being exploited",),
        ),
    )


def test_other_or_malformed_detail_gives_no_notes():
    assert language_notes({}) == ()
    assert language_notes(None) == ()
    assert language_notes({"delay_hours": 30}) == ()
    assert language_notes({"matches": "x"}) == ()
    assert language_notes({"matches": [{"phrase": "", "why": "w"}, {"why": "w"}, 5]}) == ()
    assert language_notes({"matches": [{"phrase": "p", "why": "w", "alternatives": "x"}]}) == (
        LanguageNote("p", "w", ()),
    )
