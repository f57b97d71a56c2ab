"""What the records say about children, for sampling, allocation and pre-filling (ids only)."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count
from django.utils import timezone

from concord.linkage.models import PersonLink
from concord.records.models import Event
from concord.screening.models import Finding

UNKNOWN_AREA = "Unknown"
# Agencies run by a local authority name it as their area (SPEC §2 manifest `area`).
LOCAL_AUTHORITY_SECTORS = frozenset({"social_care", "education"})


@dataclass
class ChildRecords:
    """One child's record holders, local authority and in-period activity."""

    child_pk: int
    public_id: str
    local_authority: str = UNKNOWN_AREA
    agencies: set[str] = field(default_factory=set)
    sectors_in_period: set[str] = field(default_factory=set)
    event_types_in_period: set[str] = field(default_factory=set)
    finding_rules: set[str] = field(default_factory=set)


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Return aware datetimes covering whole days from `start` to `end` inclusive."""
    tz = timezone.get_default_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=tz),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=tz),
    )


def _local_authority(areas: Counter[str]) -> str:
    if not areas:
        return UNKNOWN_AREA
    best = max(areas.values())
    return sorted(area for area, n in areas.items() if n == best)[0]


def children_records(
    *, start: date, end: date, child_pks: Iterable[int] | None = None
) -> dict[int, ChildRecords]:
    """Gather, per linked child, holders, local authority, and events and findings in a period.

    A child's local authority is the area most of its records at local-authority agencies
    (children's social care, education) name; failing those, the area most of its other
    agencies name (e.g. a force-wide area); failing that, the `Unknown` stratum.
    """
    links = PersonLink.objects.values_list(
        "child_id",
        "child__public_id",
        "person__agency__code",
        "person__agency__area",
        "person__agency__sector",
    )
    if child_pks is not None:
        links = links.filter(child_id__in=list(child_pks))
    children: dict[int, ChildRecords] = {}
    la_areas: dict[int, Counter[str]] = defaultdict(Counter)
    other_areas: dict[int, Counter[str]] = defaultdict(Counter)
    for child_pk, public_id, agency_code, area, sector in links.iterator():
        record = children.setdefault(child_pk, ChildRecords(child_pk, public_id))
        record.agencies.add(agency_code)
        if area:
            target = la_areas if sector in LOCAL_AUTHORITY_SECTORS else other_areas
            target[child_pk][area] += 1
    for child_pk, record in children.items():
        record.local_authority = _local_authority(la_areas[child_pk] or other_areas[child_pk])
    low, high = period_bounds(start, end)
    events = (
        Event.objects.filter(
            occurred_at__gte=low, occurred_at__lt=high, person__link__child_id__in=children.keys()
        )
        .values_list("person__link__child_id", "agency__sector", "type")
        .annotate(n=Count("id"))
    )
    for child_pk, sector, event_type, _n in events.iterator():
        children[child_pk].sectors_in_period.add(sector)
        children[child_pk].event_types_in_period.add(event_type)
    findings = Finding.objects.filter(child_id__in=children.keys()).values_list("child_id", "rule")
    for child_pk, rule in findings.distinct().iterator():
        children[child_pk].finding_rules.add(rule)
    return children
