"""Small synthetic partnerships for review tests (synthetic data only, ids not names)."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import factory

from concord.accounts.models import User
from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.agencies.models import Agency
from concord.agencies.tests.factories import AgencyFactory
from concord.frameworks.models import Framework
from concord.frameworks.services import framework_load_default
from concord.linkage.models import Child, PersonLink
from concord.records.models import Event, Extract, PersonRecord
from concord.reviews.models import ReviewRound
from concord.reviews.services import RoundSpec, round_create
from concord.screening.models import Finding

PERIOD = (date(2025, 1, 1), date(2025, 6, 30))
IN_PERIOD = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    public_id = factory.Sequence(lambda n: f"C-{n:05d}")


def _extract(agency: Agency) -> Extract:
    extract = Extract.objects.filter(agency=agency).first()
    if extract is None:
        extract = Extract.objects.create(
            agency=agency,
            format="cif1",
            source_name="synthetic",
            content_hash=agency.code,
            imported_by=system_actor(),
        )
    return extract


def record_child(
    child: Child,
    agency: Agency,
    *,
    event_types: tuple[str, ...] = ("note",),
    at: datetime = IN_PERIOD,
) -> PersonRecord:
    """Give the child a person record at this agency with events of these types."""
    extract = _extract(agency)
    source_id = f"P-{child.public_id}"
    person, _ = PersonRecord.objects.get_or_create(
        agency=agency, source_id=source_id, defaults={"extract": extract}
    )
    PersonLink.objects.get_or_create(
        person=person, defaults={"child": child, "match_probability": 1.0}
    )
    start = Event.objects.filter(agency=agency).count()
    for offset, event_type in enumerate(event_types):
        Event.objects.create(
            agency=agency,
            source_id=f"E{start + offset}",
            extract=extract,
            person=person,
            type=event_type,
            occurred_at=at,
        )
    return person


def finding_for(child: Child, rule: str) -> Finding:
    """A screening finding of `rule` for the child."""
    return Finding.objects.create(
        child=child,
        rule=rule,
        rule_version="1",
        severity="high",
        summary="synthetic",
        key=f"{rule}:{child.public_id}",
    )


@dataclass
class Partnership:
    """Agencies, reviewers and children of a small synthetic partnership."""

    police: Agency
    oldham: Agency
    bury: Agency
    health: Agency
    coordinator: User
    reviewers: dict[str, list[User]] = field(default_factory=dict)
    children: list[Child] = field(default_factory=list)
    framework: Framework | None = None


def partnership(*, children_per_area: int = 4, load_framework: bool = True) -> Partnership:
    """GMP, two councils' social care and a health trust; reviewers in each; linked children."""
    police = AgencyFactory(code="GMP", name="Police", sector="police", area="")
    oldham = AgencyFactory(code="OLDSC", name="Oldham SC", sector="social_care", area="Oldham")
    bury = AgencyFactory(code="BURSC", name="Bury SC", sector="social_care", area="Bury")
    health = AgencyFactory(code="NHS1", name="Trust", sector="health", area="")
    p = Partnership(
        police=police,
        oldham=oldham,
        bury=bury,
        health=health,
        coordinator=UserFactory(username="coord", role=User.Role.COORDINATOR, agency=None),
    )
    p.reviewers = {
        "police": [UserFactory(username=f"pol{i}", agency=police) for i in range(2)],
        "social_care": [
            UserFactory(username="scold", agency=oldham),
            UserFactory(username="scbur", agency=bury),
        ],
        "health": [UserFactory(username="hea0", agency=health)],
    }
    for area_agency in (oldham, bury):
        for i in range(children_per_area):
            child = ChildFactory()
            record_child(child, area_agency, event_types=("referral", "missing_episode"))
            record_child(child, police, event_types=("incident",))
            if i % 2 == 0:
                record_child(child, health, event_types=("attendance",))
            p.children.append(child)
    if load_framework:
        p.framework = framework_load_default(actor=p.coordinator)
    return p


def make_round(p: Partnership, **overrides: object) -> ReviewRound:
    """A round over the partnership's period on the default framework."""
    assert p.framework is not None
    values: dict[str, object] = {
        "theme": "Child sexual exploitation",
        "period_start": PERIOD[0],
        "period_end": PERIOD[1],
        "framework": p.framework,
        "sectors": ("police", "social_care", "health"),
        "per_stratum": 2,
    }
    values.update(overrides)
    return round_create(actor=p.coordinator, spec=RoundSpec(**values))  # type: ignore[arg-type]
