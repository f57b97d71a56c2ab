"""What every extract reader offers, and how `concord import` picks one for a path."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from concord_engine.contracts.records import (
    EventRow,
    ManifestAgency,
    PersonRow,
    SourceFormat,
)

from .problems import ProblemLog


class ExtractReader(Protocol):
    """An extract in one format: people first, then events, with problems collected."""

    format: SourceFormat
    source_name: str
    problems: ProblemLog
    person_fields: frozenset[str]

    def content_hash(self) -> str:
        """SHA-256 of the extract's content."""
        ...

    def agency(self) -> ManifestAgency | None:
        """The agency named by the extract itself (CIF-1 only), else None."""
        ...

    def extracted_at(self) -> datetime | None:
        """When the extract was made, if it says."""
        ...

    def manifest_position(self, path: Sequence[str | int]) -> tuple[int, int]:
        """Line and column of a manifest field (1, 1 for formats without a manifest)."""
        ...

    def people(self) -> Iterator[PersonRow]:
        """Yield valid person rows."""
        ...

    def events(self) -> Iterator[EventRow]:
        """Yield valid event rows (after `people()` has been consumed)."""
        ...

    def event_batches(
        self,
        head: tuple[Any, Any],
        person_keys: Mapping[str, int],
        *,
        micros: bool,
        ids_checked_by_store: bool = False,
    ) -> Iterator[list[tuple[Any, ...]]]:
        """`events()` ready for a bulk load, a batch at a time (after `people()`).

        Each row is `head`, the event's id, its person's key from `person_keys`, then the
        event's fields from `type` on (times as EventRecord's integers with `micros`). An event
        whose person has no key is left out: the reader refused that person.

        With `ids_checked_by_store`, the caller loads into a store that refuses a repeated
        event id (a first load into a unique index), so a reader may leave repeats to it; a
        caller whose load is refused reads the extract again with `events()`, which names them.
        """
        ...


def detect_format(path: Path) -> SourceFormat | None:
    """Decide a path's format by what it is and what it holds, then by its suffix."""
    if path.is_dir():
        return SourceFormat.CIF1
    if not path.is_file():
        return None
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except zipfile.BadZipFile:
            return SourceFormat.CIF1 if path.suffix.lower() == ".zip" else None
        return SourceFormat.ANNEX_A if "[Content_Types].xml" in names else SourceFormat.CIF1
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{"):
        return SourceFormat.FHIR
    first_line = text.split(b"\n", 1)[0].upper()
    if b"CHILD" in first_line and b"MIS_START" in first_line:
        return SourceFormat.SSDA903
    suffix = path.suffix.lower()
    return {
        ".zip": SourceFormat.CIF1,
        ".xlsx": SourceFormat.ANNEX_A,
        ".json": SourceFormat.FHIR,
        ".csv": SourceFormat.SSDA903,
    }.get(suffix)


def open_extract(path: Path, problems: ProblemLog) -> ExtractReader | None:
    """Open a path as the reader for its format; None (with a problem) when it is unusable."""
    from .cif1 import Cif1Reader
    from .source import FolderFiles, ZipFiles

    if not path.exists():
        problems.add(path.name, 1, 1, "no such file or folder")
        return None
    kind = detect_format(path)
    if kind is SourceFormat.CIF1:
        files = FolderFiles(path, problems) if path.is_dir() else ZipFiles(path, problems)
        return Cif1Reader(files, problems)
    if kind is SourceFormat.ANNEX_A:
        from .annex_a import AnnexAReader  # openpyxl loads only for a workbook

        return AnnexAReader(path, problems)
    if kind is SourceFormat.SSDA903:
        from .ssda903 import Ssda903Reader

        return Ssda903Reader(path, problems)
    if kind is SourceFormat.FHIR:
        from .fhir import FhirReader

        return FhirReader(path, problems)
    problems.add(
        path.name,
        1,
        1,
        "unrecognised extract: expected a CIF-1 folder or zip, an Annex A .xlsx, "
        "an SSDA903 missing .csv or a FHIR Bundle .json",
    )
    return None


__all__ = ["ExtractReader", "detect_format", "open_extract"]
