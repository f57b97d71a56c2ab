"""Access-checked reads of children, pairs and runs: missing and forbidden answer alike (404)."""

from collections.abc import Iterator

import pandas as pd
from django.conf import settings
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.records.models import PersonRecord
from concord_engine.contracts.linkage import PERSON_COLUMNS

from .models import Child, LinkRun, MatchDecision, MatchPair
from .permissions import children_visible_to, pairs_visible_to


def child_get_for_user(*, user: User, child_id: str, action: str = "view_child") -> Child:
    """Return the child with this public id if the user may see it; log the attempt either way."""
    child = children_visible_to(user).filter(public_id=child_id).first()
    access_log_record(
        user=user, action=action, object_type="child", object_id=child_id, allowed=child is not None
    )
    if child is None:
        raise Http404("No such child")
    return child


def _dob_text(value: object, precision: str) -> str:
    if value is None:
        return ""
    text = str(value)
    return {"day": text, "month": text[:7], "year": text[:4]}.get(precision, "")


def _person_rows() -> Iterator[tuple[object, ...]]:
    fields = (
        "pk",
        "agency__code",
        "given_name",
        "family_name",
        "other_names",
        "date_of_birth",
        "dob_precision",
        "sex",
        "postcode",
        "address",
        "nhs_number",
        "upn",
        "local_id",
    )
    for row in PersonRecord.objects.order_by("pk").values_list(*fields).iterator(chunk_size=20000):
        yield (*row[:5], _dob_text(row[5], str(row[6])), *row[7:])


def person_records_frame() -> pd.DataFrame:
    """Every imported person record in the linkage engine's input layout."""
    return pd.DataFrame(list(_person_rows()), columns=list(PERSON_COLUMNS))


def run_latest() -> LinkRun | None:
    """The most recent successful linkage run."""
    return LinkRun.objects.filter(status=LinkRun.Status.SUCCEEDED).order_by("-pk").first()


def decisions_latest() -> dict[tuple[int, int], str]:
    """(person_l, person_r) -> the latest human decision on that pair."""
    latest: dict[tuple[int, int], str] = {}
    for left, right, decision in MatchDecision.objects.order_by("decided_at", "pk").values_list(
        "person_l_id", "person_r_id", "decision"
    ):
        latest[(left, right)] = decision
    return latest


def review_queue_list(*, user: User) -> QuerySet[MatchPair]:
    """Undecided pairs of the latest run in the clerical review band, most doubtful first."""
    run = run_latest()
    if run is None:
        return MatchPair.objects.none()
    low, high = settings.CONCORD_LINKAGE_REVIEW_BAND
    decided = MatchDecision.objects.filter(
        person_l_id=OuterRef("person_l_id"), person_r_id=OuterRef("person_r_id")
    )
    pairs = pairs_visible_to(user).filter(
        ~Exists(decided), run=run, match_probability__gte=low, match_probability__lt=high
    )
    return pairs.select_related("person_l__agency", "person_r__agency").order_by(
        "-match_probability", "pk"
    )


def pair_get_for_user(*, user: User, pair_id: int) -> MatchPair:
    """Return one scored pair the user may review; 404 (logged) for missing and forbidden."""
    pair = (
        pairs_visible_to(user)
        .select_related("run", "person_l__agency", "person_r__agency")
        .filter(pk=pair_id)
        .first()
    )
    access_log_record(
        user=user,
        action="view_match_pair",
        object_type="match_pair",
        object_id=pair_id,
        allowed=pair is not None,
    )
    if pair is None:
        raise Http404("No such pair")
    return pair


def run_get(*, run_id: int) -> LinkRun:
    """A linkage run by id (runs hold no personal data); 404 when missing."""
    run = LinkRun.objects.filter(pk=run_id).first()
    if run is None:
        raise Http404("No such run")
    return run


def child_people_list(*, child: Child) -> QuerySet[PersonRecord]:
    """The person records linked into a child (the caller has access-checked the child)."""
    return (
        PersonRecord.objects.filter(link__child=child)
        .select_related("agency", "link")
        .order_by("agency__code", "source_id")
    )
