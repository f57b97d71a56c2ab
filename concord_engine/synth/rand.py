"""Seeded sampling helpers, faster than `random.Random.choice` and `randint` in hot loops."""

import random
from collections.abc import Sequence


def pick[T](rng: random.Random, items: Sequence[T]) -> T:
    """One item at random."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer from `low` to `high` inclusive."""
    return low + int(rng.random() * (high - low + 1))
