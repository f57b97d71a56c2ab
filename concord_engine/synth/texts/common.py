"""Filling templates with a child's name and pronouns."""

import random

from concord_engine.synth.model import Child
from concord_engine.synth.rand import pick


class Ctx(dict[str, str]):
    """Template values; an unknown key renders as itself so a bad template is visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def ctx_for(rng: random.Random, child: Child, age: int, **extra: str) -> Ctx:
    """Values for one event's text: how the writer names the child, pronouns, age."""
    roll = rng.random()
    if roll < 0.6:
        name = child.given
    elif roll < 0.75:
        name = f"{child.given} {child.family}"
    elif roll < 0.88:
        name = "YP"
    else:
        name = child.given.upper()
    female = child.sex == "F"
    ctx = Ctx(
        name=name,
        first=child.given,
        he="she" if female else "he",
        He="She" if female else "He",
        his="her" if female else "his",
        His="Her" if female else "His",
        him="her" if female else "him",
        himself="herself" if female else "himself",
        son="daughter" if female else "son",
        girl="girl" if female else "boy",
        friend="boyfriend" if female else "girlfriend",
        age=str(age),
        locality=pick(rng, child.area.localities),
        la=child.area.name,
    )
    ctx.update(extra)
    return ctx


def fill(rng: random.Random, templates: tuple[str, ...], ctx: Ctx) -> str:
    """One template, chosen at random, filled in."""
    return pick(rng, templates).format_map(ctx)


def compose(rng: random.Random, ctx: Ctx, *parts: tuple[str, ...], optional: float = 0.0) -> str:
    """Join one filled template from each part; later parts are skipped with `optional` odds."""
    out = [fill(rng, parts[0], ctx)]
    for part in parts[1:]:
        if rng.random() >= optional:
            out.append(fill(rng, part, ctx))
    return " ".join(s for s in out if s)
