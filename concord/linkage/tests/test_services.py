import csv

import pytest
from django.core.management import CommandError, call_command

from concord.accesslog.models import AccessLogEntry
from concord.accounts.models import User
from concord.accounts.services import system_actor
from concord.accounts.tests.factories import UserFactory
from concord.linkage.models import Child, LinkRun, MatchDecision, MatchPair, PersonLink
from concord.linkage.services import (
    NoRecordsError,
    child_split,
    children_merge,
    link_run,
    links_export,
    pair_decide,
)

from .factories import background, extract_for, person

pytestmark = pytest.mark.django_db


def child_of(record) -> str:
    return PersonLink.objects.get(person=record).child.public_id


@pytest.fixture
def kayleigh():
    background(120)
    police, council = extract_for("GMP"), extract_for("OLD")
    return [
        person(police, "K1", "Kayleigh", "Smith", "2009-04-03", sex="F", postcode="OL1 2AB"),
        person(council, "K2", "Kayleigh", "Smyth", "2009-03-04", sex="F", postcode="ol12ab"),
        person(council, "K3", "Kayley", "Smith", "2009-04-03", sex="F", postcode="OL1 2AB"),
    ]


def test_link_without_records_raises_one_line_reason():
    with pytest.raises(NoRecordsError, match="no person records have been imported"):
        link_run(actor=system_actor())


def test_link_command_without_records_exits_with_reason():
    with pytest.raises(CommandError, match="^no person records have been imported"):
        call_command("link")


def test_link_stores_children_pairs_and_versioned_model(kayleigh):
    run = link_run(actor=system_actor())
    assert run.status == LinkRun.Status.SUCCEEDED
    assert len({child_of(r) for r in kayleigh}) == 1
    assert run.model["comparisons"][0]["output_column_name"] == "given_name"
    assert run.splink_version.startswith("5.")
    assert len(run.input_hash) == 64
    assert run.pair_count == MatchPair.objects.filter(run=run).count() > 0
    assert PersonLink.objects.count() == run.record_count
    assert run.quality["children"] == run.child_count
    assert AccessLogEntry.objects.filter(action="link_run", object_id=str(run.pk)).exists()


def test_child_ids_survive_a_rerun_with_one_new_extract(kayleigh):
    link_run(actor=system_actor())
    before = dict(PersonLink.objects.values_list("person_id", "child__public_id"))
    nhs = extract_for("NHS")
    newcomer = person(
        nhs, "N1", "Kayleigh", "Smith", "2009-04-03", sex="F", nhs_number="9434765919"
    )
    link_run(actor=system_actor())
    after = dict(PersonLink.objects.values_list("person_id", "child__public_id"))
    assert {pk: after[pk] for pk in before} == before
    assert after[newcomer.pk] == child_of(kayleigh[0])


def test_manual_reject_keeps_records_apart_after_relinking(kayleigh):
    link_run(actor=system_actor())
    assert child_of(kayleigh[0]) == child_of(kayleigh[2])  # linked before the decision
    left, right = sorted([kayleigh[0].pk, kayleigh[2].pk])
    pair = MatchPair.objects.get(person_l_id=left, person_r_id=right)
    reviewer = UserFactory(role=User.Role.COORDINATOR)
    pair_decide(actor=reviewer, pair=pair, decision=MatchDecision.Decision.NON_MATCH, reason="x")
    assert child_of(kayleigh[0]) != child_of(kayleigh[2])
    link_run(actor=system_actor())
    assert child_of(kayleigh[0]) != child_of(kayleigh[2])
    decision = MatchDecision.objects.get()
    assert decision.decided_by == reviewer
    assert AccessLogEntry.objects.filter(action="decide_match_pair").exists()


def test_split_then_merge_by_hand_with_reasons(kayleigh):
    link_run(actor=system_actor())
    coordinator = UserFactory(role=User.Role.COORDINATOR)
    child = Child.objects.get(public_id=child_of(kayleigh[0]))
    new_child = child_split(
        actor=coordinator, child=child, person_ids=[kayleigh[1].pk], reason="different school"
    )
    assert child_of(kayleigh[1]) == new_child.public_id != child_of(kayleigh[0])
    assert child_of(kayleigh[0]) == child.public_id
    link_run(actor=system_actor())
    assert child_of(kayleigh[1]) == new_child.public_id
    kept = children_merge(actor=coordinator, child=child, other=new_child, reason="same child")
    assert {child_of(r) for r in kayleigh} == {kept.public_id}


def test_links_export_writes_spec_columns(kayleigh, tmp_path):
    link_run(actor=system_actor())
    output = tmp_path / "links.csv"
    rows = links_export(actor=system_actor(), output=output)
    with output.open() as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["agency", "person_id", "child_id", "match_probability"]
    assert len(lines) == rows + 1 == PersonLink.objects.count() + 1
    k1 = next(line for line in lines if line[:2] == ["GMP", "K1"])
    assert k1[2] == child_of(kayleigh[0])
    assert 0 < float(k1[3]) <= 1


def test_link_command_reports_counts_and_truth_scores(kayleigh, tmp_path, capsys):
    truth = tmp_path / "truth.csv"
    truth.write_text(
        "agency,person_id,truth_id\nGMP,K1,kay\nOLD,K2,kay\nOLD,K3,kay\n", encoding="utf-8"
    )
    call_command("link", "--truth", str(truth))
    out = capsys.readouterr().out
    assert out.startswith("Linked ")
    assert "Against truth: precision 1.0000, recall 1.0000, F1 1.0000" in out


def test_link_command_refuses_a_truth_file_without_its_columns(kayleigh, tmp_path):
    truth = tmp_path / "truth.csv"
    truth.write_text("agency,person\nGMP,K1\n", encoding="utf-8")
    expected = r"truth.csv:1:1: missing columns \['child_key', 'person_id'\]"
    with pytest.raises(CommandError, match=expected):
        call_command("link", "--truth", str(truth))
    assert not LinkRun.objects.exists()
