"""Planted cases: failings for every screening rule and compliant look-alikes beside them."""

from .registry import SCENARIOS, Scenario, plant

__all__ = ["SCENARIOS", "Scenario", "plant"]
