from datetime import date

from concord_engine.screening.tests.helpers import at, ev, run

REPORT = "2025-03-03 10:00"


def sexual_incident(**kw):
    return ev("GMP", "incident", REPORT, code="SEXUAL OFFENCE", source_id="INC1", **kw)


def crime_at(recorded, **kw):
    return ev("GMP", "crime", REPORT, code="19D", recorded=recorded, **kw)


def test_crime_recorded_at_23_hours_is_in_time():
    events = (sexual_incident(), crime_at("2025-03-04 09:00"))
    assert run("crime_recorded_late", *events) == []
    assert run("crime_not_recorded", *events) == []


def test_crime_recorded_at_25_hours_is_late():
    events = (sexual_incident(), crime_at("2025-03-04 11:00"))
    findings = run("crime_recorded_late", *events)
    assert [f.rule for f in findings] == ["crime_recorded_late"]
    assert findings[0].detail["delay_hours"] == 25
    assert "INC1" in {e.source_id for e in findings[0].evidence}
    assert run("crime_not_recorded", *events) == []


def test_no_crime_at_all_is_not_recorded():
    findings = run("crime_not_recorded", sexual_incident())
    assert len(findings) == 1
    assert findings[0].severity == "high"
    assert run("crime_recorded_late", sexual_incident()) == []


def test_deadline_not_yet_passed_does_not_fire():
    assert run("crime_not_recorded", sexual_incident(), as_of=at("2025-03-04 09:00")) == []


def test_crime_linked_by_related_event_counts_even_if_uncoded():
    events = (
        sexual_incident(),
        ev("GMP", "crime", REPORT, recorded="2025-03-03 12:00", related_event_id="INC1"),
    )
    assert run("crime_not_recorded", *events) == []


def test_disclosure_in_police_note_text_is_a_report():
    note = ev("GMP", "note", REPORT, text="She told PC Hill she was raped at a flat in Oldham.")
    findings = run("crime_not_recorded", note)
    assert len(findings) == 1
    start, end = findings[0].evidence[0].highlights[0]
    assert note.text[start:end] == "raped"


def test_many_ways_of_writing_a_disclosure():
    texts = [
        "Child disclosed that an adult male touched her breasts in his car.",
        "Reports being made to perform oral sex on two men.",
        "States she was sexually assaulted at a party on Saturday.",
        "Mother reports an older male has been sending him nude images and asking for nudes.",
        "Disclosed that she had sex with a 24 year old man she met online.",
    ]
    for text in texts:
        note = ev("GMP", "note", REPORT, text=text)
        assert len(run("crime_not_recorded", note, dob=date(2011, 1, 1))) == 1, text


def test_denied_or_absent_disclosure_is_not_a_report():
    texts = [
        "No disclosure of sexual assault made during the visit.",
        "She denies any sexual contact with the male.",
        "Officer discussed the risk of sexual exploitation with her and mum.",
        "There is no evidence that she was raped.",
    ]
    for text in texts:
        assert run("crime_not_recorded", ev("GMP", "note", REPORT, text=text)) == [], text


def test_age_at_the_event_decides_if_sexual_activity_is_an_offence():
    text = "She said she had sex with her boyfriend at his house."
    under_16 = ev("GMP", "note", REPORT, text=text)
    assert len(run("crime_not_recorded", under_16, dob=date(2010, 6, 1))) == 1  # 14
    assert run("crime_not_recorded", under_16, dob=date(2008, 1, 1)) == []  # 17


def test_rape_of_a_17_year_old_is_still_an_offence():
    note = ev("GMP", "note", REPORT, text="She reported she was raped by a man she knew.")
    assert len(run("crime_not_recorded", note, dob=date(2008, 1, 1))) == 1


def test_reports_to_other_agencies_are_not_police_reports():
    health = ev("MFT", "note", REPORT, text="She disclosed she was raped last week.")
    assert run("crime_not_recorded", health) == []


def test_hocr_class_subclass_crime_code_records_the_offence():
    events = (
        sexual_incident(),
        ev("GMP", "crime", REPORT, code="071/17", recorded="2025-03-03 18:00"),
    )
    assert run("crime_not_recorded", *events) == []
    assert run("crime_recorded_late", *events) == []


def test_parameter_override_changes_the_deadline():
    events = (sexual_incident(), crime_at("2025-03-04 11:00"))
    assert run("crime_recorded_late", *events, hours=48) == []
