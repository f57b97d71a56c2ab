"""`concord export links`: agency,person_id,child_id,match_probability (SPEC §4)."""

import csv
from pathlib import Path

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import PersonLink

HEADER = ("agency", "person_id", "child_id", "match_probability")


def links_export(*, actor: User, output: Path) -> int:
    """Write every person record's child to `output` as CSV; return the number of rows."""
    rows = (
        PersonLink.objects.order_by("person__agency__code", "person__source_id")
        .values_list(
            "person__agency__code", "person__source_id", "child__public_id", "match_probability"
        )
        .iterator(chunk_size=20000)
    )
    count = 0
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for agency, person_id, child_id, probability in rows:
            writer.writerow((agency, person_id, child_id, f"{probability:.6f}"))
            count += 1
    access_log_record(
        user=actor, action="export_links", object_type="export", detail={"rows": count}
    )
    return count
