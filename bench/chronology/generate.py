"""Bulk-insert a synthetic partnership straight into the database (no importer, no linkage).

Every name, date and sentence here is synthetic. Rows are written with executemany in large
batches, so a 1,000,000-event partnership takes a minute or two rather than an hour.
"""

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from django.core.management.color import no_style
from django.db import connection, transaction

from concord.accounts.models import User
from concord.agencies.models import Agency
from concord.linkage.models import Child, PersonLink
from concord.records.models import Event, Extract, PersonRecord
from concord.screening.models import Finding, FindingEvidence

TARGET_CHILD = "C-BENCH-TARGET"
SMALL_CHILD = "C-BENCH-SMALL"
BATCH = 20_000
AGENCIES = [
    ("GMP", "Greater Manchester Police", "police", ""),
    ("OLDCS", "Oldham children's services", "social_care", "Oldham"),
    ("ROCCS", "Rochdale children's services", "social_care", "Rochdale"),
    ("MFTSH", "Sexual health service", "health", ""),
    ("PAHED", "Pennine acute emergency department", "health", ""),
    ("OLDED", "Oldham education", "education", "Oldham"),
    ("ROCED", "Rochdale education", "education", "Rochdale"),
    ("YOS", "Youth justice service", "other", ""),
]
TYPES = {
    "police": [
        "incident",
        "crime",
        "missing_report",
        "protection_notice",
        "risk_assessment",
        "note",
    ],
    "social_care": [
        "contact",
        "referral",
        "assessment",
        "strategy_discussion",
        "note",
        "missing_episode",
        "return_interview",
    ],
    "health": ["attendance", "sexual_health", "consultation", "safeguarding_referral", "note"],
    "education": ["absence", "exclusion", "note"],
    "other": ["note"],
}
SENTENCES = [
    "Seen in the company of older males near the retail park after midnight.",
    "Carer reports the young person returned home with a new phone and cannot explain it.",
    "Attended with a friend; presented as withdrawn and gave limited information.",
    "Strategy discussion held with police, health and education; actions agreed.",
    "Absent from school for the third day this week; no contact from home.",
    "Found in a taxi with two adults not known to the family; taken home by officers.",
    "Disclosed drinking alcohol supplied by an older boyfriend at a flat.",
    "Return interview offered and declined; the worker will try again next week.",
    "Discussed healthy relationships; leaflets given; follow-up booked.",
    "Note of telephone call with the designated safeguarding lead.",
]


def _text(rng: random.Random) -> str:
    return " ".join(rng.sample(SENTENCES, k=rng.randint(2, 4)))


