"""The hash of one access-log row: sha256 over the previous hash and the row's fields."""

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS = "0" * 64


def entry_hash(
    *,
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    username: str,
    action: str,
    object_type: str,
    object_id: str,
    outcome: str,
    detail: dict[str, Any],
) -> str:
    """Return the hex sha256 of a row's canonical JSON, chained to the previous row's hash."""
    payload = json.dumps(
        [
            prev_hash,
            at.isoformat(timespec="microseconds"),
            user_id,
            username,
            action,
            object_type,
            object_id,
            outcome,
            detail,
        ],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()
