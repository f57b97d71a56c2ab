"""Collect every problem in an extract, in the order found."""

from __future__ import annotations

from concord_engine.contracts.records import Problem

MAX_LISTED = 5000


class ProblemLog:
    """An ordered list of problems; past `limit` they are counted but not kept."""

    def __init__(self, limit: int = MAX_LISTED) -> None:
        self.items: list[Problem] = []
        self.limit = limit
        self.total = 0

    def add(self, file: str, line: int, column: int, reason: str) -> None:
        """Record one problem at a place in a file."""
        self.total += 1
        if len(self.items) < self.limit:
            self.items.append(Problem(file, line, column, reason))

    def __bool__(self) -> bool:
        return self.total > 0

    def __len__(self) -> int:
        return self.total

    def lines(self) -> list[str]:
        """Each problem as `file:line:column: reason`, plus a count of any left unlisted."""
        shown = [str(item) for item in self.items]
        if self.total > len(self.items):
            shown.append(f"... and {self.total - len(self.items)} more problems")
        return shown


__all__ = ["ProblemLog"]
