"""The oracle applies SPEC §3 to hand-built timelines (independent of the scenarios)."""

from datetime import date, datetime

import pytest

from concord_engine.synth.agencies import AREAS, HEALTH, POLICE, social_care
from concord_engine.synth.clock import (
    add_hours,
    add_working_days,
    hours_between,
    working_days_between,
)
from concord_engine.synth.model import GIFTS, MISSING, SCHOOL, SEXUAL_HEALTH, Child, Event
from concord_engine.synth.names import GROUPS
from concord_engine.synth.oracle import true_findings

LA = social_care(AREAS[3])
NOW = datetime(2025, 3, 1, 9, 0)


def _child(dob: date = date(2010, 6, 1)) -> Child:
    return Child(
        key="C1", sex="F", given="Kayleigh", family="Smith", dob=dob, group=GROUPS[0],
        area=AREAS[3], postcode="OL8 1AB", address="1 Church Road", nhs_number="9434765919",
        upn="",
    )  # fmt: skip


def _rules(child: Child) -> list[str]:
    return sorted(f.rule for f in true_findings(child, NOW))


def _report(child: Child, at: datetime) -> Event:
    ev = Event(POLICE, "incident", at, code="SEXUAL OFFENCE", sexual_offence=True)
    child.events.append(ev)
    child.events.append(Event(POLICE, "protection_notice", at.replace(hour=at.hour + 1)))
    return ev


def _crime(child: Child, report: Event, recorded: datetime) -> Event:
    crime = Event(POLICE, "crime", report.at, recorded=recorded, related=report, code="19D")
    child.events.append(crime)
    child.events.append(Event(POLICE, "victim_needs_assessment", add_hours(recorded, 2)))
    return crime


def test_working_days_skip_weekends_and_bank_holidays():
    assert add_working_days(date(2024, 3, 28), 1) == date(2024, 4, 2)  # Easter
    assert add_working_days(date(2024, 5, 3), 1) == date(2024, 5, 7)  # early May bank holiday
    assert working_days_between(date(2024, 3, 28), date(2024, 4, 3)) == 2
    assert working_days_between(date(2024, 4, 3), date(2024, 3, 28)) == 0


def test_hours_are_real_hours_across_the_clock_change():
    assert hours_between(datetime(2024, 3, 30, 12, 0), datetime(2024, 3, 31, 12, 0)) == 23


@pytest.mark.parametrize(("hours", "late"), [(23, False), (25, True)])
def test_crime_recorded_within_24_hours_is_on_time(hours, late):
    child = _child()
    report = _report(child, datetime(2024, 6, 3, 10, 0))
    _crime(child, report, add_hours(report.at, hours))
    assert ("crime_recorded_late" in _rules(child)) is late


def test_report_without_crime_is_not_recorded():
    child = _child()
    _report(child, datetime(2024, 6, 3, 10, 0))
    assert _rules(child) == ["crime_not_recorded"]


@pytest.mark.parametrize(("follow", "finding"), [(datetime(2024, 5, 7, 9, 30), False),
                                                  (datetime(2024, 5, 8, 10, 0), True)])  # fmt: skip
def test_referral_counts_working_days_across_a_bank_holiday(follow, finding):
    child = _child()
    incident = Event(POLICE, "incident", datetime(2024, 5, 3, 18, 0), indicators=frozenset({GIFTS}))
    child.events += [incident, Event(LA, "contact", follow)]
    assert ("no_referral_to_childrens_services" in _rules(child)) is finding


@pytest.mark.parametrize(("hours", "finding"), [(71, False), (73, True)])
def test_return_interview_within_72_hours(hours, finding):
    child = _child()
    ended = datetime(2024, 6, 3, 8, 0)
    missing = Event(LA, "missing_episode", datetime(2024, 6, 2, 20, 0), ended=ended,
                    indicators=frozenset({MISSING}))  # fmt: skip
    interview = Event(LA, "return_interview", add_hours(ended, hours))
    child.events += [missing, interview]
    assert ("no_return_interview" in _rules(child)) is finding


def test_open_missing_episode_needs_no_interview_yet():
    child = _child()
    child.events.append(Event(LA, "missing_episode", datetime(2025, 2, 25, 20, 0)))
    assert _rules(child) == []


def _indicators(child: Child, days: list[int], kinds: list[str]) -> None:
    for offset, kind in zip(days, kinds, strict=True):
        at = datetime.fromordinal(date(2024, 1, 10).toordinal() + offset).replace(hour=12)
        child.events.append(Event(HEALTH, "note", at, indicators=frozenset({kind})))


def test_three_kinds_in_90_days_without_assessment_is_a_finding():
    child = _child()
    _indicators(child, [0, 20, 40], [SCHOOL, GIFTS, SEXUAL_HEALTH])
    assert _rules(child) == ["vulnerability_not_assessed"]


def test_sexual_health_at_16_is_not_an_indicator():
    child = _child(dob=date(2007, 1, 1))
    _indicators(child, [0, 20, 40], [SCHOOL, GIFTS, SEXUAL_HEALTH])
    assert _rules(child) == []


def test_three_kinds_spread_over_100_days_is_not_a_finding():
    child = _child()
    _indicators(child, [0, 50, 100], [SCHOOL, GIFTS, MISSING])
    assert _rules(child) == []


def test_risk_assessment_within_30_days_of_the_third_prevents_the_finding():
    child = _child()
    _indicators(child, [0, 20, 40], [SCHOOL, GIFTS, MISSING])
    child.events.append(Event(LA, "risk_assessment", datetime(2024, 3, 15, 10, 0), code="high"))
    assert _rules(child) == []


@pytest.mark.parametrize(("days", "finding"), [(44, False), (46, True)])
def test_assessment_counts_45_working_days_from_the_linked_referral(days, finding):
    child = _child()
    referral = Event(LA, "referral", datetime(2024, 1, 8, 10, 0))
    start = datetime(2024, 1, 15)
    end = datetime.combine(add_working_days(date(2024, 1, 8), days), datetime.min.time())
    child.events += [referral, Event(LA, "assessment", start, date_only=True, ended=end,
                                     related=referral)]  # fmt: skip
    assert ("assessment_overdue" in _rules(child)) is finding


@pytest.mark.parametrize(("after", "finding"), [(5, False), (6, True)])
def test_victim_support_within_5_working_days(after, finding):
    child = _child()
    crime = Event(POLICE, "crime", datetime(2024, 3, 27, 10, 0),
                  recorded=datetime(2024, 3, 27, 11, 0))  # fmt: skip
    offered = datetime.combine(add_working_days(date(2024, 3, 27), after), datetime.min.time())
    child.events += [crime, Event(LA, "support_referral", offered.replace(hour=12))]
    assert ("victim_support_not_offered" in _rules(child)) is finding


def test_blaming_events_are_findings_with_themselves_as_evidence():
    child = _child()
    note = Event(LA, "note", datetime(2024, 3, 27, 10, 0), blaming=True)
    child.events.append(note)
    (finding,) = true_findings(child, NOW)
    assert finding.rule == "victim_blaming_language"
    assert finding.evidence == (note,)
