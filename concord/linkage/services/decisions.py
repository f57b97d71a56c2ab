"""Clerical review: confirm or reject a pair, split a child, merge two children (with reasons).

Every decision is a new attributed `MatchDecision`; the latest per pair overrides the model on
this and every later run. The affected children are re-clustered at once from the latest run's
stored pairs, so the change shows immediately.
"""

from collections.abc import Iterable
from itertools import pairwise, product

import pandas as pd
from django.conf import settings
from django.db import transaction

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.linkage.models import Child, ChildChange, MatchDecision, MatchPair, PersonLink
from concord.linkage.selectors import run_latest
from concord_engine.linkage import cluster_pairs

from .children import clusters_store
from .linking import LinkageError, decisions_current

SPLIT_NEEDS_SOME = "choose at least one record to move, and leave at least one"
MERGE_SAME_CHILD = "a child cannot be merged with itself"
REASON_REQUIRED = "give a reason"


class DecisionError(LinkageError):
    """A clerical decision that cannot be applied."""


def _ordered(left: int, right: int) -> tuple[int, int]:
    return (left, right) if left < right else (right, left)


def _recluster(person_ids: Iterable[int]) -> None:
    ids = sorted(set(person_ids))
    run = run_latest()
    stored = MatchPair.objects.filter(run=run, person_l_id__in=ids, person_r_id__in=ids)
    pairs = pd.DataFrame(
        list(stored.values_list("person_l_id", "person_r_id", "match_probability", "vetoed")),
        columns=["record_id_l", "record_id_r", "match_probability", "vetoed"],
    ).astype({"record_id_l": "int64", "record_id_r": "int64", "match_probability": "float64"})
    threshold = run.threshold if run else float(settings.CONCORD_LINKAGE_THRESHOLD)
    clusters = cluster_pairs(ids, pairs, threshold=threshold, decisions=decisions_current())
    clusters_store(clusters, scope=ids)


def _people_of(*children: Child) -> list[int]:
    return list(PersonLink.objects.filter(child__in=children).values_list("person_id", flat=True))


def _decide(
    *, actor: User, pairs: Iterable[tuple[int, int]], decision: str, source: str, reason: str
) -> int:
    rows = [
        MatchDecision(
            person_l_id=left,
            person_r_id=right,
            decision=decision,
            source=source,
            reason=reason,
            decided_by=actor,
        )
        for left, right in (_ordered(a, b) for a, b in pairs)
    ]
    MatchDecision.objects.bulk_create(rows)
    return len(rows)


@transaction.atomic
def pair_decide(*, actor: User, pair: MatchPair, decision: str, reason: str = "") -> MatchDecision:
    """Record that a pair is (or is not) one child, and re-cluster the children involved."""
    record = MatchDecision.objects.create(
        person_l_id=pair.person_l_id,
        person_r_id=pair.person_r_id,
        decision=decision,
        source=MatchDecision.Source.CLERICAL,
        reason=reason,
        decided_by=actor,
        match_probability=pair.match_probability,
        run=pair.run,
    )
    children = Child.objects.filter(links__person_id__in=[pair.person_l_id, pair.person_r_id])
    _recluster([*_people_of(*children), pair.person_l_id, pair.person_r_id])
    access_log_record(
        user=actor,
        action="decide_match_pair",
        object_type="match_pair",
        object_id=pair.pk,
        detail={"decision": decision, "decision_id": record.pk},
    )
    return record


@transaction.atomic
def child_split(*, actor: User, child: Child, person_ids: list[int], reason: str) -> Child:
    """Move some of a child's records into a new child; return the new child."""
    if not reason.strip():
        raise DecisionError(REASON_REQUIRED)
    everyone = set(_people_of(child))
    moved = sorted(set(person_ids))
    staying = sorted(everyone - set(moved))
    if not moved or not staying or not set(moved) <= everyone:
        raise DecisionError(SPLIT_NEEDS_SOME)
    source = MatchDecision.Source.SPLIT
    apart = _decide(
        actor=actor,
        pairs=product(moved, staying),
        decision=MatchDecision.Decision.NON_MATCH,
        source=source,
        reason=reason,
    )
    _decide(
        actor=actor,
        pairs=[*pairwise(moved), *pairwise(staying)],
        decision=MatchDecision.Decision.MATCH,
        source=source,
        reason=reason,
    )
    _recluster(everyone)
    new_child = Child.objects.get(links__person_id=moved[0])
    ChildChange.objects.create(
        kind=ChildChange.Kind.SPLIT,
        child=child,
        other=new_child,
        person_ids=moved,
        reason=reason,
        actor=actor,
    )
    access_log_record(
        user=actor,
        action="split_child",
        object_type="child",
        object_id=child.public_id,
        detail={"new_child": new_child.public_id, "moved": len(moved), "apart": apart},
    )
    return new_child


@transaction.atomic
def children_merge(*, actor: User, child: Child, other: Child, reason: str) -> Child:
    """Join two children into one; the one that keeps its id follows ADR 0041. Return it."""
    if not reason.strip():
        raise DecisionError(REASON_REQUIRED)
    if child.pk == other.pk:
        raise DecisionError(MERGE_SAME_CHILD)
    mine, theirs = _people_of(child), _people_of(other)
    if not mine or not theirs:
        raise DecisionError(MERGE_SAME_CHILD)
    _decide(
        actor=actor,
        # Every cross pair, so the merge overrides any earlier "different children" decision.
        pairs=product(mine, theirs),
        decision=MatchDecision.Decision.MATCH,
        source=MatchDecision.Source.MERGE,
        reason=reason,
    )
    _recluster([*mine, *theirs])
    merged = Child.objects.get(links__person_id=mine[0])
    ChildChange.objects.create(
        kind=ChildChange.Kind.MERGE, child=child, other=other, reason=reason, actor=actor
    )
    access_log_record(
        user=actor,
        action="merge_children",
        object_type="child",
        object_id=child.public_id,
        detail={"other": other.public_id, "kept": merged.public_id},
    )
    return merged
