"""Read one child's chronology for a user: access-checked, logged, a constant number of queries.

Queries per call, whatever the number of events: the access check and its log entry, the
child's linked records, a slim list of every event (id, agency, type, times), the findings and
their evidence, the full rows of the events on the page, and, when searching, one text search
and its log entry. Filtering, paging, the chart and the facets are worked out in Python from the
slim list.
"""

from dataclasses import dataclass

from django.utils import timezone

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.agencies.models import Agency
from concord.linkage.models import Child, PersonLink
from concord.linkage.permissions import can_see_names
from concord.linkage.selectors import child_get_for_user
from concord.records.models import Event
from concord.screening.models import Finding, FindingEvidence

from .chart import ChartAgency, ChartEvent, ChartFinding, TimelineChart, timeline_build
from .entries import Chronology, FindingNote, FindingSummary, PageInfo
from .facets import choices_build, year_links_build
from .filters import NO_FILTERS, ChronologyFilters
from .guidance import language_notes
from .identities import identities_build
from .labels import MISSING_TYPES, rule_label
from .rows import entries_build
from .slim import SlimEvent

PAGE_SIZE = 50
ACTION_VIEW = "view_chronology"
ACTION_SEARCH = "search_chronology"
FINDING_FIELDS = ("id", "rule", "severity", "summary")


@dataclass(frozen=True)
class FindingsIndex:
    """The child's findings, and which of them each event is evidence for."""

    findings: tuple[Finding, ...]
    notes: dict[int, FindingNote]
    by_event: dict[int, list[int]]
    highlights: dict[int, list[object]]
    events_of: dict[int, list[int]]


def _slim_events(child: Child) -> list[SlimEvent]:
    rows = (
        Event.objects.filter(person__link__child=child)
        .order_by("occurred_at", "id")
        .values_list("id", "agency_id", "type", "occurred_at", "ended_at")
    )
    zone = timezone.get_current_timezone()  # once, not per row: this loop is the hot path
    return [
        SlimEvent(
            pk,
            agency_id,
            kind,
            at.astimezone(zone).date(),
            ended.astimezone(zone).date() if ended is not None else None,
        )
        for pk, agency_id, kind, at, ended in rows
    ]


def _finding_fields() -> tuple[str, ...]:
    # `detail` (rule-specific guidance) arrives with screening's own migration; read it if there.
    names = {field.name for field in Finding._meta.get_fields()}
    return FINDING_FIELDS + (("detail",) if "detail" in names else ())


def _findings_index(child: Child) -> FindingsIndex:
    findings = tuple(Finding.objects.filter(child=child).only(*_finding_fields()).order_by("id"))
    notes = {
        f.pk: FindingNote(
            finding_id=f.pk,
            rule=f.rule,
            rule_label=rule_label(f.rule),
            severity=f.severity,
            severity_label=f.get_severity_display(),
            summary=f.summary,
            guidance=language_notes(getattr(f, "detail", None)),
        )
        for f in findings
    }
    by_event: dict[int, list[int]] = {}
    highlights: dict[int, list[object]] = {}
    events_of: dict[int, list[int]] = {}
    evidence = (
        FindingEvidence.objects.filter(finding__child=child)
        .order_by("finding_id", "position", "id")
        .values_list("finding_id", "event_id", "highlights")
    )
    for finding_id, event_id, spans in evidence:
        by_event.setdefault(event_id, []).append(finding_id)
        highlights.setdefault(event_id, []).append(spans)
        events_of.setdefault(finding_id, []).append(event_id)
    return FindingsIndex(findings, notes, by_event, highlights, events_of)


def _search_ids(*, user: User, child: Child, search: str) -> set[int]:
    ids = set(
        Event.objects.filter(person__link__child=child, text__icontains=search).values_list(
            "id", flat=True
        )
    )
    access_log_record(
        user=user,
        action=ACTION_SEARCH,
        object_type="child",
        object_id=child.public_id,
        detail={"matches": len(ids)},
    )
    return ids


def _keep(
    event: SlimEvent,
    filters: ChronologyFilters,
    agencies: dict[int, Agency],
    index: FindingsIndex,
    searched: set[int] | None,
) -> bool:
    agency = agencies[event.agency_id]
    checks = (
        not filters.agencies or agency.code in filters.agencies,
        not filters.sectors or agency.sector in filters.sectors,
        not filters.types or event.type in filters.types,
        filters.date_from is None or event.day >= filters.date_from,
        filters.date_to is None or event.day <= filters.date_to,
        not filters.only_findings or event.id in index.by_event,
        searched is None or event.id in searched,
    )
    return all(checks)


