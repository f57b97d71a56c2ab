"""The full rows of the events on one page, with findings and highlighted text."""

from collections.abc import Sequence

from django.utils import timezone

from concord.agencies.models import Agency
from concord.linkage.models import Child
from concord.records.models import Event

from .entries import Entry, FindingNote, PageInfo
from .highlight import Span, spans_for_search, spans_from_highlights, text_mark
from .labels import event_type_label
from .slim import SlimEvent

# Above this many ids, read the child's events and keep the wanted ones rather than a long IN list.
MAX_IN_LIST = 500
FIELDS = (
    "id",
    "source_id",
    "agency_id",
    "type",
    "occurred_at",
    "occurred_date_only",
    "recorded_at",
    "ended_at",
    "code",
    "author_role",
    "text",
)


def _load(ids: Sequence[int], child: Child) -> dict[int, Event]:
    if not ids:
        return {}
    if len(ids) <= MAX_IN_LIST:
        return {e.pk: e for e in Event.objects.filter(id__in=ids).only(*FIELDS)}
    wanted = set(ids)
    rows = Event.objects.filter(person__link__child=child).only(*FIELDS)
    return {e.pk: e for e in rows.iterator(chunk_size=2000) if e.pk in wanted}


def _spans(event: Event, highlights: list[object], search: str) -> list[Span]:
    spans: list[Span] = []
    for value in highlights:
        spans.extend(spans_from_highlights(value, length=len(event.text)))
    spans.extend(spans_for_search(event.text, search))
    return spans


def entries_build(
    *,
    child: Child,
    kept: Sequence[SlimEvent],
    page: PageInfo,
    agencies: dict[int, Agency],
    notes: dict[int, FindingNote],
    by_event: dict[int, list[int]],
    highlights: dict[int, list[object]],
    search: str,
) -> tuple[Entry, ...]:
    """Return the page's entries in time order, marking the first event of each year."""
    window = kept[page.start_index : page.end_index]
    loaded = _load([e.id for e in window], child)
    previous_year = kept[page.start_index - 1].day.year if page.start_index > 0 else None
    zone = timezone.get_current_timezone()
    entries = []
    for slim in window:
        event = loaded.get(slim.id)
        if event is None:  # deleted since the slim read (a retention run): leave it out
            continue
        spans = _spans(event, highlights.get(event.pk, []), search)
        agency = agencies[slim.agency_id]
        entries.append(
            Entry(
                event_id=event.pk,
                source_id=event.source_id,
                agency_code=agency.code,
                agency_name=agency.name,
                sector=agency.sector,
                sector_label=agency.get_sector_display(),
                type=event.type,
                type_label=event_type_label(event.type),
                occurred_at=event.occurred_at.astimezone(zone),
                date_only=event.occurred_date_only,
                recorded_at=event.recorded_at.astimezone(zone) if event.recorded_at else None,
                ended_at=event.ended_at.astimezone(zone) if event.ended_at else None,
                code=event.code,
                author_role=event.author_role,
                text=event.text,
                text_html=text_mark(event.text, spans),
                findings=tuple(notes[f] for f in dict.fromkeys(by_event.get(event.pk, []))),
                year_anchor=slim.day.year if slim.day.year != previous_year else None,
            )
        )
        previous_year = slim.day.year
    return tuple(entries)
