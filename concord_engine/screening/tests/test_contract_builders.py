"""The rules build the contract's findings and evidence, and the app the events it reads, without
the dataclass constructors; the objects are those the constructors make."""

import copy
import dataclasses
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from concord_engine.contracts.screening import EvidenceOut, FindingOut, ScreenEvent, screen_event
from concord_engine.screening.rules.base import evidence_out, finding_out


def _evidence_values(rng: random.Random) -> tuple[object, ...]:
    at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 10**6))
    spans = tuple(
        sorted((rng.randint(0, 50), rng.randint(50, 99)) for _ in range(rng.randint(0, 3)))
    )
    return (
        rng.randint(1, 10**9),
        rng.choice(("GMP", "OLDCSC", "")),
        f"E{rng.randint(0, 99)}",
        at,
        spans,
    )


def _finding_values(rng: random.Random) -> tuple[object, ...]:
    evidence = tuple(EvidenceOut(*_evidence_values(rng)) for _ in range(rng.randint(0, 3)))  # type: ignore[arg-type]
    return (
        f"C{rng.randint(0, 99)}",
        rng.choice(("crime_not_recorded", "victim_blaming_language")),
        rng.choice(("1", "2")),
        rng.choice(("high", "medium", "low")),
        "A summary \u201cquoted\u201d." * rng.randint(0, 2),
        {"hours": rng.randint(0, 48)} if rng.random() < 0.5 else {},
        evidence,
        f"{rng.getrandbits(256):064x}",
        {"indicators": ["missing", "school"]} if rng.random() < 0.5 else {},
    )


def _fields(obj: object) -> list[tuple[str, object]]:
    return [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]  # type: ignore[arg-type]


def test_finding_out_is_the_constructed_finding():
    rng = random.Random(32)
    for _ in range(500):
        values = _finding_values(rng)
        built, plain = finding_out(*values), FindingOut(*values)  # type: ignore[arg-type]
        assert type(built) is FindingOut
        assert built == plain
        assert _fields(built) == _fields(plain)
        assert repr(built) == repr(plain)
        assert dataclasses.asdict(built) == dataclasses.asdict(plain)
        assert copy.deepcopy(built) == plain


def _event_values(rng: random.Random) -> tuple[object, ...]:
    at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 10**6))
    maybe = [None, at + timedelta(hours=rng.randint(1, 99))]
    return (
        rng.randint(1, 10**9),
        rng.choice(("GMP", "OLDCSC")),
        rng.choice(("police", "social_care")),
        f"E{rng.randint(0, 99)}",
        rng.choice(("note", "incident", "crime")),
        at,
        rng.choice(maybe),
        rng.choice(maybe),
        rng.choice(("", "SEXUAL OFFENCE", "19/11")),
        rng.choice(("", "Social worker")),
        "She said “no”. " * rng.randint(0, 3),
        rng.choice(("", "P7")),
        rng.choice(("", "E3")),
        rng.choice((None, date(1990, 1, rng.randint(1, 28)))),
    )


@pytest.mark.parametrize(
    ("build", "constructor", "values", "seed"),
    [
        (evidence_out, EvidenceOut, _evidence_values, 31),
        (screen_event, ScreenEvent, _event_values, 34),
    ],
    ids=["evidence_out", "screen_event"],
)
def test_a_hashable_built_object_is_the_constructed_one(build, constructor, values, seed):
    rng = random.Random(seed)
    for _ in range(500):
        given = values(rng)
        built, plain = build(*given), constructor(*given)
        assert type(built) is constructor
        assert built == plain
        assert _fields(built) == _fields(plain)
        assert hash(built) == hash(plain)
        assert repr(built) == repr(plain)
        first = dataclasses.fields(plain)[1].name
        changed = {first: "x"}
        assert dataclasses.replace(built, **changed) == dataclasses.replace(plain, **changed)
        assert copy.deepcopy(built) == plain


def test_built_objects_stay_frozen():
    rng = random.Random(33)
    finding = finding_out(*_finding_values(rng))  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.summary = "changed"  # type: ignore[misc]
    evidence = evidence_out(*_evidence_values(rng))  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        evidence.event_ref = 0  # type: ignore[misc]
    event = screen_event(*_event_values(rng))  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.text = "changed"  # type: ignore[misc]


def test_the_builders_follow_the_contract_fields():
    # A field added to or moved in the contract must be added to the builders too.
    assert [f.name for f in dataclasses.fields(EvidenceOut)] == [
        "event_ref", "agency", "source_id", "occurred_at", "highlights",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(FindingOut)] == [
        "child_id", "rule", "rule_version", "severity", "summary", "parameters", "evidence",
        "key", "detail",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(ScreenEvent)] == [
        "ref", "agency", "sector", "source_id", "type", "occurred_at", "recorded_at", "ended_at",
        "code", "author_role", "text", "related_person_id", "related_event_id",
        "related_person_birth_date",
    ]  # fmt: skip
