"""Time `concord link` end to end (ORM read, engine, storing pairs and children) on N records.

    DATABASE_URL=sqlite:///bench/linkage/.data/bench.sqlite3 \\
        .venv/bin/python bench/linkage/link_command.py 100000

Records are written straight into the records tables (bulk insert, not timed), then
`link_run` runs as the SYSTEM actor, once on a fresh database and once more (a re-run).
"""

import os
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "concord.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from generate import partnership  # noqa: E402

from concord.accounts.services import system_actor  # noqa: E402
from concord.agencies.models import Agency  # noqa: E402
from concord.linkage.services import link_run  # noqa: E402
from concord.records.models import Extract, PersonRecord  # noqa: E402


def _load(records: int) -> None:
    frame = partnership(records)
    actor = system_actor()
    extracts = {}
    for code in frame["agency"].unique():
        agency, _ = Agency.objects.get_or_create(
            code=code, defaults={"name": code, "sector": "other"}
        )
        extracts[code] = Extract.objects.create(
            agency=agency, format="cif1", source_name=code, content_hash=code, imported_by=actor
        )
    rows = []
    for row in frame.itertuples(index=False):
        dob = str(row.date_of_birth)
        parts = [int(p) for p in dob.split("-")] if dob else []
        rows.append(
            PersonRecord(
                agency=extracts[row.agency].agency,
                extract=extracts[row.agency],
                source_id=f"P{row.record_id}",
                given_name=row.given_name,
                family_name=row.family_name,
                date_of_birth_raw=dob,
                date_of_birth=date(parts[0], *(parts[1:] + [1, 1])[:2]) if parts else None,
                dob_precision=("unknown", "year", "month", "day")[len(parts)],
                sex=row.sex,
                postcode=row.postcode,
                nhs_number=row.nhs_number,
                upn=row.upn,
            )
        )
    PersonRecord.objects.bulk_create(rows, batch_size=5000)


def main() -> None:
    records = int(sys.argv[1])
    call_command("migrate", verbosity=0)
    if not PersonRecord.objects.exists():
        _load(records)
    for attempt in ("first run", "re-run"):
        started = time.perf_counter()
        run = link_run(actor=system_actor())
        seconds = time.perf_counter() - started
        print(
            f"{attempt}: {run.record_count} records, {run.pair_count} pairs stored, "
            f"{run.child_count} children in {seconds:.1f}s (engine {run.timings['total']:.1f}s)"
        )


if __name__ == "__main__":
    main()
