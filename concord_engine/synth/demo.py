"""The partnership `concord demo` uses: generated once per folder and reused after that."""

import json
import shutil
from pathlib import Path

from concord_engine.exceptions import ConcordEngineError

from .generate import generate_partnership


class SynthFolderError(ConcordEngineError):
    """The demo folder holds something other than a synthetic partnership."""


NOT_A_PARTNERSHIP = "{path}: not empty and not a synthetic partnership; refusing to replace it"
DEMO_CHILDREN = 300
DEMO_SEED = 1
_STAMP = "synth.json"


def ensure_partnership(
    out: Path, children: int = DEMO_CHILDREN, seed: int = DEMO_SEED
) -> list[Path]:
    """Generate the partnership into `out` unless the same one is already there.

    Returns the agency extract folders, in a stable order, ready for `concord import`. A folder
    holding a partnership made with other arguments (or a partial one) is replaced.
    """
    stamp = out / "truth" / _STAMP
    wanted = {"children": children, "seed": seed, "generator": 1}
    current = json.loads(stamp.read_text("utf-8")) if stamp.exists() else None
    if current != wanted:
        if out.exists() and any(out.iterdir()):
            if not (out / "truth" / "people.csv").exists():
                raise SynthFolderError(NOT_A_PARTNERSHIP.format(path=out))
            shutil.rmtree(out)
        generate_partnership(out, children, seed)
        stamp.write_text(json.dumps(wanted, sort_keys=True) + "\n", "utf-8")
    return sorted(p for p in out.iterdir() if p.is_dir() and p.name != "truth")
