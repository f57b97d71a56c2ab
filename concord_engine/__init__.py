"""Concord's computational engine: parsing, linkage, screening and statistics, without Django.

Each subpackage publishes its API in its own `__all__`; the Django app reaches the engine only
through those names and the typed contracts in `concord_engine.contracts`.
"""

from . import contracts, exceptions

__all__ = ["contracts", "exceptions"]
