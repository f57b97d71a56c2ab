"""A child's timeline under construction: adds events with realistic times and authors."""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from .agencies import AgencySpec
from .clock import add_hours, is_real_local_time
from .model import Adult, Child, Event
from .rand import pick
from .texts.common import Ctx, ctx_for
from .texts.dress import dress
from .texts.routine import AUTHOR_ROLES


@dataclass(frozen=True, slots=True)
class ChildAgencies:
    """The agencies that may hold records about one child."""

    police: AgencySpec
    social_care: AgencySpec
    health: AgencySpec
    education: AgencySpec | None
    previous_social_care: AgencySpec | None = None


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a planted scenario should (or should not) produce for one rule."""

    scenario: str
    rule: str
    finding: bool
    evidence: tuple[Event, ...]


@dataclass(slots=True)
class Builder:
    """Adds events to one child's timeline."""

    rng: random.Random
    child: Child
    agencies: ChildAgencies
    now: datetime
    suspects: list[Adult]
    expectations: list[Expectation] = field(default_factory=list)
    reserved: set[str] = field(default_factory=set)
    quiet_indicators: bool = False
    holdout: bool = False

    def moment(self, day: date, lo: int = 8, hi: int = 22) -> datetime:
        """A real local time on `day` between `lo`:00 and `hi`:59."""
        rand = self.rng.random
        at = datetime.combine(day, time(lo + int(rand() * (hi - lo + 1)), int(rand() * 60)))
        return at if is_real_local_time(at) else at + timedelta(hours=1)

    def later(self, at: datetime, hours: float) -> datetime:
        """The local time `hours` real hours after `at`, to the minute."""
        return add_hours(at, hours).replace(second=0, microsecond=0)

    def ctx(self, at: datetime, **extra: str) -> Ctx:
        """Template values for text written at `at`."""
        return ctx_for(self.rng, self.child, self.child.age_on(at.date()), **extra)

    def suspect(self) -> Adult:
        """A suspect from the cohort's network (shared with other children)."""
        return self.rng.choice(self.suspects)

    def add(
        self,
        agency: AgencySpec,
        type_: str,
        at: datetime,
        *,
        text: str = "",
        code: str = "",
        **meaning: object,
    ) -> Event:
        """Append an event; `meaning` sets the other Event fields by name."""
        roles = AUTHOR_ROLES[agency.sector]
        if text:
            text = dress(self.rng, agency.sector, text)
        ev = Event(agency=agency, type=type_, at=at, text=text, code=code)
        ev.author_role = pick(self.rng, roles)
        for name, value in meaning.items():
            setattr(ev, name, frozenset(value) if name == "indicators" else value)  # type: ignore[call-overload]
        self.child.events.append(ev)
        return ev

    def expect(self, scenario: str, rule: str, finding: bool, *evidence: Event) -> None:
        """Record what the scenario planted, for the truth's scenarios.csv."""
        self.expectations.append(Expectation(scenario, rule, finding, evidence))
