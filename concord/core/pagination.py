"""Pagination for lists whose size is already known."""

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from django.core.paginator import Paginator
from django.db.models import QuerySet

if TYPE_CHECKING:  # Paginator is generic for the type checker only (django-stubs)
    _Paginator = Paginator[Any]
else:
    _Paginator = Paginator


class KnownCountPaginator(_Paginator):
    """A Paginator told the list's size, so it does not count the list a second time."""

    def __init__(
        self, object_list: QuerySet[Any] | Sequence[Any], per_page: int, *, count: int
    ) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        """The size given, not a second COUNT query."""
        return self._known_count


__all__ = ["KnownCountPaginator"]
