"""`concord demo` step: screen the linked children (once per linkage run)."""

from django.core.management import call_command

import concord.linkage.demo  # noqa: F401 - registers the step this one follows
from concord.core.demo import DEMO_STEPS, DemoContext, DemoStep
from concord.linkage.models import LinkRun
from concord.screening.models import ScreeningRun


def step_screen(ctx: DemoContext) -> None:
    """Run `concord screen` unless it has already run since the newest linkage run."""
    last_link = LinkRun.objects.filter(status=LinkRun.Status.SUCCEEDED).order_by("-pk").first()
    if last_link is None:
        ctx.out("Screening: nothing linked yet")
        return
    last_screen = ScreeningRun.objects.exclude(finished_at=None).order_by("-pk").first()
    if (
        last_screen is not None
        and last_link.finished_at is not None
        and last_screen.started_at >= last_link.finished_at
    ):
        ctx.out(f"Screening: already screened ({last_screen.findings_count} findings)")
        return
    call_command("screen")


DEMO_STEPS.insert_after("linkage", DemoStep("screening", step_screen))
