from concord_engine.screening.tests.helpers import at, ev, run

MONDAY = "2025-03-03 10:00"


def crime(recorded=MONDAY):
    return ev("GMP", "crime", MONDAY, code="19D", recorded=recorded)


def test_support_referral_on_the_fifth_working_day_is_in_time():
    events = (crime(), ev("GMP", "support_referral", "2025-03-10 17:00"))
    assert run("victim_support_not_offered", *events) == []


def test_support_referral_on_the_sixth_working_day_is_late():
    events = (crime(), ev("GMP", "support_referral", "2025-03-11 09:00"))
    assert len(run("victim_support_not_offered", *events)) == 1


def test_needs_assessment_counts_and_bank_holidays_are_skipped():
    # Recorded Tuesday 24 Dec 2024: 25 and 26 Dec and 1 Jan are bank holidays, so the working
    # days after it are 27, 30, 31 Dec, 2 and 3 Jan; the 5th is Friday 3 January.
    c = crime(recorded="2024-12-24 10:00")
    ok = ev("GMP", "victim_needs_assessment", "2025-01-03 16:00")
    late = ev("GMP", "victim_needs_assessment", "2025-01-06 09:00")
    assert run("victim_support_not_offered", c, ok) == []
    assert len(run("victim_support_not_offered", c, late)) == 1


def test_no_support_at_all_fires():
    assert len(run("victim_support_not_offered", crime())) == 1


ASSESS_START = "2025-01-06 09:00"  # a Monday; 45 working days later is Monday 10 March


def test_assessment_completed_in_45_working_days_is_in_time():
    a = ev("OLDCSC", "assessment", ASSESS_START, ended="2025-03-10 17:00")
    assert run("assessment_overdue", a) == []


def test_assessment_completed_in_46_working_days_is_overdue():
    a = ev("OLDCSC", "assessment", ASSESS_START, ended="2025-03-11 10:00")
    findings = run("assessment_overdue", a)
    assert len(findings) == 1
    assert findings[0].detail["working_days"] == 46


def test_open_assessment_counts_to_as_of():
    a = ev("OLDCSC", "assessment", ASSESS_START)
    assert run("assessment_overdue", a, as_of=at("2025-03-10 12:00")) == []
    found = run("assessment_overdue", a, as_of=at("2025-03-11 12:00"))
    assert found[0].detail["open"] is True


def test_counted_from_the_linked_referral():
    referral = ev("OLDCSC", "referral", "2024-12-30 09:00", source_id="REF1")
    a = ev("OLDCSC", "assessment", ASSESS_START, ended="2025-03-10 17:00", related_event_id="REF1")
    findings = run("assessment_overdue", referral, a)
    assert len(findings) == 1
    assert len(findings[0].evidence) == 2
