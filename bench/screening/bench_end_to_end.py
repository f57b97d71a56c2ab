"""Benchmark (b): `concord screen` end to end, database to stored findings, against reading the
same notes out of the database alone (the same queries the screen makes, nothing else).

    .venv/bin/python bench/screening/bench_end_to_end.py [--events 1000000]

Uses DATABASE_URL if set, else an SQLite file under var/bench/. The data is loaded once per
size and kept; pass --reload to load it again.
"""

import argparse
import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))


def setup(events: int) -> None:
    default = ROOT / "var" / "bench" / f"screening-{events}.sqlite3"
    default.parent.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{default}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "concord.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def load(events: int, per_child: int, signal_rate: float) -> None:
    """Agencies, linked children and their events (synthetic)."""
    from django.db import transaction
    from notes import event_rows

    from concord.accounts.services import system_actor
    from concord.agencies.models import Agency
    from concord.linkage.models import Child, PersonLink
    from concord.records.models import Event, Extract, PersonRecord

    rng = random.Random(11)
    actor = system_actor()
    sectors = {"GMP": "police", "OLDCSC": "social_care", "MFT": "health", "OLDED": "education"}
    agencies = {}
    extracts = {}
    for code, sector in sectors.items():
        agencies[code], _ = Agency.objects.get_or_create(
            code=code, defaults={"name": code, "sector": sector, "area": "Oldham"}
        )
        extracts[code] = Extract.objects.create(
            agency=agencies[code],
            format="cif1",
            source_name=f"bench-{code}",
            content_hash=f"{code}-{time.time_ns()}",
            extracted_at=datetime(2025, 6, 1, tzinfo=UTC),
            imported_by=actor,
        )
    start = datetime(2023, 1, 1, tzinfo=UTC)
    batch: list[Event] = []
    n_children = events // per_child
    for index in range(n_children):
        with transaction.atomic():
            child = Child.objects.create(public_id=f"BN{index:07d}")
            birth = date(2008, 1, 1) + timedelta(days=rng.randint(0, 2000))
            people = {}
            for code in sectors:
                people[code] = PersonRecord.objects.create(
                    agency=agencies[code],
                    extract=extracts[code],
                    source_id=f"P{index}",
                    date_of_birth=birth,
                    dob_precision="day",
                )
                PersonLink.objects.create(person=people[code], child=child, match_probability=1.0)
        for number, row in enumerate(event_rows(rng, per_child, start, signal_rate)):
            code = str(row.pop("agency"))
            row.pop("sector")
            batch.append(
                Event(
                    agency=agencies[code],
                    extract=extracts[code],
                    person=people[code],
                    source_id=f"E{index}-{number}",
                    **row,  # type: ignore[arg-type]
                )
            )
        if len(batch) >= 20_000 or index == n_children - 1:
            Event.objects.bulk_create(batch, batch_size=5000)
            batch = []
            print(f"  loaded {index + 1:,}/{n_children:,} children", end="\r", flush=True)
    print()


def read_only(chunk_size: int) -> tuple[float, float, int]:
    """Wall and CPU seconds to read every child's notes out of the database, as the screen
    does (SQLite runs in this process, so its work is in the CPU time too): the same query,
    the same chunks, and the garbage collector paused as the screen pauses it."""
    from concord.linkage.models import Child
    from concord.records.models import Event
    from concord.screening.chronologies import _EVENT_FIELDS, chunked
    from concord.screening.services import gc_paused

    start = time.perf_counter()
    cpu = time.process_time()
    ids = list(Child.objects.order_by("id").values_list("id", flat=True))
    rows = 0
    with gc_paused():
        for chunk in chunked(ids, chunk_size):
            query = Event.objects.filter(person__link__child_id__in=chunk)
            rows += len(list(query.values_list(*_EVENT_FIELDS)))
    return time.perf_counter() - start, time.process_time() - cpu, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--per-child", type=int, default=100)
    parser.add_argument("--signal-rate", type=float, default=0.02)
    parser.add_argument("--reload", action="store_true")
    parser.add_argument(
        "--first-run", action="store_true", help="delete stored findings first (not timed)"
    )
    args = parser.parse_args()
    setup(args.events)
    from django.db import connection

    from concord.accounts.services import system_actor
    from concord.records.models import Event
    from concord.screening.services import screening_run

    if args.reload or Event.objects.count() == 0:
        started = time.perf_counter()
        load(args.events, args.per_child, args.signal_rate)
        print(f"load: {time.perf_counter() - started:.1f} s")
    print(f"database: {connection.vendor}, events: {Event.objects.count():,}")
    from concord.screening.models import Finding

    stored = Finding.objects.count()
    if args.first_run and stored:
        Finding.objects.all().delete()
        stored = 0
    print("screen: first run" if not stored else f"screen: re-run over {stored:,} stored findings")
    # Start-up work outside both timings: the England and Wales bank holiday table (the
    # `holidays` package imports every country) and a first pass to warm the database cache.
    from concord_engine.screening import is_working_day

    is_working_day(date(2025, 1, 1))
    read_only(500)
    read_s, read_cpu, rows = read_only(500)
    started = time.perf_counter()
    cpu = time.process_time()
    run = screening_run(actor=system_actor())
    screen_s = time.perf_counter() - started
    screen_cpu = time.process_time() - cpu
    print(f"(b) read notes only: {read_s:8.2f} s wall {read_cpu:8.2f} s CPU ({rows:,} events)")
    print(
        f"(b) concord screen:  {screen_s:8.2f} s wall {screen_cpu:8.2f} s CPU "
        f"({run.findings_count:,} findings stored)"
    )
    print(
        f"(b) ratio screen/read: {screen_s / read_s:.2f} wall, {screen_cpu / read_cpu:.2f} CPU "
        "(target <= 3)"
    )


if __name__ == "__main__":
    main()
