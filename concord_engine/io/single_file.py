"""What the one-file formats (Annex A, SSDA903, FHIR) share: hashing; no agency or date inside."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from concord_engine.contracts.records import EventRow, ManifestAgency, SourceFormat

from .batches import keyed_batches
from .micros import event_record
from .problems import ProblemLog


class SingleFileSource:
    """A source read from one file that names neither its agency nor when it was extracted."""

    format: SourceFormat

    def __init__(self, path: Path, problems: ProblemLog) -> None:
        self.path = path
        self.problems = problems
        self.source_name = path.name

    def content_hash(self) -> str:
        """SHA-256 of the format's name and the file's bytes, read 1 MiB at a time."""
        digest = hashlib.sha256(self.format.value.encode() + b"\0")
        with self.path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()

    def agency(self) -> ManifestAgency | None:
        """The file does not name its agency: `concord import --agency` supplies it."""
        return None

    def extracted_at(self) -> datetime | None:
        """The file does not say when it was made: extracts are ordered by import."""
        return None

    def events(self) -> Iterator[EventRow]:
        """Each format yields its own events."""
        raise NotImplementedError  # pragma: no cover

    def event_batches(
        self,
        head: tuple[Any, Any],
        person_keys: Mapping[str, int],
        *,
        micros: bool,
        ids_checked_by_store: bool = False,  # these small files check every id themselves
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Sound events ready for a bulk load, in batches (see `ExtractReader`)."""
        # These files are small: times are converted one event at a time.
        events = map(event_record, self.events()) if micros else self.events()
        return keyed_batches(events, head, person_keys)

    def manifest_position(self, path: Sequence[str | int]) -> tuple[int, int]:
        """There is no manifest: a problem about the agency is placed at the file's start."""
        return 1, 1
