"""The generator's inner model: true people and the events that happened to them.

Events carry their meaning (sexual offence reported, exploitation indicators, blaming language)
beside the text, so the truth can be computed from what was planted, not from the text.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from .agencies import AgencySpec, Area
from .names import NameGroup

# Exploitation indicator kinds (SPEC §3), each counted once per kind.
MISSING = "missing"
OLDER_PARTNER = "older_partner"
SUBSTANCES = "alcohol_drugs"
SEXUAL_HEALTH = "sexual_health_under_16"
LOCATION = "hotel_taxi_car_with_adults"
GIFTS = "gifts_money_phones"
SCHOOL = "school_absence_exclusion"
CIN_FACTOR = "cin_factor"
# Being found with adult men also shows association with adults: one sentence, two kinds.
LOCATION_KINDS = frozenset({LOCATION, OLDER_PARTNER})
INDICATOR_KINDS = (
    MISSING,
    OLDER_PARTNER,
    SUBSTANCES,
    SEXUAL_HEALTH,
    LOCATION,
    GIFTS,
    SCHOOL,
    CIN_FACTOR,
)


@dataclass(slots=True)
class Adult:
    """A parent, carer or suspect; may be linked to several children."""

    key: str
    role: str
    sex: str
    given: str
    family: str
    dob: date
    postcode: str
    address: str
    nickname: str = ""


@dataclass(slots=True, eq=False)
class Event:
    """One event about a child, with what it means."""

    agency: AgencySpec
    type: str
    at: datetime
    date_only: bool = False
    recorded: datetime | None = None
    ended: datetime | None = None
    code: str = ""
    related_adult: Adult | None = None
    related: "Event | None" = None
    author_role: str = ""
    text: str = ""
    sexual_offence: bool = False
    indicators: frozenset[str] = frozenset()
    blaming: bool = False
    slot: int = 0
    event_id: str = ""


@dataclass(slots=True)
class Child:
    """A real child: true identity, home area and everything that happened."""

    key: str
    sex: str
    given: str
    family: str
    dob: date
    group: NameGroup
    area: Area
    postcode: str
    address: str
    nhs_number: str
    upn: str
    old_postcode: str = ""
    old_address: str = ""
    old_area: Area | None = None
    moved_on: date | None = None
    twin_of: str = ""
    parents: list[Adult] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=dict)
    scenarios: list[tuple[str, str, str]] = field(default_factory=list)

    def age_on(self, day: date) -> int:
        """Age in whole years on `day`."""
        years = day.year - self.dob.year
        if (day.month, day.day) < (self.dob.month, self.dob.day):
            years -= 1
        return years

    @property
    def pronoun(self) -> str:
        """Subject pronoun used in professional text."""
        return "she" if self.sex == "F" else "he"

    @property
    def possessive(self) -> str:
        """Possessive pronoun used in professional text."""
        return "her" if self.sex == "F" else "his"

    @property
    def reflexive(self) -> str:
        """Reflexive pronoun used in professional text."""
        return "herself" if self.sex == "F" else "himself"
