"""What a reader asked to see of a chronology: parsed, validated filters (no Django here)."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ChronologyFilters:
    """Filters over one child's events; empty tuples and None mean 'no restriction'."""

    agencies: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    only_findings: bool = False
    search: str = ""

    @property
    def is_active(self) -> bool:
        """Whether any filter restricts the events."""
        return bool(
            self.agencies
            or self.sectors
            or self.types
            or self.date_from
            or self.date_to
            or self.only_findings
            or self.search
        )


NO_FILTERS = ChronologyFilters()
