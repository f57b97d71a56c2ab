"""Read children's linked chronologies out of the records store as engine contracts."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import Q

from concord.linkage.models import Child
from concord.records.models import Event, PersonRecord
from concord_engine.contracts.screening import ScreenChild, ScreenEvent, screen_event

_PRECISION_ORDER = {"day": 0, "month": 1, "year": 2, "unknown": 3}
# The first 13 in `ScreenEvent`'s own field order, so a row builds an event positionally
# (the 14th, the related person's date of birth, is looked up).
_EVENT_FIELDS = (
    "id",
    "agency__code",
    "agency__sector",
    "source_id",
    "type",
    "occurred_at",
    "recorded_at",
    "ended_at",
    "code",
    "author_role",
    "text",
    "related_person_source_id",
    "related_event_source_id",
    "agency_id",
    "person__link__child_id",
)
_CONTRACT_FIELDS = 13


def _dates_of_birth(child_ids: list[int]) -> dict[int, tuple[date, ...]]:
    """Each child's dates of birth, most reliable first: exact before partial, then commonest."""
    found: dict[int, Counter[tuple[int, date]]] = defaultdict(Counter)
    rows = PersonRecord.objects.filter(
        link__child_id__in=child_ids, date_of_birth__isnull=False
    ).values_list("link__child_id", "date_of_birth", "dob_precision")
    for child_id, birth, precision in rows:
        if birth is None:
            continue
        found[child_id][(_PRECISION_ORDER.get(precision, 3), birth)] += 1
    out: dict[int, tuple[date, ...]] = {}
    for child_id, counts in found.items():
        ranked = sorted(counts.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
        out[child_id] = tuple(birth for (_, birth), _ in ranked)
    return out


def _related_births(pairs: set[tuple[int, str]]) -> dict[tuple[int, str], date]:
    """Dates of birth of the other people named on events (e.g. suspects), where known."""
    by_agency: dict[int, set[str]] = defaultdict(set)
    for agency_id, source_id in pairs:
        by_agency[agency_id].add(source_id)
    if not by_agency:
        return {}
    query = Q()
    for agency_id, ids in by_agency.items():
        query |= Q(agency_id=agency_id, source_id__in=sorted(ids))
    rows = PersonRecord.objects.filter(query, date_of_birth__isnull=False).values_list(
        "agency_id", "source_id", "date_of_birth"
    )
    return {(a, s): d for a, s, d in rows if d is not None}


def chronologies_load(child_ids: list[int]) -> list[ScreenChild]:
    """The linked chronologies of these children (by database id), events from every agency."""
    public = dict(Child.objects.filter(id__in=child_ids).values_list("id", "public_id"))
    rows: list[tuple[Any, ...]] = list(
        Event.objects.filter(person__link__child_id__in=child_ids).values_list(*_EVENT_FIELDS)
    )
    related = _related_births({(r[13], r[11]) for r in rows if r[11]})
    events: dict[int, list[ScreenEvent]] = defaultdict(list)
    get_birth = related.get
    size = _CONTRACT_FIELDS
    for row in rows:
        # Positional, and without the dataclass's `__init__` (`screen_event`): once per event.
        values: tuple[Any, ...] = (*row[:size], get_birth((row[13], row[11])) if row[11] else None)
        events[row[14]].append(screen_event(*values))
    births = _dates_of_birth(child_ids)
    return [
        ScreenChild(
            child_id=public[child_id],
            dates_of_birth=births.get(child_id, ()),
            events=tuple(events.get(child_id, ())),
        )
        for child_id in child_ids
        if child_id in public
    ]


def chunked(items: list[int], size: int) -> Iterable[list[int]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
