"""The truth: which findings each child should have, computed from what was planted.

The oracle reads the meaning the generator gave each event (a sexual offence reported, the
indicator kinds shown, blaming language), never the text, and applies SPEC §3 with the
interpretations written in the truth folder's README.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .clock import add_working_days, hours_between, working_days_between
from .model import SEXUAL_HEALTH, Child, Event

CRIME_HOURS = 24.0
INDICATOR_COUNT = 3
INDICATOR_WINDOW = timedelta(days=90)
ASSESSMENT_WINDOW = timedelta(days=30)
REFERRAL_WORKING_DAYS = 1
RETURN_INTERVIEW_HOURS = 72.0
SUPPORT_WORKING_DAYS = 5
ASSESSMENT_WORKING_DAYS = 45

RULES = (
    "crime_not_recorded",
    "crime_recorded_late",
    "vulnerability_not_assessed",
    "no_referral_to_childrens_services",
    "no_return_interview",
    "victim_support_not_offered",
    "assessment_overdue",
    "victim_blaming_language",
)


@dataclass(frozen=True, slots=True)
class TrueFinding:
    """A finding the child should have, with its evidence events (earliest first)."""

    rule: str
    evidence: tuple[Event, ...]


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59))


def _police(ev: Event) -> bool:
    return ev.agency.sector == "police"


def indicator_kinds(child: Child, ev: Event) -> frozenset[str]:
    """The indicator kinds an event shows, with age-dependent ones resolved."""
    kinds = ev.indicators
    if SEXUAL_HEALTH in kinds and child.age_on(ev.at.date()) >= 16:
        kinds = kinds - {SEXUAL_HEALTH}
    return kinds


def _crime_findings(events: list[Event]) -> Iterator[TrueFinding]:
    crimes = [e for e in events if _police(e) and e.type == "crime"]
    for report in events:
        if not (_police(report) and report.type in ("incident", "note") and report.sexual_offence):
            continue
        linked = [c for c in crimes if c.related is report]
        if not linked:
            yield TrueFinding("crime_not_recorded", (report,))
            continue
        crime = min(linked, key=lambda c: c.recorded or c.at)
        if hours_between(report.at, crime.recorded or crime.at) > CRIME_HOURS:
            yield TrueFinding("crime_recorded_late", (report, crime))


def _vulnerability_findings(
    child: Child, events: list[Event], now: datetime
) -> Iterator[TrueFinding]:
    seen: list[tuple[datetime, str, Event]] = []
    for ev in events:
        for kind in sorted(indicator_kinds(child, ev)):
            seen.append((ev.at, kind, ev))
    seen.sort(key=lambda item: item[0])
    for at, _kind, _ev in seen:
        window = [s for s in seen if at - INDICATOR_WINDOW <= s[0] <= at]
        first_of_kind: dict[str, Event] = {}
        for _at, kind, ev in window:
            first_of_kind.setdefault(kind, ev)
        if len(first_of_kind) < INDICATOR_COUNT:
            continue
        assessed = any(
            e.type == "risk_assessment" and at <= e.at <= at + ASSESSMENT_WINDOW for e in events
        )
        if not assessed and at + ASSESSMENT_WINDOW <= now:
            unique = dict.fromkeys(first_of_kind.values())  # ordered: deterministic output
            evidence = tuple(sorted(unique, key=lambda e: e.at))
            yield TrueFinding("vulnerability_not_assessed", evidence)
        return


def _referral_findings(events: list[Event]) -> Iterator[TrueFinding]:
    for inc in events:
        if not (_police(inc) and inc.type == "incident"):
            continue
        if not (inc.sexual_offence or inc.indicators):
            continue
        deadline = _end_of(add_working_days(inc.at.date(), REFERRAL_WORKING_DAYS))
        referred = any(
            inc.at <= e.at <= deadline
            and (
                (_police(e) and e.type == "protection_notice")
                or (e.agency.sector == "social_care" and e.type in ("contact", "referral"))
            )
            for e in events
        )
        if not referred:
            yield TrueFinding("no_referral_to_childrens_services", (inc,))


def _return_findings(events: list[Event], now: datetime) -> Iterator[TrueFinding]:
    interviews = [e.at for e in events if e.type == "return_interview"]
    for ev in events:
        if ev.type not in ("missing_report", "missing_episode") or ev.ended is None:
            continue
        ended = ev.ended
        if hours_between(ended, now) < RETURN_INTERVIEW_HOURS:
            continue
        if not any(0 <= hours_between(ended, at) <= RETURN_INTERVIEW_HOURS for at in interviews):
            yield TrueFinding("no_return_interview", (ev,))


def _support_findings(events: list[Event], now: datetime) -> Iterator[TrueFinding]:
    for crime in events:
        if not (_police(crime) and crime.type == "crime"):
            continue
        start = (crime.recorded or crime.at).date()
        deadline = _end_of(add_working_days(start, SUPPORT_WORKING_DAYS))
        if deadline > now:
            continue
        offered = any(
            crime.at <= e.at <= deadline
            and (
                (_police(e) and e.type == "victim_needs_assessment") or e.type == "support_referral"
            )
            for e in events
        )
        if not offered:
            yield TrueFinding("victim_support_not_offered", (crime,))


def _assessment_findings(events: list[Event], now: datetime) -> Iterator[TrueFinding]:
    for ev in events:
        if ev.agency.sector != "social_care" or ev.type != "assessment":
            continue
        start = (ev.related.at if ev.related is not None else ev.at).date()
        end = (ev.ended or now).date()
        if working_days_between(start, end) > ASSESSMENT_WORKING_DAYS:
            evidence = (ev.related, ev) if ev.related is not None else (ev,)
            yield TrueFinding("assessment_overdue", evidence)


def true_findings(child: Child, now: datetime) -> list[TrueFinding]:
    """Every finding SPEC §3 gives this child, as of `now` (naive UK local time)."""
    events = sorted(child.events, key=lambda e: e.at)
    found: list[TrueFinding] = []
    found.extend(_crime_findings(events))
    found.extend(_vulnerability_findings(child, events, now))
    found.extend(_referral_findings(events))
    found.extend(_return_findings(events, now))
    found.extend(_support_findings(events, now))
    found.extend(_assessment_findings(events, now))
    found.extend(TrueFinding("victim_blaming_language", (e,)) for e in events if e.blaming)
    return found
