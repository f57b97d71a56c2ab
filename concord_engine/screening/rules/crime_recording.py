"""Shared logic of the two crime-recording rules: each police report of a sexual offence, and
the police crime that recorded it (if any)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from concord_engine.screening.signals import ChildAnalysis, EventSignals

from .base import POLICE

REPORT_TYPES = frozenset({"incident", "note"})
# A crime recorded this long after a report, with no explicit link, is not taken to record it.
MATCH_HORIZON = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Report:
    """A police incident or note reporting a sexual offence, and the crime that recorded it."""

    report: EventSignals
    crime: EventSignals | None
    delay: timedelta | None


def recorded_time(sig: EventSignals) -> datetime:
    """When a crime was recorded: `recorded_at`, or `occurred_at` when that is missing."""
    return sig.event.recorded_at or sig.event.occurred_at


def _is_report(sig: EventSignals) -> bool:
    event = sig.event
    return event.sector == POLICE and event.type in REPORT_TYPES and sig.sexual_offence


def _crime_for(
    report: EventSignals, crimes: list[EventSignals], until: datetime
) -> EventSignals | None:
    event = report.event
    for crime in crimes:
        if crime.event.related_event_id == event.source_id and crime.event.agency == event.agency:
            return crime
    start = event.occurred_at - timedelta(hours=1)
    for crime in crimes:
        at = recorded_time(crime)
        if crime.event.related_event_id and crime.event.related_event_id != event.source_id:
            continue
        if start <= at < until and (crime.sexual_offence or not crime.event.code):
            return crime
    return None


def sexual_offence_reports(analysis: ChildAnalysis) -> list[Report]:
    """Every police report of a sexual offence against the child, matched to its crime."""
    cached: list[Report] | None = analysis.shared.get("sexual_offence_reports")
    if cached is None:
        cached = analysis.shared["sexual_offence_reports"] = _reports(analysis)
    return cached


def _reports(analysis: ChildAnalysis) -> list[Report]:
    # A report that a sexual-offence crime was recorded from is a report of a sexual offence,
    # whatever its own wording.
    police_crimes = [s for s in analysis.of_type("crime") if s.event.sector == POLICE]
    recorded_from = {
        (s.event.agency, s.event.related_event_id)
        for s in police_crimes
        if s.sexual_offence and s.event.related_event_id
    }
    reports = [
        s
        for s in analysis.of_type(*REPORT_TYPES)
        if _is_report(s)
        or (
            s.event.sector == POLICE
            and s.event.type in REPORT_TYPES
            and (s.event.agency, s.event.source_id) in recorded_from
        )
    ]
    if not reports:
        return []
    report_ids = {(s.event.agency, s.event.source_id) for s in reports}
    crimes = sorted(police_crimes, key=recorded_time)
    out: list[Report] = []
    for index, sig in enumerate(reports):
        related = (sig.event.agency, sig.event.related_event_id)
        if sig.event.type == "note" and related in report_ids:
            continue  # a note on an incident already counted is the same report
        later = [r.event.occurred_at for r in reports[index + 1 :] if r.event.type == "incident"]
        until = min([sig.event.occurred_at + MATCH_HORIZON, *later])
        crime = _crime_for(sig, crimes, until)
        delay = recorded_time(crime) - sig.event.occurred_at if crime else None
        out.append(Report(report=sig, crime=crime, delay=delay))
    return out
