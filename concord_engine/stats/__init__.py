"""Statistics without Django: reviewer agreement."""

from .agreement import Agreement, ordinal_agreement

__all__ = ["Agreement", "ordinal_agreement"]
