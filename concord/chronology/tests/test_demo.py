import pytest

from concord.agencies.tests.factories import AgencyFactory
from concord.chronology.demo import chronology_demo_step
from concord.core.demo import DemoContext

from .factories import EventFactory, child_with_records, finding_on

pytestmark = pytest.mark.django_db


def test_demo_step_points_at_the_child_with_most_findings():
    agency = AgencyFactory(code="GMP", sector="police")
    child_with_records([agency], public_id="C-QUIET")
    busy, (person,) = child_with_records([agency], public_id="C-BUSY")
    finding_on(busy, [EventFactory(person=person)])
    lines: list[str] = []
    chronology_demo_step(DemoContext(out=lines.append))
    assert lines == ["Chronology to try: /children/C-BUSY/"]


def test_demo_step_says_so_when_there_are_no_children():
    lines: list[str] = []
    chronology_demo_step(DemoContext(out=lines.append))
    assert lines == ["Chronology: no linked children yet."]
