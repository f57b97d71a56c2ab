"""The files of one CIF-1 extract, from a folder or from a zip of one folder."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .problems import ProblemLog

CIF1_FILES = ("manifest.json", "people.csv", "events.csv")
_IGNORED = ("__MACOSX/", ".DS_Store")
_CHUNK = 1 << 20


class ExtractFiles:
    """Named member files of an extract; `open` streams one of them as bytes."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.members: dict[str, str] = {}

    def has(self, name: str) -> bool:
        """Whether the extract holds the file."""
        return name in self.members

    @contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """Stream a member file's bytes."""
        raise NotImplementedError  # pragma: no cover

    def content_hash(self) -> str:
        """SHA-256 over the three files' names and bytes, in a fixed order."""
        digest = hashlib.sha256()
        for name in CIF1_FILES:
            if not self.has(name):
                continue
            digest.update(name.encode() + b"\0")
            with self.open(name) as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
            digest.update(b"\0")
        return digest.hexdigest()


class FolderFiles(ExtractFiles):
    """An extract as a folder on disk."""

    def __init__(self, folder: Path, problems: ProblemLog) -> None:
        super().__init__(folder.name)
        self.folder = folder
        for entry in sorted(folder.iterdir()):
            if entry.name in _IGNORED or entry.name.startswith("."):
                continue
            if entry.name in CIF1_FILES and entry.is_file():
                self.members[entry.name] = entry.name
            else:
                problems.add(entry.name, 1, 1, "unexpected file or folder in a CIF-1 extract")

    @contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        with (self.folder / self.members[name]).open("rb") as stream:
            yield stream


class ZipFiles(ExtractFiles):
    """An extract as a zip holding exactly one folder with the three files."""

    def __init__(self, path: Path, problems: ProblemLog) -> None:
        super().__init__(path.name)
        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if not _ignored(n)]
        except (zipfile.BadZipFile, OSError):
            problems.add(path.name, 1, 1, "not a readable zip file (truncated or corrupt)")
            return
        folders = {PurePosixPath(n).parts[0] for n in names if len(PurePosixPath(n).parts) > 1}
        loose = [n for n in names if len(PurePosixPath(n).parts) == 1 and not n.endswith("/")]
        if len(folders) != 1 or loose:
            problems.add(
                path.name,
                1,
                1,
                f"the zip must hold exactly one folder; found {len(folders)}"
                + (f" and {len(loose)} loose files" if loose else ""),
            )
            return
        folder = folders.pop()
        self.label = f"{path.name}/{folder}"
        for name in names:
            parts = PurePosixPath(name).parts
            if name.endswith("/") and len(parts) == 1:
                continue
            if len(parts) == 2 and parts[1] in CIF1_FILES:
                self.members[parts[1]] = name
            else:
                problems.add(path.name, 1, 1, "unexpected file or folder in a CIF-1 extract")

    @contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        with zipfile.ZipFile(self.path) as archive, archive.open(self.members[name]) as raw:
            yield io.BufferedReader(raw, buffer_size=_CHUNK)  # type: ignore[type-var]


def _ignored(name: str) -> bool:
    return any(name.startswith(prefix) or name.endswith(prefix) for prefix in _IGNORED)


__all__ = ["CIF1_FILES", "ExtractFiles", "FolderFiles", "ZipFiles"]
