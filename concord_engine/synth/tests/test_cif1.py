"""The generated extracts conform to CIF-1 (SPEC §2)."""

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from concord_engine.synth import is_valid_nhs_number

PEOPLE = {
    "person_id", "given_name", "family_name", "other_names", "date_of_birth", "sex",
    "postcode", "address", "nhs_number", "upn", "local_id",
}  # fmt: skip
EVENTS = {
    "event_id", "person_id", "type", "occurred_at", "recorded_at", "ended_at", "code",
    "related_person_id", "related_event_id", "author_role", "text",
}  # fmt: skip
TYPES = {
    "police": {"incident", "crime", "missing_report", "protection_notice", "risk_assessment",
               "victim_needs_assessment", "support_referral", "arrest", "note"},
    "social_care": {"contact", "referral", "assessment", "strategy_discussion", "s47_enquiry",
                    "cp_conference", "cp_plan", "cin_plan", "looked_after", "missing_episode",
                    "return_interview", "risk_assessment", "support_referral", "note"},
    "health": {"attendance", "sexual_health", "consultation", "safeguarding_referral", "note"},
    "education": {"absence", "exclusion", "note"},
}  # fmt: skip
TEN = {"Bolton", "Bury", "Manchester", "Oldham", "Rochdale", "Salford", "Stockport", "Tameside",
       "Trafford", "Wigan"}  # fmt: skip
LONDON = ZoneInfo("Europe/London")
DOB = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
UPN = re.compile(r"^[A-Za-z]\d{11}[\dA-Za-z]$")


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=LONDON) if moment.tzinfo is None else moment


def test_partnership_has_police_ten_local_authorities_and_nhs(partnership):
    sectors = [m["agency"]["sector"] for m in partnership.manifests.values()]
    assert sectors.count("police") == 1
    assert sectors.count("health") == 1
    areas = {m["agency"]["area"] for m in partnership.manifests.values()
             if m["agency"]["sector"] == "social_care"}  # fmt: skip
    assert areas == TEN
    assert "LA-OLDHAM" in partnership.manifests


def test_manifests_follow_the_format(partnership):
    for code, manifest in partnership.manifests.items():
        assert set(manifest) == {"format", "agency", "extracted_at"}
        assert manifest["format"] == "concord-interchange/1"
        assert manifest["agency"]["code"] == code
        assert set(manifest["agency"]) == {"code", "name", "sector", "area"}
        if manifest["agency"]["sector"] in ("social_care", "education"):
            assert manifest["agency"]["area"] in TEN
        assert _moment(manifest["extracted_at"].replace("Z", "+00:00")).tzinfo is not None


def test_files_have_exactly_the_cif1_columns(partnership):
    for people_header, events_header in partnership.headers.values():
        assert set(people_header) == PEOPLE
        assert set(events_header) == EVENTS


def test_event_types_belong_to_the_agency_sector(partnership):
    for code, rows in partnership.events.items():
        sector = partnership.manifests[code]["agency"]["sector"]
        assert {r["type"] for r in rows} <= TYPES[sector], code


def test_ids_are_unique_and_references_resolve(partnership):
    for code, events in partnership.events.items():
        person_ids = [p["person_id"] for p in partnership.people[code]]
        assert len(person_ids) == len(set(person_ids))
        event_ids = [e["event_id"] for e in events]
        assert len(event_ids) == len(set(event_ids))
        people, ids = set(person_ids), set(event_ids)
        for ev in events:
            assert ev["person_id"] in people
            assert not ev["related_person_id"] or ev["related_person_id"] in people
            assert not ev["related_event_id"] or ev["related_event_id"] in ids


def test_dates_and_times_parse(partnership):
    now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    for rows in partnership.events.values():
        for ev in rows:
            occurred = _moment(ev["occurred_at"])
            assert occurred <= now
            for column in ("recorded_at", "ended_at"):
                if ev[column]:
                    assert _moment(ev[column]) >= occurred
    for rows in partnership.people.values():
        for person in rows:
            assert DOB.match(person["date_of_birth"]), person["date_of_birth"]
            if len(person["date_of_birth"]) == 10:
                date.fromisoformat(person["date_of_birth"])
            assert person["sex"] in {"F", "M", "X", "U", ""}


def test_nhs_numbers_pass_the_modulus_11_check(partnership):
    numbers = [p["nhs_number"] for rows in partnership.people.values() for p in rows
               if p["nhs_number"]]  # fmt: skip
    assert len(numbers) > 100
    assert all(is_valid_nhs_number(n) for n in numbers)
    assert any(" " in n for n in numbers)


def test_health_holds_nhs_numbers_far_more_often_than_police(partnership):
    def share(code: str) -> float:
        children = {r["person_id"] for r in partnership.truth_people
                    if r["agency"] == code and r["is_adult"] == "false"}  # fmt: skip
        rows = [p for p in partnership.people[code] if p["person_id"] in children]
        return sum(1 for p in rows if p["nhs_number"]) / len(rows)

    assert share("NHS-GM") > 0.8
    assert share("GMP") < 0.2


def test_upns_are_well_formed(partnership):
    upns = [p["upn"] for rows in partnership.people.values() for p in rows if p["upn"]]
    assert upns
    assert all(UPN.match(u) for u in upns)


def test_crime_codes_and_risk_levels_use_the_vocabulary(partnership):
    events = partnership.events["GMP"]
    risks = [ev["code"] for ev in events if ev["type"] == "risk_assessment"]
    crimes = [ev["code"] for ev in events if ev["type"] == "crime"]
    assert risks
    assert crimes
    assert set(risks) <= {"none", "low", "medium", "high"}
    for code in crimes:
        assert re.match(r"^\d{1,3}[A-Z]?(/\d{2})?$", code), code
