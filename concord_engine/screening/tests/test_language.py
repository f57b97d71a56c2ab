"""Victim-blaming language: the guidance's families found, and every kind of hard negative."""

from datetime import date

import pytest

from concord_engine.screening.lexicon import language_lexicon
from concord_engine.screening.tests.helpers import ev, run

WHEN = "2025-03-03 10:00"
AGE_14 = date(2010, 6, 1)
AGE_17 = date(2007, 6, 1)
AGE_12 = date(2012, 6, 1)


def phrases(text, dob=AGE_14, agency="OLDCSC", **kw):
    findings = run("victim_blaming_language", ev(agency, "note", WHEN, text=text, **kw), dob=dob)
    return [(m["phrase"], m["family"]) for f in findings for m in f.detail["matches"]]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Jade continues to put herself at risk by going to the flat.", "putting_self_at_risk"),
        ("He is placing himself in dangerous situations most weekends.", "putting_self_at_risk"),
        ("Mia is sexually active.", "sexually_active"),
        ("She is making poor choices about who she spends time with.", "choice_framing"),
        ("It appears she has chosen this lifestyle.", "choice_framing"),
        ("Risk-taking behaviour continues, no change since last review.", "risk_taking_framing"),
        ("Known to be promiscuous, staff report.", "promiscuity_labels"),
        ("Kayden is a drug runner for an Oldham line.", "work_framing"),
        ("He has been recruited into a county line.", "work_framing_recruited"),
        ("She absconded from placement at 22:00.", "missing_framing"),
        ("Keeps going missing; placement at risk of breakdown.", "missing_framing"),
        ("Young person remains hard to reach and refuses to engage.", "engagement_framing"),
        ("She is streetwise and knows what she is doing.", "adultifying_labels"),
        ("Exchanging sex for cannabis and lifts according to the school.", "exchange_framing"),
        ("Was sending explicit images to adults on Snapchat.", "child_sending_images"),
        ("Item seized: laptop with child pornography.", "pornography_framing"),
        ("She was attention seeking when she made the call.", "credibility_slurs"),
        ("Her relationship with a 24 year old man continues.", "relationship_framing"),
        ("She stays at her older boyfriend's flat.", "relationship_framing"),
        ("The sex was consensual according to the officer's view.", "consent_framing"),
        ("Dressed provocatively when picked up in the car.", "invitation_myths"),
        ("Referred for historic abuse disclosed in 2019.", "historic_framing"),
        ("There is only a small age gap between them.", "age_gap_minimised"),
        ("She is involved in CSE.", "involvement_framing"),
        # Forms the guidance lists that need more than one word to read (language.md rows 5, 7, 14).
        ("Explicit pictures were sent to adult men from her phone.", "child_sending_images"),
        ("Nude images are being sent to older males on Snapchat.", "child_sending_images"),
        ("She has been associating with known sex offenders.", "relationship_framing"),
        ("He is affiliated with a local gang.", "work_framing"),
        ("He associates with the gang on the estate.", "work_framing"),
        ("He is working for a county line from Manchester.", "work_framing"),
        ("She was recruited by older males to sell drugs.", "work_framing_recruited"),
        ("He has been recruited to run drugs for the line.", "work_framing_recruited"),
    ],
)
def test_blaming_phrases_are_found(text, family):
    assert family in {f for _, f in phrases(text)}, text


def test_finding_gives_phrase_span_why_and_alternatives():
    text = "Mum says Jade keeps putting herself at risk."
    findings = run("victim_blaming_language", ev("OLDCSC", "note", WHEN, text=text), dob=AGE_14)
    assert len(findings) == 1
    match = findings[0].detail["matches"][0]
    assert text[match["start"] : match["end"]] == "putting herself at risk"
    assert findings[0].evidence[0].highlights == ((match["start"], match["end"]),)
    assert match["why"]
    assert match["alternatives"]
    assert match["source"]


def test_curly_quotes_hyphens_and_capitals_are_normalised():
    assert phrases("RISK\u2011TAKING BEHAVIOUR noted by school.") != []


