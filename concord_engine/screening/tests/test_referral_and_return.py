from concord_engine.screening.tests.helpers import ev, plus, run

FRIDAY = "2025-03-07 15:00"


def incident(occurred=FRIDAY, code="SEXUAL OFFENCE", text=""):
    return ev("GMP", "incident", occurred, code=code, text=text)


def test_referral_on_monday_after_a_friday_incident_is_in_time():
    events = (incident(), ev("OLDCSC", "referral", "2025-03-10 16:00"))
    assert run("no_referral_to_childrens_services", *events) == []


def test_referral_on_tuesday_after_a_friday_incident_is_late():
    events = (incident(), ev("OLDCSC", "referral", "2025-03-11 09:00"))
    assert len(run("no_referral_to_childrens_services", *events)) == 1


def test_bank_holidays_are_skipped():
    # Thursday before Easter 2024: Good Friday and Easter Monday are not working days.
    thursday = "2024-03-28 18:00"
    assert (
        run(
            "no_referral_to_childrens_services",
            incident(thursday),
            ev("OLDCSC", "contact", "2024-04-02 12:00"),
        )
        == []
    )
    assert (
        len(
            run(
                "no_referral_to_childrens_services",
                incident(thursday),
                ev("OLDCSC", "contact", "2024-04-03 09:00"),
            )
        )
        == 1
    )


def test_police_protection_notice_counts_as_a_referral():
    events = (incident(), ev("GMP", "protection_notice", "2025-03-07 20:00"))
    assert run("no_referral_to_childrens_services", *events) == []


def test_a_health_safeguarding_referral_is_not_a_referral_to_childrens_services():
    events = (incident(), ev("MFT", "safeguarding_referral", "2025-03-07 20:00"))
    assert len(run("no_referral_to_childrens_services", *events)) == 1


def test_incident_with_an_indicator_needs_a_referral():
    text = "Found in a car with three older males at 2am."
    assert len(run("no_referral_to_childrens_services", incident(code="", text=text))) == 1


def test_incident_without_offence_or_indicator_needs_no_referral():
    text = "Report of a broken window at the school."
    assert run("no_referral_to_childrens_services", incident(code="DAMAGE", text=text)) == []


RETURN = "2025-03-03 10:00"


def missing(agency="GMP", etype="missing_report", ended=RETURN):
    return ev(agency, etype, plus(RETURN, hours=-30), ended=ended)


def test_return_interview_at_71_hours_is_in_time():
    events = (missing(), ev("OLDCSC", "return_interview", plus(RETURN, hours=71)))
    assert run("no_return_interview", *events) == []


def test_return_interview_at_73_hours_is_late():
    events = (missing(), ev("OLDCSC", "return_interview", plus(RETURN, hours=73)))
    assert len(run("no_return_interview", *events)) == 1


def test_police_and_social_care_records_of_one_episode_are_one_finding():
    events = (missing(), missing("OLDCSC", "missing_episode", plus(RETURN, hours=2)))
    findings = run("no_return_interview", *events)
    assert len(findings) == 1
    assert len(findings[0].evidence) == 2


def test_an_episode_that_has_not_ended_needs_no_interview_yet():
    assert run("no_return_interview", missing(ended=None)) == []


def test_an_interview_before_the_return_does_not_count():
    events = (missing(), ev("OLDCSC", "return_interview", plus(RETURN, hours=-40)))
    assert len(run("no_return_interview", *events)) == 1