def _agencies(links: list[PersonLink], events: list[SlimEvent]) -> dict[int, Agency]:
    agencies = {link.person.agency_id: link.person.agency for link in links}
    missing = {e.agency_id for e in events} - set(agencies)
    if missing:  # an event filed under another agency than its person record: rare, one query
        agencies.update(Agency.objects.in_bulk(missing))
    return agencies


def _page(count: int, number: int, size: int | None) -> PageInfo:
    if size is None:
        return PageInfo(number=1, count=1, size=max(count, 1), start_index=0, end_index=count)
    pages = max((count + size - 1) // size, 1)
    number = min(max(number, 1), pages)
    start = (number - 1) * size
    return PageInfo(
        number=number, count=pages, size=size, start_index=start, end_index=min(start + size, count)
    )


def _finding_summaries(
    index: FindingsIndex, kept: list[SlimEvent], page: PageInfo
) -> tuple[FindingSummary, ...]:
    position = {event.id: i for i, event in enumerate(kept)}
    summaries = []
    for finding in index.findings:
        shown = [e for e in index.events_of.get(finding.pk, []) if e in position]
        first = min(shown, key=position.__getitem__) if shown else None
        summaries.append(
            FindingSummary(
                note=index.notes[finding.pk],
                evidence_count=len(index.events_of.get(finding.pk, [])),
                first_event_id=first,
                first_event_day=kept[position[first]].day if first is not None else None,
                page=position[first] // page.size + 1 if first is not None else None,
            )
        )
    return tuple(summaries)


def _chart(
    agencies: dict[int, Agency], kept: list[SlimEvent], index: FindingsIndex
) -> TimelineChart:
    used_ids = {e.agency_id for e in kept}
    used = sorted((agencies[i] for i in used_ids), key=lambda a: (a.sector, a.code))
    chart_agencies = [ChartAgency(a.code, a.name, a.sector, a.get_sector_display()) for a in used]
    codes = {pk: agency.code for pk, agency in agencies.items()}
    events = [ChartEvent(codes[e.agency_id], e.day, e.type in MISSING_TYPES, e.ended) for e in kept]
    day_of = {e.id: e.day for e in kept}
    markers = []
    for finding in index.findings:
        days = [day_of[e] for e in index.events_of.get(finding.pk, []) if e in day_of]
        if days:
            markers.append(ChartFinding(min(days), rule_label(finding.rule), finding.severity))
    return timeline_build(agencies=chart_agencies, events=events, findings=markers)


def chronology_get_for_user(
    *,
    user: User,
    child_id: str,
    filters: ChronologyFilters = NO_FILTERS,
    page: int = 1,
    page_size: int | None = PAGE_SIZE,
    action: str = ACTION_VIEW,
) -> Chronology:
    """Return the child's chronology as this user may see it; 404 if they may not (logged).

    `page_size=None` returns every matching event (print view and CSV export). `action` names
    the access-log entry, e.g. an export.
    """
    child = child_get_for_user(user=user, child_id=child_id, action=action)
    names_shown = can_see_names(user)
    links = list(
        PersonLink.objects.filter(child=child)
        .select_related("person__agency")
        .order_by("person__agency__code", "person__source_id", "person_id")
    )
    slim = _slim_events(child)
    agencies = _agencies(links, slim)
    index = _findings_index(child)
    searched = (
        _search_ids(user=user, child=child, search=filters.search) if filters.search else None
    )
    kept = (
        [e for e in slim if _keep(e, filters, agencies, index, searched)]
        if filters.is_active
        else slim
    )
    page_info = _page(len(kept), page, page_size)
    return Chronology(
        child=child,
        names_shown=names_shown,
        filters=filters,
        identities=identities_build(links, names_shown=names_shown),
        findings=_finding_summaries(index, kept, page_info),
        entries=entries_build(
            child=child,
            kept=kept,
            page=page_info,
            agencies=agencies,
            notes=index.notes,
            by_event=index.by_event,
            highlights=index.highlights,
            search=filters.search,
        ),
        total_events=len(slim),
        matched_events=len(kept),
        page=page_info,
        chart=_chart(agencies, kept, index),
        choices=choices_build(slim=slim, agencies=agencies, filters=filters),
        years=year_links_build(kept, page_info.size),
    )


__all__ = ["PAGE_SIZE", "chronology_get_for_user"]
