"""Build small chronologies for rule tests."""

from datetime import date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from concord_engine.contracts.screening import FindingOut, ScreenChild, ScreenEvent
from concord_engine.screening import screen_child
from concord_engine.screening.engine import RULES_BY_ID

UK = ZoneInfo("Europe/London")
SECTORS = {"GMP": "police", "OLDCSC": "social_care", "MFT": "health", "OLDED": "education"}
_ids = count(1)
# Screens treat this as now unless a test says otherwise: long after every event.
LATER = datetime(2030, 1, 1, tzinfo=UK)


def at(text: str) -> datetime:
    """`2025-03-07 14:00` in UK local time."""
    return datetime.fromisoformat(text).replace(tzinfo=UK)


def ev(
    agency: str,
    etype: str,
    occurred: str,
    *,
    text: str = "",
    code: str = "",
    recorded: str | None = None,
    ended: str | None = None,
    source_id: str | None = None,
    related_event_id: str = "",
    related_birth: date | None = None,
    author_role: str = "",
) -> ScreenEvent:
    ref = next(_ids)
    return ScreenEvent(
        ref=ref,
        agency=agency,
        sector=SECTORS[agency],
        source_id=source_id or f"E{ref}",
        type=etype,
        occurred_at=at(occurred),
        recorded_at=at(recorded) if recorded else None,
        ended_at=at(ended) if ended else None,
        code=code,
        text=text,
        related_event_id=related_event_id,
        related_person_birth_date=related_birth,
        author_role=author_role,
    )


def child(*events: ScreenEvent, dob: date | None = date(2010, 6, 1)) -> ScreenChild:
    return ScreenChild(child_id="C1", dates_of_birth=(dob,) if dob else (), events=events)


def run(
    rule: str,
    *events: ScreenEvent,
    dob: date | None = date(2010, 6, 1),
    as_of=LATER,
    **params: object,
) -> list[FindingOut]:
    rule_obj = RULES_BY_ID[rule]
    parameters = {rule: rule_obj.parameters(params)}
    return screen_child(
        child(*events, dob=dob), parameters=parameters, as_of=as_of, rules=[rule_obj]
    )


def plus(text: str, **delta: float) -> str:
    return (datetime.fromisoformat(text) + timedelta(**delta)).isoformat(sep=" ")
