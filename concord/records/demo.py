"""`concord demo` step: write the synthetic partnership (once) and import every extract in it.

Joined by `concord demo` through `autodiscover_modules("demo")`. Idempotent: the partnership is
seeded, so a second run finds every extract already imported and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from concord.accounts.services import system_actor
from concord.core.demo import DEMO_STEPS, DemoContext, DemoStep
from concord_engine.synth import generate_partnership

from .services import extract_import

DEMO_CHILDREN = 300
DEMO_SEED = 1


def demo_partnership_dir(ctx: DemoContext) -> Path:
    """Where the demo's synthetic extracts live (`demo-data/partnership`, git-ignored)."""
    given = ctx.data.get("partnership_dir") or ctx.options.get("partnership_dir")
    return Path(given) if given else Path.cwd() / "demo-data" / "partnership"


def step_records(ctx: DemoContext) -> None:
    """Generate the partnership if it is not there yet, then import each extract."""
    folder = demo_partnership_dir(ctx)
    if not folder.is_dir() or not any(folder.iterdir()):
        children = int(ctx.options.get("children") or DEMO_CHILDREN)
        generate_partnership(folder, children, seed=int(ctx.options.get("seed") or DEMO_SEED))
        ctx.out(f"Synthetic partnership written to {folder} ({children} children)")
    actor = system_actor()
    imported = unchanged = events = 0
    for extract in sorted(p for p in folder.iterdir() if (p / "manifest.json").is_file()):
        result = extract_import(actor=actor, path=extract)
        events += result.events
        if result.already_imported:
            unchanged += 1
        else:
            imported += 1
    ctx.data["partnership_dir"] = folder
    ctx.out(f"Records: {imported} extracts imported, {unchanged} already there ({events:,} events)")


DEMO_STEPS.insert_after("users", DemoStep("records", step_records))
