"""Crime recording: 24 hours from the report (NCRS), with look-alikes at 23 h and 25 h."""

from datetime import datetime, timedelta

from concord_engine.synth.builder import Builder
from concord_engine.synth.clock import add_working_days
from concord_engine.synth.rand import between

from .police import protection_notice, record_crime, sexual_report, victim_needs
from .timing import steady_start


def _recorded_after(b: Builder, anchor: datetime, hours: float, name: str, late: bool) -> None:
    start = steady_start(b, anchor.date(), hours)
    report = sexual_report(b, start, as_note=b.rng.random() < 0.2)
    ppn = protection_notice(b, b.later(start, b.rng.uniform(1, 6)), report)
    crime = record_crime(b, report, b.later(start, hours))
    # Support is offered within 2 working days of the report (or of recording, when that is
    # sooner), so every reading of the 5-working-day rule agrees it was offered.
    recorded = crime.recorded or start
    anchor_at = recorded if hours <= 48 else start
    day = add_working_days(anchor_at.date(), between(b.rng, 0, 2))
    vna_at = max(b.moment(day, 9, 17), anchor_at + timedelta(minutes=40))
    vna = victim_needs(b, vna_at, crime)
    b.expect(name, "crime_recorded_late", late, report, crime)
    b.expect(name, "crime_not_recorded", False, report)
    b.expect(name, "victim_support_not_offered", False, crime, vna)
    if report.type == "incident":
        b.expect(name, "no_referral_to_childrens_services", False, report, ppn)


def crime_at_23h(b: Builder, anchor: datetime) -> None:
    """Look-alike: crime recorded 23 hours after the report."""
    _recorded_after(b, anchor, 23, "crime_recorded_23h", late=False)


def crime_prompt(b: Builder, anchor: datetime) -> None:
    """Look-alike: crime recorded within a few hours of the report."""
    _recorded_after(b, anchor, b.rng.uniform(0.5, 8), "crime_recorded_promptly", late=False)


def crime_at_25h(b: Builder, anchor: datetime) -> None:
    """Failing: crime recorded 25 hours after the report."""
    _recorded_after(b, anchor, 25, "crime_recorded_25h", late=True)


def crime_days_late(b: Builder, anchor: datetime) -> None:
    """Failing: crime recorded days or weeks after the report."""
    _recorded_after(b, anchor, b.rng.uniform(3, 40) * 24, "crime_recorded_days_late", late=True)


def crime_never(b: Builder, anchor: datetime) -> None:
    """Failing: a reported sexual offence with no crime recorded."""
    start = b.moment(anchor.date(), 8, 21)
    report = sexual_report(b, start, as_note=b.rng.random() < 0.3)
    ppn = protection_notice(b, b.later(start, b.rng.uniform(1, 6)), report)
    b.expect("crime_not_recorded", "crime_not_recorded", True, report)
    b.expect("crime_not_recorded", "crime_recorded_late", False, report)
    if report.type == "incident":
        b.expect("crime_not_recorded", "no_referral_to_childrens_services", False, report, ppn)
