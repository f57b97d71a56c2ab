"""Write a synthetic Greater Manchester partnership as CIF-1 extracts plus a truth folder."""

import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from concord_engine.contracts.synth import DEFAULT_EXTRACTED_AT, SynthConfig, SynthSummary
from concord_engine.synth.rand import between, pick

from .agencies import AgencySpec, partnership
from .clock import to_local
from .cohort import COHORT_SIZE, Cohort, build_cohort
from .model import Adult, Child
from .oracle import RULES, true_findings
from .readme import write_readme
from .records import adult_row, child_row
from .truth import TruthWriter
from .writer import ExtractWriter

_DUPLICATE_SHARE = {"police": 0.09, "social_care": 0.05, "health": 0.04, "education": 0.03}
_ROLE_ONLY_SHARE = {"health": 0.45, "education": 0.3}
_PARENT_EVENT_TYPES = frozenset({"contact", "referral", "cp_conference", "note"})


class _Run:
    """State of one generation run: open writers, id maps and counters."""

    def __init__(self, out: Path, config: SynthConfig) -> None:
        self.config = config
        self.now = to_local(config.extracted_at)
        self.agencies = partnership(include_education=config.include_education)
        self.writers = {a.code: ExtractWriter(out, a, config.extracted_at) for a in self.agencies}
        self.truth = TruthWriter(out)
        self.adult_ids: dict[tuple[str, str], str] = {}
        self.children = 0
        self.adults = 0
        self.findings = dict.fromkeys(RULES, 0)

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()
        self.truth.close()

    def adult_id(self, rng: random.Random, agency: AgencySpec, adult: Adult) -> str:
        """The adult's person id in `agency`, writing the people row on first use."""
        key = (agency.code, adult.key)
        found = self.adult_ids.get(key)
        if found is not None:
            return found
        writer = self.writers[agency.code]
        person_id = writer.new_person_id()
        writer.person(adult_row(rng, adult, person_id))
        self.truth.people.writerow((agency.code, person_id, adult.key, "true", adult.role))
        self.adult_ids[key] = person_id
        return person_id


def _record_counts(rng: random.Random, child: Child, run: _Run) -> dict[str, int]:
    used = {ev.agency.code for ev in child.events}
    counts: dict[str, int] = {}
    for agency in run.agencies:
        present = agency.code in used
        if not present and agency.area not in (None, child.area.name):
            continue
        if not present and rng.random() >= _ROLE_ONLY_SHARE.get(agency.sector, 0.0):
            continue
        counts[agency.code] = 2 if rng.random() < _DUPLICATE_SHARE[agency.sector] else 1
    return counts


def _local_id(rng: random.Random, agency: AgencySpec) -> str:
    if agency.sector == "health" and rng.random() < 0.7:
        return f"RM{between(rng, 1_000_000, 9_999_999)}"
    if agency.sector == "social_care" and rng.random() < 0.3:
        return f"MOS{between(rng, 100_000, 999_999)}"
    if agency.sector == "police" and rng.random() < 0.05:
        check = pick(rng, "ABCDEFGHJKLMNPQRTUVWXYZ")
        return f"{between(rng, 10, 24):02d}/{between(rng, 1_000_000, 9_999_999)}{check}"
    return ""


def _attach_parents(rng: random.Random, child: Child) -> None:
    if not child.parents:
        return
    for ev in child.events:
        if ev.related_adult is not None:
            continue
        if ev.agency.sector == "social_care" and ev.type in _PARENT_EVENT_TYPES:
            if rng.random() < 0.3:
                ev.related_adult = pick(rng, child.parents)
        elif ev.agency.sector == "police" and ev.code == "DOMESTIC INCIDENT":
            ev.related_adult = pick(rng, child.parents)


def _write_child(rng: random.Random, run: _Run, child: Child) -> None:
    _attach_parents(rng, child)
    counts = _record_counts(rng, child, run)
    ids: dict[str, list[str]] = {}
    for agency in run.agencies:
        n = counts.get(agency.code, 0)
        writer = run.writers[agency.code]
        for slot in range(n):
            person_id = writer.new_person_id()
            local_id = _local_id(rng, agency)
            writer.person(child_row(rng, child, agency, person_id, local_id, slot > 0))
            run.truth.people.writerow((agency.code, person_id, child.key, "false", "child"))
            ids.setdefault(agency.code, []).append(person_id)
    events = sorted(child.events, key=lambda e: e.at)
    for ev in events:
        run.writers[ev.agency.code].assign_event_id(ev)
        ev.slot = rng.randrange(counts[ev.agency.code])
    for ev in events:
        related = ""
        if ev.related_adult is not None:
            related = run.adult_id(rng, ev.agency, ev.related_adult)
        run.writers[ev.agency.code].event(ev, ids[ev.agency.code][ev.slot], related)
    duplicates = sum(1 for n in counts.values() if n > 1)
    sibling = child.parents[0].key.split("-")[0] if child.parents else ""
    run.truth.children.writerow(
        (child.key, child.area.name, child.sex, child.twin_of,
         sibling if sibling != child.key else "", str(duplicates))
    )  # fmt: skip


def _write_cohort(run: _Run, cohort: Cohort, number: int) -> None:
    rng = random.Random(f"concord-synth-write:{run.config.seed}:{number}")
    for child in cohort.children:
        _write_child(rng, run, child)
        for finding in true_findings(child, run.now):
            run.truth.finding(child.key, finding)
            run.findings[finding.rule] += 1
        for exp in cohort.expectations.get(child.key, ()):
            run.truth.expectation(child.key, exp)
    run.children += len(cohort.children)
    run.adults += len(cohort.adults)


def generate_partnership(
    out: Path,
    children: int,
    seed: int = 1,
    *,
    events_per_child: float = 20.0,
    include_education: bool = True,
    extracted_at: datetime = DEFAULT_EXTRACTED_AT,
    holdout_phrasing: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SynthSummary:
    """Write a synthetic partnership of CIF-1 extracts and its truth folder into `out`.

    Args:
        out: folder to write; one sub-folder per agency plus `truth/`.
        children: number of real children.
        seed: the same seed gives byte-identical output.
        events_per_child: mean routine events per child (planted cases add about 3 more).
        include_education: also write one education extract per local authority.
        extracted_at: the extraction time in every manifest; histories end before it
            (timezone-aware, 2022-01-01 to 2031-06-30).
        holdout_phrasing: plant disclosures, indicators and language in held-out wording.
        progress: called with (children written, children in total) after each cohort.

    Returns:
        Counts of what was written.
    """
    config = SynthConfig(
        children=children,
        seed=seed,
        events_per_child=events_per_child,
        include_education=include_education,
        extracted_at=extracted_at,
        holdout_phrasing=holdout_phrasing,
    )
    out.mkdir(parents=True, exist_ok=True)
    run = _Run(out, config)
    try:
        for number, first in enumerate(range(0, children, COHORT_SIZE)):
            size = min(COHORT_SIZE, children - first)
            _write_cohort(run, build_cohort(config, number, first, size), number)
            if progress is not None:
                progress(first + size, children)
    finally:
        run.close()
    write_readme(out / "truth" / "README.md", config)
    return SynthSummary(
        out=out,
        children=run.children,
        adults=len({key for _agency, key in run.adult_ids}),
        person_records=sum(w.people_count for w in run.writers.values()),
        events=sum(w.event_count for w in run.writers.values()),
        agencies=tuple(a.code for a in run.agencies),
        findings_by_rule=run.findings,
    )
