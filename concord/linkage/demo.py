"""`concord demo` step: link the imported partnership into children (once per new import)."""

from pathlib import Path

from django.core.management import call_command
from django.db.models import Max

import concord.records.demo  # noqa: F401 - registers the step this one follows
from concord.core.demo import DEMO_STEPS, DemoContext, DemoStep
from concord.linkage.models import LinkRun
from concord.records.models import Extract


def step_link(ctx: DemoContext) -> None:
    """Run `concord link` unless the newest extract is already linked; report F1 on the truth."""
    newest_import = Extract.objects.aggregate(at=Max("imported_at"))["at"]
    if newest_import is None:
        ctx.out("Linkage: nothing imported yet")
        return
    last = LinkRun.objects.filter(status=LinkRun.Status.SUCCEEDED).order_by("-pk").first()
    if last is not None and last.finished_at is not None and last.finished_at >= newest_import:
        ctx.out(f"Linkage: already linked (run {last.pk}, {last.child_count} children)")
        return
    folder: Path | None = ctx.data.get("partnership_dir")
    truth = folder / "truth" / "people.csv" if folder is not None else None
    options = {"truth": truth} if truth is not None and truth.is_file() else {}
    call_command("link", **options)


DEMO_STEPS.insert_after("records", DemoStep("linkage", step_link))
