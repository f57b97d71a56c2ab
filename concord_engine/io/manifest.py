"""Read and check a CIF-1 manifest.json."""

from __future__ import annotations

import json
from typing import BinaryIO

from pydantic import ValidationError

from concord_engine.contracts.records import Manifest

from .dates import LONDON
from .jsonpos import json_position
from .problems import ProblemLog

_AREA_SECTORS = ("social_care", "education")
MAX_MANIFEST_BYTES = 1 << 20


def read_manifest(stream: BinaryIO, file: str, problems: ProblemLog) -> tuple[Manifest | None, str]:
    """Parse the manifest; report JSON and schema problems.

    Returns the manifest (None when it is unusable) and its text ("" when it is not text), so
    later problems can be placed at the field they concern.
    """
    manifest, text = None, ""
    raw = stream.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        problems.add(file, 1, 1, "manifest is too large")
        return None, text
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(file, raw.count(b"\n", 0, exc.start) + 1, 1, "not valid UTF-8")
        return None, text
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add(file, exc.lineno, exc.colno, f"malformed JSON: {exc.msg}")
        return None, text
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"]) or "manifest"
            extra = error["type"] == "extra_forbidden"
            line, column = json_position(text, error["loc"], at_key=extra)
            problems.add(file, line, column, f"malformed manifest: {where}: {error['msg']}")
        return None, text
    if manifest.agency.sector in _AREA_SECTORS and not manifest.agency.area:
        line, column = json_position(text, ("agency", "area"))
        reason = "malformed manifest: agency.area is required for this sector"
        problems.add(file, line, column, reason)
        return None, text
    if manifest.extracted_at is not None and manifest.extracted_at.tzinfo is None:
        manifest = manifest.model_copy(
            update={"extracted_at": manifest.extracted_at.replace(tzinfo=LONDON)}
        )
    return manifest, text


__all__ = ["read_manifest"]
