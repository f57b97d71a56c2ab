"""A digest of the findings and evidence `concord screen` stored in the bench's SQLite file, to
show that a change to the store writes the same rows.

    .venv/bin/python bench/screening/stored_digest.py [var/bench/screening-1000000.sqlite3]

Every stored column counts except the creation time, the run and the row ids (they differ on
every run by design); evidence rows are taken in finding-key and position order.
"""

import hashlib
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
QUERY = """
    SELECT f.key, f.child_id, f.rule, f.rule_version, f.severity, f.summary, f.parameters,
           f.detail, f.digest, f.first_event_at, e.event_id, e.position, e.highlights
    FROM screening_finding f
    LEFT JOIN screening_findingevidence e ON e.finding_id = f.id
    ORDER BY f.key, e.position
"""


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "var/bench/screening-1000000.sqlite3"
    digest = hashlib.sha256()
    rows = 0
    with sqlite3.connect(path) as db:
        for row in db.execute(QUERY):
            digest.update(repr(row).encode())
            rows += 1
    print(rows, digest.hexdigest())


if __name__ == "__main__":
    main()
