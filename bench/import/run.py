"""Import benchmark: a partnership into SQLite and PostgreSQL, against a bare COPY baseline.

    .venv/bin/python bench/import/run.py --events 1000000

Prints events/s per database, the ratio to a bare PostgreSQL COPY of the same events.csv files
into a plain table (measured in the same run) and the peak resident memory of each import.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PG_BASE = "postgres://postgres@127.0.0.1:5432"
PG_DB = "concord_bench_import"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _server_cpu(pid: int | None) -> float:
    """CPU seconds used so far by a PostgreSQL backend on this machine (0 if unreadable)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _folders(data: Path) -> list[Path]:
    return sorted(p for p in data.iterdir() if (p / "manifest.json").exists())


def phase_import(data: Path) -> dict[str, float]:
    """Migrate, then import every extract under `data` as `concord import` does; time it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "concord.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from concord.accounts.services import system_actor
    from concord.records.services import extract_import

    call_command("migrate", verbosity=0)
    from django.db import connection

    pid = None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
    actor = system_actor()
    events = updated = 0
    server_before = _server_cpu(pid)
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    for folder in _folders(data):
        result = extract_import(actor=actor, path=folder)
        events += result.events
        updated += result.events_updated
    seconds = time.perf_counter() - started
    return {
        "events": events,
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "cpu_s": _cpu_seconds() - cpu_before,
        "server_cpu_s": _server_cpu(pid) - server_before,
        "events_updated": updated,
    }


def changed_copy(data: Path, out: Path, every: int = 10) -> None:
    """Copy the extracts as later ones: later extracted_at, every tenth event's text amended."""
    for folder in _folders(data):
        target = out / folder.name
        target.mkdir(parents=True)
        manifest = json.loads((folder / "manifest.json").read_text())
        manifest["extracted_at"] = "2025-09-01T09:00:00Z"
        (target / "manifest.json").write_text(json.dumps(manifest))
        shutil.copyfile(folder / "people.csv", target / "people.csv")
        with (
            (folder / "events.csv").open(newline="", encoding="utf-8") as source,
            (target / "events.csv").open("w", newline="", encoding="utf-8") as sink,
        ):
            reader, writer = csv.reader(source), csv.writer(sink)
            header = next(reader)
            writer.writerow(header)
            text = header.index("text")
            for number, row in enumerate(reader):
                if number % every == 0:
                    row[text] += " Amended."
                writer.writerow(row)


def phase_copy(data: Path, url: str) -> dict[str, float]:
    """COPY each events.csv as it is into a plain table (no checks, no indexes)."""
    import psycopg

    events = 0
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET TIME ZONE 'Europe/London'")
        pid = conn.info.backend_pid
        server_before = _server_cpu(pid)
        started = time.perf_counter()
        for folder in _folders(data):
            path = folder / "events.csv"
            with path.open(newline="", encoding="utf-8") as stream:
                header = next(csv.reader(stream))
            columns = ", ".join(
                f"{name} {'timestamptz' if name.endswith('_at') else 'text'}" for name in header
            )
            conn.execute("DROP TABLE IF EXISTS bench_copy")
            conn.execute(f"CREATE TABLE bench_copy ({columns})")
            with (
                conn.cursor() as cursor,
                cursor.copy(
                    f"COPY bench_copy ({', '.join(header)}) FROM STDIN "
                    "WITH (FORMAT csv, HEADER true)"
                ) as copy,
                path.open("rb") as raw,
            ):
                while chunk := raw.read(1 << 20):
                    copy.write(chunk)
            events += conn.execute("SELECT count(*) FROM bench_copy").fetchone()[0]  # type: ignore[index]
        seconds = time.perf_counter() - started
        server = _server_cpu(pid) - server_before
        conn.execute("DROP TABLE IF EXISTS bench_copy")
    return {
        "events": events,
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "cpu_s": _cpu_seconds(),
        "server_cpu_s": server,
    }


