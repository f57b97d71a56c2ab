"""Store a clustering as children: stable public ids, person links, retired children."""

import secrets
from collections.abc import Iterable, Mapping

import pandas as pd
from django.db.models import QuerySet
from django.utils import timezone

from concord.linkage.models import Child, PersonLink
from concord_engine.linkage import assign_child_ids

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
BATCH = 5000


def new_public_id(taken: set[str]) -> str:
    """A fresh `C-XXXXXXXX` id not in `taken` (which it is added to)."""
    while True:
        candidate = "C-" + "".join(secrets.choice(_ALPHABET) for _ in range(8))
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def _previous(links: QuerySet[PersonLink]) -> tuple[dict[int, str], dict[str, int]]:
    previous: dict[int, str] = {}
    order: dict[str, int] = {}
    for person_id, public_id, child_pk in links.values_list(
        "person_id", "child__public_id", "child_id"
    ).iterator(chunk_size=BATCH):
        previous[person_id] = public_id
        order[public_id] = child_pk
    return previous, order


def clusters_store(clusters: pd.DataFrame, *, scope: Iterable[int] | None = None) -> int:
    """Make `clusters` (record_id, cluster, match_probability) the current children.

    `scope`: the person ids being re-clustered (None: everyone). Returns the number of children.
    """
    links = PersonLink.objects.all()
    if scope is not None:
        links = links.filter(person_id__in=list(scope))
    previous, order = _previous(links)
    assignment = assign_child_ids(clusters, previous, order)
    public_of: dict[int, str] = dict(assignment.inherited)
    unnamed = [int(c) for c in clusters["cluster"].unique() if int(c) not in public_of]
    public_of.update(zip(unnamed, _fresh_ids(len(unnamed), whole_table=scope is None), strict=True))
    fresh = [Child(public_id=public_of[key]) for key in unnamed]
    Child.objects.bulk_create(fresh, batch_size=BATCH)
    wanted = set(public_of.values())
    pk_of = dict(
        Child.objects.filter(public_id__in=wanted).values_list("public_id", "pk")
        if len(wanted) < 50000
        else Child.objects.values_list("public_id", "pk")
    )
    Child.objects.filter(public_id__in=wanted, retired_at__isnull=False).update(
        retired_at=None, merged_into=None
    )
    rows = [
        PersonLink(
            person_id=int(record), child_id=pk_of[public_of[int(cluster)]], match_probability=p
        )
        for record, cluster, p in zip(
            clusters["record_id"], clusters["cluster"], clusters["match_probability"], strict=True
        )
    ]
    PersonLink.objects.bulk_create(
        rows,
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["person"],
        update_fields=["child", "match_probability"],
    )
    _retire(assignment.retired, pk_of)
    return len(public_of)


def _fresh_ids(count: int, *, whole_table: bool) -> list[str]:
    """Draw `count` public ids no child has.

    A whole run reads every id once; a re-cluster after a clerical decision checks only its few
    draws against the table rather than reading every child's id.
    """
    taken = set(Child.objects.values_list("public_id", flat=True)) if whole_table else set()
    ids: list[str] = []
    while len(ids) < count:
        draws = [new_public_id(taken) for _ in range(count - len(ids))]
        if not whole_table:
            clash = set(
                Child.objects.filter(public_id__in=draws).values_list("public_id", flat=True)
            )
            draws = [d for d in draws if d not in clash]
        ids.extend(draws)
    return ids


def _retire(retired: Mapping[str, str | None], pk_of: dict[str, int]) -> None:
    """Retire the children whose records went elsewhere: one update per child they joined."""
    now = timezone.now()
    by_joined: dict[str | None, list[str]] = {}
    for public_id, joined in retired.items():
        by_joined.setdefault(joined, []).append(public_id)
    for joined, public_ids in by_joined.items():
        Child.objects.filter(public_id__in=public_ids).update(
            retired_at=now, merged_into_id=pk_of.get(joined) if joined else None
        )
