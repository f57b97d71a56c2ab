"""Filter options and year links, counted from the child's events."""

from collections import Counter
from collections.abc import Sequence

from concord.agencies.models import Agency, Sector

from .entries import Choice, Choices, YearLink
from .filters import ChronologyFilters
from .labels import event_type_label
from .slim import SlimEvent


def choices_build(
    *, slim: Sequence[SlimEvent], agencies: dict[int, Agency], filters: ChronologyFilters
) -> Choices:
    """Return the agencies, sectors and event types present in the child's events, with counts."""
    by_agency = Counter(agencies[e.agency_id].code for e in slim)
    by_sector = Counter(agencies[e.agency_id].sector for e in slim)
    by_type = Counter(e.type for e in slim)
    names = {a.code: a for a in agencies.values()}
    sector_labels = dict(Sector.choices)
    return Choices(
        agencies=tuple(
            Choice(code, f"{names[code].name} ({code})", n, code in filters.agencies)
            for code, n in sorted(by_agency.items())
        ),
        sectors=tuple(
            Choice(value, str(sector_labels.get(value, value)), n, value in filters.sectors)
            for value, n in sorted(by_sector.items())
        ),
        types=tuple(
            Choice(value, event_type_label(value), n, value in filters.types)
            for value, n in sorted(by_type.items(), key=lambda kv: event_type_label(kv[0]))
        ),
    )


def year_links_build(kept: Sequence[SlimEvent], page_size: int) -> tuple[YearLink, ...]:
    """Return each year among the matching events, with the page its first event is on."""
    first: dict[int, int] = {}
    counts: Counter[int] = Counter()
    for i, event in enumerate(kept):
        first.setdefault(event.day.year, i)
        counts[event.day.year] += 1
    return tuple(
        YearLink(year=year, page=index // page_size + 1, count=counts[year])
        for year, index in sorted(first.items())
    )
