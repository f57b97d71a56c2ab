import csv
import gc

import pytest
from django.core.management import CommandError, call_command

from concord.accesslog.models import AccessLogEntry
from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.screening.models import Finding, FindingDecision, ScreeningRun
from concord.screening.services import (
    ScreeningError,
    finding_decide,
    findings_export,
    gc_paused,
    screening_run,
)
from concord.screening.tests.factories import EventFactory, police_and_care_child

pytestmark = pytest.mark.django_db


def test_screen_before_link_exits_with_a_one_line_reason():
    with pytest.raises(CommandError, match="run `concord link` first") as caught:
        call_command("screen", "--no-progress")
    assert "\n" not in str(caught.value)
    assert ScreeningRun.objects.count() == 0


def test_screen_stores_findings_with_evidence_highlights_and_parameters():
    child, incident = police_and_care_child()
    call_command("screen", "--no-progress")
    rules = set(child.findings.values_list("rule", flat=True))
    assert {"crime_not_recorded", "no_referral_to_childrens_services"} <= rules
    assert "victim_blaming_language" in rules
    finding = child.findings.get(rule="crime_not_recorded")
    assert finding.parameters == {"hours": 24}
    assert finding.rule_version == "1"
    evidence = finding.evidence.get()
    assert evidence.event == incident
    start, end = evidence.highlights[0]
    assert incident.text[start:end] == "sexually assaulted"
    run = ScreeningRun.objects.get()
    assert run.run_by == system_actor()
    assert run.findings_count == Finding.objects.count()


def test_rerun_replaces_machine_findings_and_keeps_human_decisions():
    child, _ = police_and_care_child()
    screening_run(actor=system_actor())
    finding = child.findings.get(rule="crime_not_recorded")
    reviewer = UserFactory(role="investigator")
    finding_decide(actor=reviewer, finding=finding, decision="confirmed", reason="Checked Niche")
    keys_before = set(Finding.objects.values_list("key", flat=True))
    screening_run(actor=system_actor())
    assert set(Finding.objects.values_list("key", flat=True)) == keys_before
    again = child.findings.get(rule="crime_not_recorded")
    assert again.pk == finding.pk  # the same key keeps its row (other apps point at it)
    assert again.run_id == finding.run_id  # unchanged, so not rewritten
    assert again.evidence.count() == 1
    decision = FindingDecision.objects.get(key=again.key)
    assert decision.decision == "confirmed"
    assert decision.decided_by == reviewer


def test_decision_needs_a_reason_and_is_logged():
    child, _ = police_and_care_child()
    screening_run(actor=system_actor())
    finding = child.findings.order_by("id")[0]
    user = UserFactory(role="coordinator")
    with pytest.raises(ValueError, match="reason"):
        finding_decide(actor=user, finding=finding, decision="dismissed", reason="  ")
    finding_decide(actor=user, finding=finding, decision="dismissed", reason="Duplicate record")
    entry = AccessLogEntry.objects.filter(action="finding_dismissed").get()
    assert entry.object_id == str(finding.pk)


def test_bad_parameters_in_settings_stop_the_screen(settings):
    police_and_care_child()
    settings.CONCORD_SCREENING_PARAMETERS = {"crime_not_recorded": {"hourz": 12}}
    with pytest.raises(ScreeningError, match="unknown parameter 'hourz'"):
        screening_run(actor=system_actor())
    assert ScreeningRun.objects.count() == 0


def test_parameters_from_settings_are_used(settings):
    child, _ = police_and_care_child()
    settings.CONCORD_SCREENING_PARAMETERS = {"no_return_interview": {"hours": 96}}
    screening_run(actor=system_actor())
    assert ScreeningRun.objects.get().parameters["no_return_interview"]["hours"] == 96


def test_findings_export_writes_spec_columns_with_evidence_earliest_first(tmp_path):
    child, incident = police_and_care_child()
    screening_run(actor=system_actor())
    out = tmp_path / "findings.csv"
    count = findings_export(actor=system_actor(), output=out)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["child_id", "rule", "severity", "evidence", "summary"]
    assert count == len(rows) - 1 == Finding.objects.count()
    crime = next(r for r in rows if r[1] == "crime_not_recorded")
    assert crime[0] == "CH-A"
    assert crime[2] == "high"
    assert crime[3] == f"GMP:{incident.source_id}"
    assert AccessLogEntry.objects.filter(action="export_findings").exists()


def test_rerun_deletes_findings_the_screen_no_longer_makes():
    child, incident = police_and_care_child()
    screening_run(actor=system_actor())
    assert child.findings.filter(rule="crime_not_recorded").exists()
    EventFactory(
        person=incident.person,
        type="crime",
        code="20B",
        occurred_at=incident.occurred_at,
        recorded_at=incident.occurred_at,
        related_event_source_id=incident.source_id,
    )
    screening_run(actor=system_actor())
    assert not child.findings.filter(rule="crime_not_recorded").exists()


def test_rerun_rewrites_a_finding_whose_evidence_changed(settings):
    child, _ = police_and_care_child()
    first = screening_run(actor=system_actor())
    finding = child.findings.get(rule="victim_blaming_language")
    highlights_before = finding.evidence.get().highlights
    assert highlights_before
    settings.CONCORD_SCREENING_PARAMETERS = {"victim_blaming_language": {"lexicon_version": "x"}}
    second = screening_run(actor=system_actor())
    again = child.findings.get(rule="victim_blaming_language")
    assert again.pk == finding.pk
    assert again.run_id == second.pk != first.pk
    assert again.parameters == {"lexicon_version": "x"}
    assert again.evidence.get().highlights == highlights_before


def test_stored_findings_hold_what_the_engine_returned():
    child, _ = police_and_care_child()
    screening_run(actor=system_actor())
    findings = list(child.findings.order_by("rule"))
    assert len(findings) >= 3
    assert len({f.created_at for f in findings}) == 1  # one moment for the run
    for finding in findings:
        evidence = list(finding.evidence.order_by("position").select_related("event"))
        assert evidence
        assert finding.first_event_at == evidence[0].event.occurred_at
        assert isinstance(finding.parameters, dict)
        assert isinstance(finding.detail, dict)
        for item in evidence:
            assert all(isinstance(span, list) and len(span) == 2 for span in item.highlights)
    language = child.findings.get(rule="victim_blaming_language")
    assert language.detail["matches"][0]["phrase"] == "put herself at risk"


def test_the_garbage_collector_is_paused_during_a_screen_and_restored_after():
    seen = []
    assert gc.isenabled() is True
    with gc_paused():
        seen.append(gc.isenabled())
    assert seen == [False]
    assert gc.isenabled() is True
    with pytest.raises(RuntimeError, match="boom"), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled() is True
    gc.disable()
    try:
        with gc_paused():
            pass
        assert gc.isenabled() is False  # left as it was found
    finally:
        gc.enable()
