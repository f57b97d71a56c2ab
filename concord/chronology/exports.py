"""The chronology as CSV, for a review meeting."""

import csv
import io

from concord.core.spreadsheet import safe_cell

from .entries import Chronology

CSV_COLUMNS = (
    "child_id",
    "occurred_at",
    "agency",
    "sector",
    "type",
    "code",
    "author_role",
    "recorded_at",
    "ended_at",
    "agency_event_id",
    "findings",
    "text",
)


def chronology_csv(chronology: Chronology) -> str:
    """Return the chronology's matching events as CSV text, one row per event, earliest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in chronology.entries:
        occurred = (
            entry.occurred_at.date().isoformat()
            if entry.date_only
            else entry.occurred_at.isoformat()
        )
        writer.writerow(
            safe_cell(value)
            for value in (
                chronology.child.public_id,
                occurred,
                entry.agency_code,
                entry.sector,
                entry.type,
                entry.code,
                entry.author_role,
                entry.recorded_at.isoformat() if entry.recorded_at else "",
                entry.ended_at.isoformat() if entry.ended_at else "",
                entry.source_id,
                ";".join(f"{note.rule}:{note.severity}" for note in entry.findings),
                entry.text,
            )
        )
    return out.getvalue()
