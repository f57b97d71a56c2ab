"""Precision and recall of each screening rule against a synthetic partnership's truth.

    .venv/bin/concord synth --out /tmp/p --children 1000
    .venv/bin/python bench/screening/synth_eval.py /tmp/p

Reads the CIF-1 extracts directly and groups person records by the truth's child keys (true
linkage), so the figures measure screening alone. A finding counts as right when the truth has
a finding of the same rule for the same child sharing an evidence event.
"""

import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from concord_engine.contracts.screening import FindingOut, ScreenChild, ScreenEvent
from concord_engine.screening import RULES, resolve_parameters, screen_children

UK = ZoneInfo("Europe/London")


def when(text: str) -> datetime | None:
    """A CIF-1 date or date-time; no offset means UK local time."""
    if not text:
        return None
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UK)


def birth(text: str) -> date | None:
    """A full date of birth; partial ones (YYYY-MM, YYYY) are left out."""
    return date.fromisoformat(text) if len(text) == 10 else None


def read_partnership(root: Path) -> tuple[list[ScreenChild], datetime]:
    owner = {}
    with (root / "truth" / "people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["is_adult"] == "false":
                owner[(row["agency"], row["person_id"])] = row["child_key"]
    births: dict[str, Counter[date]] = defaultdict(Counter)
    events: dict[str, list[ScreenEvent]] = defaultdict(list)
    extracted = []
    ref = 0
    for folder in sorted(p for p in root.iterdir() if (p / "manifest.json").exists()):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        agency, sector = manifest["agency"]["code"], manifest["agency"]["sector"]
        extracted.append(when(manifest["extracted_at"]))
        dobs = {}
        with (folder / "people.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                dob = birth(row["date_of_birth"])
                dobs[row["person_id"]] = dob
                key = owner.get((agency, row["person_id"]))
                if key and dob:
                    births[key][dob] += 1
        with (folder / "events.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                key = owner.get((agency, row["person_id"]))
                if key is None:
                    continue
                ref += 1
                occurred = when(row["occurred_at"])
                assert occurred is not None
                events[key].append(
                    ScreenEvent(
                        ref=ref,
                        agency=agency,
                        sector=sector,
                        source_id=row["event_id"],
                        type=row["type"],
                        occurred_at=occurred,
                        recorded_at=when(row["recorded_at"]),
                        ended_at=when(row["ended_at"]),
                        code=row["code"],
                        author_role=row["author_role"],
                        text=row["text"],
                        related_person_id=row["related_person_id"],
                        related_event_id=row["related_event_id"],
                        related_person_birth_date=dobs.get(row["related_person_id"]),
                    )
                )
    children = [
        ScreenChild(
            child_id=key,
            dates_of_birth=tuple(d for d, _ in births[key].most_common()),
            events=tuple(found),
        )
        for key, found in sorted(events.items())
    ]
    as_of = max(e for e in extracted if e is not None)
    return children, as_of


def evaluate(root: Path, show: str = "") -> None:
    children, as_of = read_partnership(root)
    truth: dict[tuple[str, str], list[set[str]]] = defaultdict(list)
    with (root / "truth" / "findings.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            truth[(row["child_key"], row["rule"])].append(set(row["evidence"].split(";")))
    predicted: dict[tuple[str, str], list[FindingOut]] = defaultdict(list)
    for _, findings in screen_children(children, parameters=resolve_parameters(), as_of=as_of):
        for f in findings:
            predicted[(f.child_id, f.rule)].append(f)
    print(f"{len(children):,} children, {sum(len(c.events) for c in children):,} events")
    print(f"{'rule':36} {'truth':>6} {'found':>6} {'TP':>5} {'precision':>9} {'recall':>7}")
    for rule in RULES:
        true_keys = [k for k in truth if k[1] == rule.id]
        pred_keys = [k for k in predicted if k[1] == rule.id]
        n_true = sum(len(truth[k]) for k in true_keys)
        n_pred = sum(len(predicted[k]) for k in pred_keys)
        right = 0
        for key in pred_keys:
            for f in predicted[key]:
                ev = {f"{e.agency}:{e.source_id}" for e in f.evidence}
                right += any(ev & t for t in truth.get(key, []))
        recalled = 0
        for key in true_keys:
            for t in truth[key]:
                recalled += any(
                    {f"{e.agency}:{e.source_id}" for e in f.evidence} & t
                    for f in predicted.get(key, [])
                )
        if rule.id == show:
            _show(rule.id, truth, predicted, children)
        precision = f"{right / n_pred:.2f}" if n_pred else "-"
        recall = f"{recalled / n_true:.2f}" if n_true else "-"
        print(f"{rule.id:36} {n_true:6} {n_pred:6} {right:5} {precision:>9} {recall:>7}")


def _show(rule_id, truth, predicted, children) -> None:  # type: ignore[no-untyped-def]
    """Print the misses and false alarms of one rule with their events (debugging aid)."""
    by_child = {c.child_id: c for c in children}
    for (child, rule), sets in truth.items():
        if rule != rule_id:
            continue
        for t in sets:
            got = list(predicted.get((child, rule), []))
            if not any({f"{e.agency}:{e.source_id}" for e in f.evidence} & t for f in got):
                print("MISS", child, sorted(t))
                _events(by_child[child], t)
    for (child, rule), found in predicted.items():
        if rule != rule_id:
            continue
        for f in found:
            ev = {f"{e.agency}:{e.source_id}" for e in f.evidence}
            if not any(ev & t for t in truth.get((child, rule), [])):
                print("FALSE", child, sorted(ev), f.summary)
                _events(by_child[child], ev)


def _events(child: ScreenChild, labels: set[str]) -> None:
    for e in sorted(child.events, key=lambda e: e.occurred_at):
        if f"{e.agency}:{e.source_id}" in labels:
            print(
                "   ",
                e.agency,
                e.source_id,
                e.type,
                e.occurred_at,
                e.recorded_at,
                e.ended_at,
                e.code,
                e.related_event_id,
                e.text[:300],
            )


if __name__ == "__main__":
    evaluate(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
