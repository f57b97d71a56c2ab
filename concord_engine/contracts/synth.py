"""Contract of the synthetic partnership generator: its configuration and its summary."""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_EXTRACTED_AT = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
# Histories start in 2018 and the working-day calendar ends in 2031.
EARLIEST_EXTRACT = datetime(2022, 1, 1, tzinfo=UTC)
LATEST_EXTRACT = datetime(2031, 6, 30, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class SynthConfig:
    """What to generate.

    Attributes:
        children: number of real children in the partnership (adults come on top).
        seed: the same seed always gives byte-identical output.
        events_per_child: mean number of routine (background) events per child; planted
            scenarios add about 4 more on average. Lower it for a person-heavy partnership.
        include_education: also write one education extract per local authority.
        extracted_at: the extraction time written to every manifest (the screening "now").
        holdout_phrasing: write planted disclosures, indicators and language with the held-out
            phrase banks (same meanings, unseen wording) to test that screening generalises.
    """

    children: int
    seed: int = 1
    events_per_child: float = 20.0
    include_education: bool = True
    extracted_at: datetime = DEFAULT_EXTRACTED_AT
    holdout_phrasing: bool = False

    def __post_init__(self) -> None:
        if self.children < 1:
            raise ValueError("children must be at least 1")
        if not 0 <= self.events_per_child <= 1000:
            raise ValueError("events_per_child must be between 0 and 1000")
        if self.extracted_at.tzinfo is None:
            raise ValueError("extracted_at must be timezone-aware")
        if not EARLIEST_EXTRACT <= self.extracted_at <= LATEST_EXTRACT:
            raise ValueError("extracted_at must be between 2022-01-01 and 2031-06-30")


@dataclass(frozen=True, slots=True)
class SynthSummary:
    """What was written."""

    out: Path
    children: int
    adults: int
    person_records: int
    events: int
    agencies: tuple[str, ...]
    findings_by_rule: dict[str, int] = field(default_factory=dict)

    @property
    def findings(self) -> int:
        """Total planted and incidental findings in the truth folder."""
        return sum(self.findings_by_rule.values())
