"""`concord demo` step: point the person trying Concord at a chronology worth reading.

Join it after screening (the integrator wires this; see the module docstring of core/demo.py)::

    DEMO_STEPS.insert_after("<screening step>", DemoStep("chronology", chronology_demo_step))
"""

from django.db.models import Count
from django.urls import reverse

from concord.core.demo import DemoContext
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
