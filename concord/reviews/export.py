"""CSV export of a round's submitted answers, safe against spreadsheet formula injection."""

import csv
import io
from collections.abc import Iterator

from concord.core.spreadsheet import safe_cell

from .models import Answer, Audit, ReviewRound

HEADER = (
    "round",
    "child_id",
    "local_authority",
    "sector",
    "reviewer_id",
    "second_review",
    "question",
    "answer",
    "suggested_answer",
    "suggested_source",
    "agreed_answer",
    "rationale",
)


def export_rows(review_round: ReviewRound) -> Iterator[tuple[str, ...]]:
    """One row per answer of a submitted audit, with the agreed answer where moderated."""
    areas = dict(review_round.sample.values_list("child_id", "local_authority"))
    agreed = {
        (d.child_id, d.sector, d.question_key): d.agreed_value
        for d in review_round.moderations.all()
    }
    answers = (
        Answer.objects.filter(
            audit__allocation__round=review_round, audit__status=Audit.Status.SUBMITTED
        )
        .select_related("audit__allocation__child")
        .order_by(
            "audit__allocation__child__public_id",
            "audit__allocation__sector",
            "audit__allocation__is_second_review",
            "question_key",
        )
    )
    for answer in answers.iterator():
        allocation = answer.audit.allocation
        yield tuple(
            safe_cell(v)
            for v in (
                review_round.pk,
                allocation.child.public_id,
                areas.get(allocation.child_id, ""),
                allocation.sector,
                allocation.reviewer_id,
                "yes" if allocation.is_second_review else "no",
                answer.question_key,
                answer.value,
                answer.suggested_value,
                answer.suggested_source,
                agreed.get((allocation.child_id, allocation.sector, answer.question_key), ""),
                answer.rationale,
            )
        )


def export_csv(review_round: ReviewRound) -> tuple[str, int]:
    """Return the CSV text and its number of data rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    count = 0
    for row in export_rows(review_round):
        writer.writerow(row)
        count += 1
    return buffer.getvalue(), count
