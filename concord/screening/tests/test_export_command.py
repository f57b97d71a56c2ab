"""`concord export links|findings --output F` (SPEC §4): headers, rows, logging, bad input."""

import csv

import pytest
from django.core.management import CommandError, call_command

from concord.accesslog.models import AccessLogEntry

from .factories import EventFactory, FindingEvidenceFactory, PersonLinkFactory

pytestmark = pytest.mark.django_db


def _read(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_export_links_writes_the_spec_columns_and_is_logged(tmp_path):
    link = PersonLinkFactory(match_probability=0.987654321)
    output = tmp_path / "links.csv"
    call_command("export", "links", output=output)
    rows = _read(output)
    assert rows[0] == ["agency", "person_id", "child_id", "match_probability"]
    assert rows[1:] == [
        [link.person.agency.code, link.person.source_id, link.child.public_id, "0.987654"]
    ]
    assert AccessLogEntry.objects.filter(action="export_links").count() == 1


def test_export_findings_lists_evidence_earliest_first(tmp_path):
    link = PersonLinkFactory()
    later = EventFactory(person=link.person, source_id="E2", occurred_at="2025-02-02T10:00Z")
    earlier = EventFactory(person=link.person, source_id="E1", occurred_at="2025-01-01T10:00Z")
    first = FindingEvidenceFactory(finding__child=link.child, event=later)
    FindingEvidenceFactory(finding=first.finding, event=earlier, position=1)
    output = tmp_path / "findings.csv"
    call_command("export", "findings", output=output)
    rows = _read(output)
    assert rows[0] == ["child_id", "rule", "severity", "evidence", "summary"]
    agency = link.person.agency.code
    assert rows[1][0] == link.child.public_id
    assert rows[1][3] == f"{agency}:E1;{agency}:E2"
    assert AccessLogEntry.objects.filter(action="export_findings").count() == 1


def test_export_to_a_missing_folder_names_it_and_writes_nothing(tmp_path):
    output = tmp_path / "no-such-folder" / "links.csv"
    with pytest.raises(CommandError, match="no-such-folder"):
        call_command("export", "links", output=output)
    assert not output.parent.exists()
    assert not AccessLogEntry.objects.filter(action="export_links").exists()