def _insert(model: type, columns: list[str], rows: Iterator[tuple[object, ...]]) -> int:
    table = connection.ops.quote_name(model._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {table} ({cols}) VALUES ({marks})"
    total = 0
    batch: list[tuple[object, ...]] = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                total += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            total += len(batch)
    return total


def _reset_sequences() -> None:
    """After inserts with explicit ids, move PostgreSQL's sequences past them (no-op on SQLite)."""
    statements = connection.ops.sequence_reset_sql(no_style(), [Child, PersonRecord])
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def _next_id(model: type) -> int:
    last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
    return (last or 0) + 1


def _people_and_links(
    rng: random.Random, agencies: list[Agency], extracts: dict[int, int], persons: int, start: int
) -> list[tuple[int, int]]:
    """Insert person records, one child per ~2 records; return (person id, agency id)."""
    child_start = _next_id(Child)
    children = persons // 2
    now = datetime.now(tz=UTC)
    _insert(
        Child,
        ["id", "public_id", "created_at"],
        ((child_start + i, f"C-B{i:07d}", now) for i in range(children)),
    )
    people = []
    rows = []
    for i in range(persons):
        agency = agencies[i % len(agencies)]
        pid = start + i
        people.append((pid, agency.pk))
        rows.append(
            (
                pid,
                agency.pk,
                f"P{i:07d}",
                extracts[agency.pk],
                f"Given{i % 997}",
                f"Family{i % 1999}",
                "",
                "2011-05-04",
                datetime(2011, 5, 4).date(),
                "day",
                "F",
                "OL1 1AA",
                "",
                "",
                "",
                "",
                f"given{i % 997}",
                f"family{i % 1999}",
                "ol11aa",
                "",
            )
        )
    _insert(PersonRecord, PERSON_COLUMNS, iter(rows))
    _insert(
        PersonLink,
        ["person_id", "child_id", "match_probability"],
        ((pid, child_start + (n % children), 0.95) for n, (pid, _) in enumerate(people)),
    )
    return people


PERSON_COLUMNS = [
    "id",
    "agency_id",
    "source_id",
    "extract_id",
    "given_name",
    "family_name",
    "other_names",
    "date_of_birth_raw",
    "date_of_birth",
    "dob_precision",
    "sex",
    "postcode",
    "address",
    "nhs_number",
    "upn",
    "local_id",
    "given_name_norm",
    "family_name_norm",
    "postcode_norm",
    "nhs_number_norm",
]
EVENT_COLUMNS = [
    "agency_id",
    "source_id",
    "extract_id",
    "person_id",
    "type",
    "occurred_at",
    "occurred_date_only",
    "recorded_at",
    "ended_at",
    "code",
    "related_person_source_id",
    "related_event_source_id",
    "author_role",
    "text",
]


def _event_rows(
    rng: random.Random,
    people: list[tuple[int, int]],
    per_person: int,
    sectors: dict[int, str],
    extracts: dict[int, int],
    prefix: str,
) -> Iterator[tuple[object, ...]]:
    base = datetime(2018, 1, 1, tzinfo=UTC)
    serial = 0
    for pid, agency_id in people:
        sector = sectors[agency_id]
        for _ in range(per_person):
            serial += 1
            at = base + timedelta(minutes=rng.randrange(0, 7 * 365 * 24 * 60))
            kind = rng.choice(TYPES[sector])
            ended = at + timedelta(hours=rng.randint(4, 60)) if "missing" in kind else None
            yield (
                agency_id,
                f"{prefix}{serial}",
                extracts[agency_id],
                pid,
                kind,
                at,
                False,
                at + timedelta(hours=2),
                ended,
                "",
                "",
                "",
                "Practitioner",
                _text(rng),
            )


def partnership_build(*, events: int, target_events: int, findings: int, seed: int = 7) -> None:
    """Write agencies, people, children and `events` events, plus the benchmark's two children."""
    rng = random.Random(seed)
    with transaction.atomic():
        actor, _ = User.objects.get_or_create(
            username="bench-loader", defaults={"role": "administrator"}
        )
        agencies = [
            Agency.objects.get_or_create(code=c, defaults={"name": n, "sector": s, "area": a})[0]
            for c, n, s, a in AGENCIES
        ]
        extracts = {
            a.pk: Extract.objects.create(
                agency=a,
                format="cif1",
                source_name="bench",
                content_hash=f"bench-{a.code}",
                imported_by=actor,
            ).pk
            for a in agencies
        }
        sectors = {a.pk: a.sector for a in agencies}
        per_person = 20
        rest = events - target_events - 20
        people = _people_and_links(
            rng, agencies, extracts, rest // per_person, _next_id(PersonRecord)
        )
        _insert(Event, EVENT_COLUMNS, _event_rows(rng, people, per_person, sectors, extracts, "E"))
        _reset_sequences()
        _target_child(rng, agencies, extracts, sectors, TARGET_CHILD, target_events, findings)
        _target_child(rng, agencies[:2], extracts, sectors, SMALL_CHILD, 20, 2)


def _target_child(
    rng: random.Random,
    agencies: list[Agency],
    extracts: dict[int, int],
    sectors: dict[int, str],
    public_id: str,
    count: int,
    findings: int,
) -> None:
    child = Child.objects.create(public_id=public_id)
    start = _next_id(PersonRecord)
    people = []
    for n, agency in enumerate(agencies):
        person = PersonRecord.objects.create(
            id=start + n,
            agency=agency,
            source_id=f"{public_id}-{n}",
            extract_id=extracts[agency.pk],
            given_name="Synthetic",
            family_name="Child",
            date_of_birth_raw="2011-05-04",
        )
        PersonLink.objects.create(person=person, child=child, match_probability=0.9 + n / 100)
        people.append((person.pk, agency.pk))
    per_person = count // len(people)
    _insert(
        Event,
        EVENT_COLUMNS,
        _event_rows(rng, people, per_person, sectors, extracts, f"{public_id}-E"),
    )
    event_ids = list(
        Event.objects.filter(person__link__child=child)
        .order_by("?")
        .values_list("id", "text")[: findings * 2]
    )
    for i in range(findings):
        finding = Finding.objects.create(
            child=child,
            rule="victim_blaming_language",
            rule_version="1",
            severity="medium",
            summary="Synthetic finding.",
            key=f"{public_id}-{i}",
        )
        for position, (event_id, text) in enumerate(event_ids[i * 2 : i * 2 + 2]):
            FindingEvidence.objects.create(
                finding=finding,
                event_id=event_id,
                position=position,
                highlights=[[0, min(12, len(text))]],
            )
