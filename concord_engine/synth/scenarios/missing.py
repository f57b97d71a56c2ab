"""Return home interviews within 72 hours of a missing child's return: 71 h, 73 h and none."""

from datetime import datetime, timedelta

from concord_engine.synth.builder import Builder
from concord_engine.synth.clock import hours_between
from concord_engine.synth.model import MISSING, Event
from concord_engine.synth.rand import between
from concord_engine.synth.texts import process as p
from concord_engine.synth.texts.common import fill

from .timing import at_hour, is_steady


def missing_pair(b: Builder, start: datetime, hours_away: float) -> tuple[Event, Event]:
    """A police missing report and the social care missing episode, both ended on return."""
    ended = b.later(start, hours_away)
    ctx = b.ctx(start)
    report = b.add(
        b.agencies.police, "missing_report", start,
        text=fill(b.rng, p.MISSING_REPORT, ctx) + " " + fill(b.rng, p.MISSING_RETURN, ctx),
        ended=ended, indicators=frozenset({MISSING}),
    )  # fmt: skip
    episode = b.add(
        b.agencies.social_care, "missing_episode", b.later(start, b.rng.uniform(0.5, 4)),
        text=fill(b.rng, p.MISSING_EPISODE, ctx), ended=ended, indicators=frozenset({MISSING}),
    )  # fmt: skip
    return report, episode


def return_interview(b: Builder, at: datetime, episode: Event) -> Event:
    """An independent return home interview."""
    text = fill(b.rng, p.RETURN_INTERVIEW, b.ctx(at))
    return b.add(b.agencies.social_care, "return_interview", at, text=text, related=episode)


def _times(b: Builder, anchor: datetime, after: float) -> tuple[datetime, float]:
    """An evening start and a daytime return, with no clock change before the interview."""
    day = anchor.date()
    while True:
        start = b.moment(day, 17, 23)
        ended = at_hour(day + timedelta(days=1), between(b.rng, 10, 15), between(b.rng, 0, 59))
        total = hours_between(start, ended) + after
        if is_steady(start, total):
            return start, hours_between(start, ended)
        day += timedelta(days=7)


def _case(b: Builder, anchor: datetime, name: str, after: float | None) -> None:
    start, away = _times(b, anchor, after if after is not None else 0)
    report, episode = missing_pair(b, start, away)
    late = after is None or after > 72
    evidence: list[Event] = []
    if after is not None:
        at = b.later(report.ended or start, after)
        if after < 60 and not 9 <= at.hour <= 18:
            at = b.moment(at.date(), 9, 12)  # interviews happen in the day
            at = at if at > (report.ended or start) else b.later(at, 24)
        evidence.append(return_interview(b, at, episode))
    b.expect(name, "no_return_interview", late, report, *evidence)
    b.expect(name, "no_return_interview", late, episode, *evidence)


def return_at_71h(b: Builder, anchor: datetime) -> None:
    """Look-alike: return interview 71 hours after the return."""
    _case(b, anchor, "return_interview_71h", 71)


def return_at_73h(b: Builder, anchor: datetime) -> None:
    """Failing: return interview 73 hours after the return."""
    _case(b, anchor, "return_interview_73h", 73)


def return_never(b: Builder, anchor: datetime) -> None:
    """Failing: no return interview at all."""
    _case(b, anchor, "return_interview_missing", None)


def return_prompt(b: Builder, anchor: datetime) -> None:
    """Look-alike: return interview the next day."""
    _case(b, anchor, "return_interview_next_day", b.rng.uniform(12, 40))
