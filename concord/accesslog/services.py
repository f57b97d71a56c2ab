"""Append to the access log and verify its chain."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import transaction

from concord.accounts.models import User

from .chain import GENESIS, entry_hash
from .models import AccessLogEntry, ChainHead


@transaction.atomic
def access_log_record(
    *,
    user: User | None,
    action: str,
    object_type: str = "",
    object_id: str | int = "",
    allowed: bool = True,
    detail: dict[str, Any] | None = None,
) -> AccessLogEntry:
    """Append one row, chained to the previous one; ids and counts only in `detail`."""
    head, _ = ChainHead.objects.select_for_update().get_or_create(
        pk=1, defaults={"last_hash": GENESIS, "count": 0}
    )
    at = datetime.now(tz=UTC)
    user_id = user.pk if user is not None and user.pk is not None else None
    username = user.get_username() if user is not None and user.pk is not None else "anonymous"
    outcome = AccessLogEntry.Outcome.ALLOWED if allowed else AccessLogEntry.Outcome.DENIED
    fields: dict[str, Any] = {
        "at": at,
        "user_id": user_id,
        "username": username,
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "outcome": str(outcome),
        "detail": detail or {},
    }
    digest = entry_hash(prev_hash=head.last_hash, **fields)
    entry = AccessLogEntry.objects.create(
        at=at,
        user_id_logged=user_id,
        username=username,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        outcome=outcome,
        detail=fields["detail"],
        prev_hash=head.last_hash,
        hash=digest,
    )
    head.last_hash = digest
    head.count += 1
    head.save(update_fields=["last_hash", "count"])
    return entry


@dataclass(frozen=True)
class ChainProblem:
    """The first row at which the chain breaks, and why."""

    entry_id: int | None
    reason: str


def access_log_verify() -> ChainProblem | None:
    """Walk the chain in order; return the first problem, or None if every row is intact."""
    prev = GENESIS
    seen = 0
    rows = AccessLogEntry.objects.order_by("id").iterator(chunk_size=5000)
    for row in rows:
        seen += 1
        if row.prev_hash != prev:
            return ChainProblem(row.pk, "previous-hash link broken: a row before it was deleted")
        recomputed = entry_hash(
            prev_hash=row.prev_hash,
            at=row.at,
            user_id=row.user_id_logged,
            username=row.username,
            action=row.action,
            object_type=row.object_type,
            object_id=row.object_id,
            outcome=row.outcome,
            detail=row.detail,
        )
        if recomputed != row.hash:
            return ChainProblem(row.pk, "contents do not match its hash: the row was changed")
        prev = row.hash
    head = ChainHead.objects.filter(pk=1).first()
    if head is not None and (head.count != seen or head.last_hash != prev):
        return ChainProblem(None, f"log ends early: {head.count} rows written, {seen} present")
    return None
