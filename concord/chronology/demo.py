"""`concord demo` step: point the person trying Concord at a chronology worth reading.

It runs after screening, so the child it names has findings to read.
"""

from django.db.models import Count
from django.urls import reverse

import concord.screening.demo  # noqa: F401 - registers the step this one follows
from concord.core.demo import DEMO_STEPS, DemoContext, DemoStep
from concord.linkage.models import Child


def chronology_demo_step(ctx: DemoContext) -> None:
    """Print the chronology address of the child with the most findings (ids only)."""
    child = (
        Child.objects.annotate(found=Count("findings", distinct=True))
        .filter(found__gt=0)
        .order_by("-found", "public_id")
        .first()
    ) or Child.objects.order_by("public_id").first()
    if child is None:
        ctx.out("Chronology: no linked children yet.")
        return
    ctx.out(f"Chronology to try: {reverse('chronology:child', args=[child.public_id])}")


DEMO_STEPS.insert_after("screening", DemoStep("chronology", chronology_demo_step))
