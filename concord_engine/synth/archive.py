"""Zip each agency folder (CIF-1 allows a `.zip` of one folder), byte-identical per seed."""

import shutil
import zipfile
from pathlib import Path

_FIXED_TIME = (2025, 3, 1, 9, 0, 0)


def zip_extracts(out: Path, agencies: tuple[str, ...]) -> list[Path]:
    """Replace each agency folder under `out` with `<code>.zip` holding `<code>/...`."""
    written = []
    for code in agencies:
        folder = out / code
        target = out / f"{code}.zip"
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in ("manifest.json", "people.csv", "events.csv"):
                info = zipfile.ZipInfo(f"{code}/{name}", date_time=_FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                with (folder / name).open("rb") as source, archive.open(info, "w") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
        shutil.rmtree(folder)
        written.append(target)
    return written
