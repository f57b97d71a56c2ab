"""Permission-matrix providers for the linkage URLs (protocol: core/tests/matrix.py).

``pair_id``: a scored pair of two records held only by the matrix's *other* agency, so the
investigator (of the home agency) must get the same 404 as for a missing pair.
``run_id``: a linkage run holds no personal data; every linkage-review role may open it.
"""

from concord.accounts.services import system_actor
from concord.core.tests.matrix import MatrixUsers, Subject, register
from concord.linkage.models import LinkRun, MatchPair
from concord.records.models import Extract, PersonRecord

LINKAGE_ROLES = frozenset({"administrator", "coordinator", "investigator"})
ALL_PAIRS_ROLES = frozenset({"administrator", "coordinator"})


def _run() -> LinkRun:
    # The smallest model JSON the pair page can explain: a prior and no comparisons.
    model = {"probability_two_random_records_match": 0.001, "comparisons": []}
    return LinkRun.objects.create(
        actor=system_actor(),
        engine="duckdb",
        threshold=0.9,
        status=LinkRun.Status.SUCCEEDED,
        model=model,
    )


@register("run_id")
def linkage_run(users: MatrixUsers) -> Subject:
    return Subject(value=_run().pk, associated=LINKAGE_ROLES)


@register("pair_id")
def linkage_pair(users: MatrixUsers) -> Subject:
    extract = Extract.objects.create(
        agency=users.other,
        format=Extract.Format.CIF1,
        source_name="matrix.zip",
        content_hash="matrix-pair",
        imported_by=system_actor(),
    )
    left, right = (
        PersonRecord.objects.create(agency=users.other, extract=extract, source_id=source)
        for source in ("MX-L", "MX-R")
    )
    pair = MatchPair.objects.create(
        run=_run(),
        person_l=left,
        person_r=right,
        match_probability=0.5,
        match_weight=0.0,
        gammas={},
    )
    return Subject(value=pair.pk, associated=ALL_PAIRS_ROLES)