# Hard negatives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The child's (or anyone's) own words, quoted and attributed.
        "She said 'I know I put myself at risk but he loves me'.",
        'Jade told me: "I chose to go, it was my choice".',
        "In her words she is \u2018not a kid, I make my own choices\u2019.",
        'Mum said "she is out of control and sleeps around".',
        '"He is my boyfriend," she said, and asked to end the visit.',
        "Suspect stated in interview that 'she was up for it, she consented'.",
        # Negations and corrections.
        "She cannot consent, she is 13.",
        "She is not putting herself at risk; she is being exploited by adults.",
        "This is not a lifestyle choice.",
        "The referral described her as promiscuous; this was challenged at the strategy meeting.",
        "Previously recorded as a drug runner, he is a victim of criminal exploitation.",
        "She should not be described as sexually active; she is 12 and this is rape.",
        "Language such as 'putting herself at risk' was challenged in supervision.",
        "Described as exploited rather than 'making poor choices'.",
        # Risk as an assessment, or risk posed by adults.
        "CSE risk assessment completed: high risk.",
        "Risk of sexual exploitation remains high; plan reviewed.",
        "The risk-taking behaviour of the adults around her is the concern.",
        # Offence names, current and legacy.
        "Suspect charged with sexual activity with a child (s.9).",
        "Crime recorded: causing or inciting sexual exploitation of a child.",
        "Legacy crime title (2013): abuse of children through prostitution and pornography.",
        "Arrested on suspicion of possession of child pornography, as the 2012 crime type read.",
        "Crime type on the 2014 record: controlling a child prostitute.",
        # Consent about information sharing or treatment.
        "She consented to the referral to the ISVA and to information sharing.",
        "Mum consented to the strategy discussion going ahead.",
        "Consented to an STI screen and to photographs of the injuries.",
        # Ordinary choices.
        "She was given the choice of who attends the interview.",
        # Exchange wording about something else.
        "He offered to name the dealer in return for bail.",
        # An earlier record's label, quoted to say it was wrong (language.md section 3.2).
        "The earlier note describing her as promiscuous was wrong; she is being exploited.",
        "A previous assessment called him a drug runner. That was incorrect: he is a victim.",
        # A myth rejected where it is recorded.
        "The suspect claimed she was asking for it; this is a myth and was rejected by the CPS.",
        # Recruited to something ordinary.
        "He has been recruited to the school football team.",
        "She was recruited as a peer mentor at college.",
        "Recruited onto the youth council last term.",
        # Images sent to the child, not by the child.
        "Nude images were sent to her by an older man.",
    ],
)
def test_hard_negatives_are_not_findings(text):
    assert phrases(text) == [], text


def test_an_earlier_label_quoted_without_being_judged_still_counts():
    # Only a judgement of the wording makes it a correction, not the quoting alone.
    text = "The previous assessment described her as streetwise and that remains the view."
    assert ("streetwise", "adultifying_labels") in phrases(text)


def test_boyfriend_of_the_same_age_is_not_a_finding():
    assert phrases("She has a boyfriend in her year at school.") == []
    assert phrases("Her boyfriend (15) attended with her.") == []


def test_boyfriend_who_is_an_adult_is_a_finding():
    assert phrases("Her boyfriend, 19, collects her from school.") != []
    assert phrases("She was with her boyfriend.", related_birth=date(2000, 1, 1)) != []


def test_boyfriend_alongside_exploitation_indicators_is_a_finding():
    assert phrases("Went missing overnight and says she was with her boyfriend.") != []


def test_sexually_active_at_17_with_a_peer_is_not_a_finding():
    assert phrases("She is sexually active with her boyfriend (17); uses condoms.", AGE_17) == []


def test_sexually_active_at_17_with_an_adult_is_a_finding():
    assert phrases("She is sexually active with a 29 year old man.", AGE_17) != []


def test_sexually_active_under_13_is_a_finding():
    found = phrases("Child is sexually active.", AGE_12)
    assert found == [("sexually active", "sexually_active")]


def test_scare_quotes_in_the_professionals_own_judgement_still_count():
    assert phrases("She is 'choosing' to go back to him every weekend.") != []


def test_quoted_child_framing_adopted_as_the_conclusion_is_a_finding():
    text = "She said 'he's my boyfriend, he's 16' so no further action."
    assert phrases(text) != []


def test_every_lexicon_family_has_why_alternatives_and_source():
    lexicon = language_lexicon()
    assert len({f.row for f in lexicon.families}) == 22
    for family in lexicon.families:
        assert family.why, family.id
        assert family.alternatives, family.id
        assert family.source, family.id
        assert family.phrases, family.id


def test_family_lookup_by_dict_equals_the_lexicon_scan():
    from concord_engine.screening.language import _families
    from concord_engine.screening.lexicon import language_lexicon

    lexicon = language_lexicon()
    families = _families(lexicon)
    assert _families(lexicon) is families  # built once per lexicon
    for family in lexicon.families:
        assert families[family.id] is lexicon.family(family.id)
    assert set(families) == {family.id for family in lexicon.families}
