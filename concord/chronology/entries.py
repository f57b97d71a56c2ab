"""What a chronology holds: read-only values for the page, print view, CSV and review form."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils.safestring import SafeString

from concord.linkage.models import Child

from .chart import TimelineChart
from .filters import ChronologyFilters
from .guidance import LanguageNote

SEVERITY_TAGS = {
    "high": "govuk-tag--red",
    "medium": "govuk-tag--orange",
    "low": "govuk-tag--yellow",
}


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(moment: datetime) -> str:
    """'Fri 3 May 2024', the same in any locale (strftime's names follow the C locale)."""
    return f"{DAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _moment(moment: datetime) -> str:
    return f"{_day(moment)}, {moment.hour:02d}:{moment.minute:02d}"


@dataclass(frozen=True)
class Identity:
    """One agency's record of the child, with the linkage's confidence that it is this child."""

    label: str
    agency_code: str
    agency_name: str
    sector: str
    sector_label: str
    match_probability: float
    names_shown: bool
    source_id: str = ""
    given_name: str = ""
    family_name: str = ""
    other_names: str = ""
    date_of_birth: str = ""
    sex: str = ""
    postcode: str = ""
    address: str = ""
    nhs_number: str = ""
    upn: str = ""
    local_id: str = ""

    @property
    def confidence_percent(self) -> str:
        return f"{self.match_probability * 100:.1f}%"


@dataclass(frozen=True)
class FindingNote:
    """A screening finding as shown at one of its evidence events."""

    finding_id: int
    rule: str
    rule_label: str
    severity: str
    severity_label: str
    summary: str
    guidance: tuple[LanguageNote, ...] = ()

    @property
    def tag_class(self) -> str:
        """The GOV.UK tag colour for the severity (the tag's text names the severity too)."""
        return SEVERITY_TAGS.get(self.severity, "govuk-tag--grey")


@dataclass(frozen=True)
class FindingSummary:
    """A finding in the list above the chronology, with where its first evidence is shown."""

    note: FindingNote
    evidence_count: int
    first_event_id: int | None
    first_event_day: date | None
    page: int | None

    @property
    def first_day(self) -> str:
        day = self.first_event_day
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


@dataclass(frozen=True)
class Entry:
    """One event in the chronology."""

    event_id: int
    source_id: str
    agency_code: str
    agency_name: str
    sector: str
    sector_label: str
    type: str
    type_label: str
    occurred_at: datetime
    date_only: bool
    recorded_at: datetime | None
    ended_at: datetime | None
    code: str
    author_role: str
    text: str
    text_html: SafeString
    findings: tuple[FindingNote, ...]
    year_anchor: int | None

    @property
    def year(self) -> int:
        return self.occurred_at.year

    @property
    def when(self) -> str:
        """When it happened, for people: 'Fri 3 May 2024, 23:00' (date only if that is all)."""
        return _day(self.occurred_at) if self.date_only else _moment(self.occurred_at)

    @property
    def when_iso(self) -> str:
        return (
            self.occurred_at.date().isoformat() if self.date_only else self.occurred_at.isoformat()
        )

    @property
    def recorded(self) -> str:
        return _moment(self.recorded_at) if self.recorded_at else ""

    @property
    def ended(self) -> str:
        return _moment(self.ended_at) if self.ended_at else ""


@dataclass(frozen=True)
class Choice:
    """One option of a filter, with how many of the child's events have it."""

    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Choices:
    """The options of the agency, sector and event type filters."""

    agencies: tuple[Choice, ...]
    sectors: tuple[Choice, ...]
    types: tuple[Choice, ...]


@dataclass(frozen=True)
class YearLink:
    year: int
    page: int
    count: int


@dataclass(frozen=True)
class PageInfo:
    number: int
    count: int
    size: int
    start_index: int
    end_index: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.count

    @property
    def previous_number(self) -> int:
        return self.number - 1

    @property
    def next_number(self) -> int:
        return self.number + 1

    @property
    def numbers(self) -> tuple[int | None, ...]:
        """Page numbers to link, with None for an ellipsis (GOV.UK pagination pattern)."""
        wanted = {1, self.count, self.number - 1, self.number, self.number + 1}
        shown = sorted(n for n in wanted if 1 <= n <= self.count)
        out: list[int | None] = []
        previous = 0
        for n in shown:
            if n - previous > 1:
                out.append(None)
            out.append(n)
            previous = n
        return tuple(out)


@dataclass(frozen=True)
class Chronology:
    """One child's multi-agency chronology: identities, findings, chart, a page of events."""

    child: Child
    names_shown: bool
    filters: ChronologyFilters
    identities: tuple[Identity, ...]
    findings: tuple[FindingSummary, ...]
    entries: tuple[Entry, ...]
    total_events: int
    matched_events: int
    page: PageInfo
    chart: TimelineChart
    choices: "Choices"
    years: tuple[YearLink, ...]