def phase_floor(url: str) -> dict[str, float]:
    """The server's own share: the import's finished event rows (with their ids), COPYed into
    an empty copy of the store's table (same columns and indexes) with no checks and no
    client work (binary rows read back from the store, streamed from a file)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn, tempfile.TemporaryFile() as rows:
        with conn.cursor().copy(
            "COPY (SELECT * FROM records_event ORDER BY id) TO STDOUT (FORMAT binary)"
        ) as out:
            for data in out:
                rows.write(data)
        rows.seek(0)
        conn.execute("DROP TABLE IF EXISTS bench_floor")
        conn.execute("CREATE TABLE bench_floor (LIKE records_event INCLUDING ALL)")
        pid = conn.info.backend_pid
        server_before = _server_cpu(pid)
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        with (
            conn.transaction(),
            conn.cursor().copy("COPY bench_floor FROM STDIN (FORMAT binary)") as copy,
        ):
            while chunk := rows.read(1 << 20):
                copy.write(chunk)
        seconds = time.perf_counter() - started
        server = _server_cpu(pid) - server_before
        events = conn.execute("SELECT count(*) FROM bench_floor").fetchone()[0]  # type: ignore[index]
        conn.execute("DROP TABLE bench_floor")
    return {
        "events": events,
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "cpu_s": _cpu_seconds() - cpu_before,
        "server_cpu_s": server,
    }


def _child(args: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _recreate_pg(name: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_BASE}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, help="CIF-1 folders to import (default: generate)")
    parser.add_argument("--phase", choices=["import", "copy", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--update",
        action="store_true",
        help="also time a later extract of the same partnership with 10%% of events changed",
    )
    args = parser.parse_args()
    if args.phase == "import":
        print(json.dumps(phase_import(args.data)))
        return
    if args.phase == "copy":
        print(json.dumps(phase_copy(args.data, args.url)))
        return
    if args.phase == "floor":
        print(json.dumps(phase_floor(args.url)))
        return
    with tempfile.TemporaryDirectory(prefix="concord-bench-import-") as tmp:
        data = args.data
        if data is None:
            sys.path.insert(0, str(HERE))
            from generate import generate

            data = Path(tmp) / "partnership"
            started = time.perf_counter()
            generate(data, args.events)
            print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s")
        base_env = dict(os.environ, DJANGO_SETTINGS_MODULE="concord.settings.test")
        results: dict[str, dict[str, float]] = {}
        _recreate_pg(PG_DB)
        url = f"{PG_BASE}/{PG_DB}"
        copy_args = ["--phase", "copy", "--data", str(data), "--url", url]
        # The baseline runs before and after the import; the ratio uses the mean of the two,
        # so a change in machine load during the run affects both sides alike.
        results["postgres COPY (before)"] = _child(copy_args, base_env)
        results["postgres import"] = _child(
            ["--phase", "import", "--data", str(data)], dict(base_env, DATABASE_URL=url)
        )
        results["postgres COPY (after)"] = _child(copy_args, base_env)
        results["postgres rows only"] = _child(["--phase", "floor", "--url", url], base_env)
        if args.update:
            changed = Path(tmp) / "later"
            changed_copy(data, changed)
            results["postgres later (10% chg)"] = _child(
                ["--phase", "import", "--data", str(changed)], dict(base_env, DATABASE_URL=url)
            )
        if not args.skip_sqlite:
            sqlite = Path(tmp) / "bench.sqlite3"
            results["sqlite import"] = _child(
                ["--phase", "import", "--data", str(data)],
                dict(base_env, DATABASE_URL=f"sqlite:///{sqlite}"),
            )
        _report(results)


def _report(results: dict[str, dict[str, float]]) -> None:
    copies = [results["postgres COPY (before)"], results["postgres COPY (after)"]]
    base_rate = sum(c["events"] / c["seconds"] for c in copies) / len(copies)
    print(
        f"{'run':<24}{'events':>12}{'seconds':>10}{'events/s':>12}{'x COPY':>9}"
        f"{'peak MB':>10}{'client CPU s':>14}{'server CPU s':>14}"
    )
    for name, row in results.items():
        rate = row["events"] / row["seconds"]
        print(
            f"{name:<24}{int(row['events']):>12,}{row['seconds']:>10.1f}{rate:>12,.0f}"
            f"{base_rate / rate:>9.2f}{row['peak_mb']:>10.0f}{row['cpu_s']:>14.1f}"
            f"{row.get('server_cpu_s', 0.0):>14.1f}"
        )
    floor, first = results["postgres rows only"], results["postgres import"]
    print(
        "import time over the rows-only time (what the checks and the client add): "
        f"{first['seconds'] / floor['seconds']:.2f}"
    )
    for name, row in results.items():
        if row.get("events_updated"):
            print(f"{name}: {int(row['events_updated']):,} events changed (old values kept)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
