"""Chronology benchmark: page server time for a 2,000-event child in a 1,000,000-event database.

    .venv/bin/python bench/chronology/run.py [--events 1000000] [--requests 200]

The database comes from DATABASE_URL (default: an SQLite file under var/bench/). The first run
fills it (see generate.py); later runs reuse it. The pages are served by waitress in a separate
process and requested over loopback by this process, signed in with a session cookie made here.
Baselines measured in the same run: the home page (the fixed cost of any signed-in request) and
the chronology of a 20-event child.
"""

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
TARGET_P95_MS = 200.0


def _setup(database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="concord.settings.local",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
    )
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    return env


def _fill(events: int) -> None:
    from django.db.models import Count

    from concord.linkage.models import Child
    from concord.records.models import Event

    sys.path.insert(0, str(Path(__file__).parent))
    from generate import TARGET_CHILD, partnership_build

    if not Child.objects.filter(public_id=TARGET_CHILD).exists():
        started = time.perf_counter()
        partnership_build(events=events, target_events=2000, findings=50)
        print(f"generated in {time.perf_counter() - started:.0f} s")
    target = Child.objects.get(public_id=TARGET_CHILD)
    stats = Event.objects.filter(person__link__child=target).aggregate(n=Count("id"))
    print(
        f"database: {Event.objects.count():,} events; target child: {stats['n']:,} events, "
        f"{target.findings.count()} findings"
    )


def _session_cookie() -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from concord.accounts.models import User

    user, _ = User.objects.get_or_create(
        username="bench-coordinator", defaults={"role": "coordinator"}
    )
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="default", defaults={"confirmed": True}
    )
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.create()
    return f"sessionid={session.session_key}"


def _serve(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "waitress",
            f"--listen=127.0.0.1:{port}",
            "--threads=4",
            "concord.wsgi:application",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("HEAD", "/")
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("the server did not start")


def _measure(
    port: int, cookie: str, path: str, requests: int, server: "psutil.Process"
) -> tuple[list[float], float]:
    """Return the wall-clock times (ms) and the server's mean CPU time per request (ms)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    timings = []
    cpu_before = 0.0
    for i in range(requests + 5):
        if i == 5:
            cpu_before = sum(server.cpu_times()[:2])
        started = time.perf_counter()
        conn.request("GET", path, headers={"Cookie": cookie})
        response = conn.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        if i >= 5:  # the first few warm caches and connections
            timings.append(elapsed)
    assert body
    cpu_ms = (sum(server.cpu_times()[:2]) - cpu_before) * 1000 / requests
    return timings, cpu_ms


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    default_db = ROOT / "var" / "bench" / "chronology.sqlite3"
    default_db.parent.mkdir(parents=True, exist_ok=True)
    env = _setup(os.environ.get("DATABASE_URL") or f"sqlite:///{default_db}")
    _fill(args.events)
    cookie = _session_cookie()
    server = _serve(env, args.port)
    try:
        from generate import SMALL_CHILD, TARGET_CHILD

        cases = [
            ("home page (baseline)", "/"),
            ("20-event child (baseline)", f"/children/{SMALL_CHILD}/"),
            ("2,000-event child, page 1", f"/children/{TARGET_CHILD}/"),
            ("2,000-event child, page 12", f"/children/{TARGET_CHILD}/?page=12"),
            (
                "2,000-event child, agency + findings",
                f"/children/{TARGET_CHILD}/?agency=GMP&findings=on",
            ),
            ("2,000-event child, search", f"/children/{TARGET_CHILD}/?q=taxi"),
            ("2,000-event child, CSV export", f"/children/{TARGET_CHILD}/chronology.csv"),
        ]
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(
            f"{'request':40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'p95/baseline':>13}"
            f" {'server CPU ms':>14}"
        )
        baseline = None
        results = {}
        for label, path in cases:
            timings, cpu_ms = _measure(
                args.port, cookie, path, args.requests, psutil.Process(server.pid)
            )
            p95 = _p(timings, 95)
            baseline = baseline or p95
            results[label] = p95
            print(
                f"{label:40} {statistics.median(timings):8.1f} {p95:8.1f} {max(timings):8.1f} "
                f"{p95 / baseline:13.2f} {cpu_ms:14.1f}"
            )
        page_p95 = results["2,000-event child, page 1"]
        verdict = "PASS" if page_p95 < TARGET_P95_MS else "FAIL"
        print(f"target: page p95 < {TARGET_P95_MS:.0f} ms -> {verdict} ({page_p95:.1f} ms)")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
