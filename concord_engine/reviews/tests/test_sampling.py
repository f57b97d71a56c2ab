import random
from collections import Counter

from concord_engine.contracts.reviews import SampleCandidate, SamplePlan
from concord_engine.reviews import draw_sample


def _candidates(strata: dict[tuple[str, str], int], weight: float = 1.0) -> list[SampleCandidate]:
    return [
        SampleCandidate(
            child_id=f"{la}-{sector}-{i:03d}", local_authority=la, sector=sector, weight=weight
        )
        for (la, sector), size in strata.items()
        for i in range(size)
    ]


STRATA = {("Bury", "police"): 20, ("Bury", "social_care"): 8, ("Oldham", "health"): 40}


def test_same_seed_gives_same_sample_whatever_the_input_order():
    candidates = _candidates(STRATA)
    shuffled = list(candidates)
    random.Random(1).shuffle(shuffled)
    first, _ = draw_sample(candidates, SamplePlan(seed=42, per_stratum=5))
    second, _ = draw_sample(shuffled, SamplePlan(seed=42, per_stratum=5))
    other, _ = draw_sample(candidates, SamplePlan(seed=43, per_stratum=5))
    assert first == second
    assert {c.child_id for c in first} != {c.child_id for c in other}


def test_each_stratum_gets_its_quota_or_all_it_has():
    sample, summary = draw_sample(_candidates(STRATA), SamplePlan(seed=7, per_stratum=10))
    drawn = Counter((c.local_authority, c.sector) for c in sample)
    assert drawn == {("Bury", "police"): 10, ("Bury", "social_care"): 8, ("Oldham", "health"): 10}
    assert [(s.eligible, s.drawn) for s in summary] == [(20, 10), (8, 8), (40, 10)]
    assert [c.rank for c in sample] == list(range(1, 29))


def test_excluded_children_are_never_drawn():
    excluded = frozenset(f"Bury-police-{i:03d}" for i in range(15))
    sample, summary = draw_sample(
        _candidates(STRATA), SamplePlan(seed=3, per_stratum=10), exclude=excluded
    )
    assert not {c.child_id for c in sample} & excluded
    assert summary[0].eligible == 5


def test_a_child_in_two_strata_is_sampled_once_and_covers_both():
    candidates = [
        SampleCandidate(child_id="C1", local_authority="Bury", sector="police"),
        SampleCandidate(child_id="C1", local_authority="Bury", sector="social_care"),
        SampleCandidate(child_id="C2", local_authority="Bury", sector="social_care"),
    ]
    sample, summary = draw_sample(candidates, SamplePlan(seed=1, per_stratum=2))
    assert sorted(c.child_id for c in sample) == ["C1", "C2"]
    assert [(s.sector, s.drawn, s.covered) for s in summary] == [
        ("police", 1, 1),
        ("social_care", 1, 2),
    ]


def test_sampling_is_unbiased_within_and_across_strata():
    """Over 2,000 seeds every child's inclusion rate is close to quota / stratum size.

    Per child the count is Binomial(2000, p); 5 standard deviations is a tolerance that a
    correct sampler breaks with probability well below 1e-4 over all 60 children, while a
    sampler that favoured low ids or one stratum would miss it by far.
    """
    strata = {("Bury", "police"): 20, ("Wigan", "health"): 40}
    candidates = _candidates(strata)
    runs = 2000
    counts: Counter[str] = Counter()
    for seed in range(runs):
        sample, _ = draw_sample(candidates, SamplePlan(seed=seed, per_stratum=5))
        counts.update(c.child_id for c in sample)
    for (la, sector), size in strata.items():
        p = 5 / size
        sd = (runs * p * (1 - p)) ** 0.5
        for i in range(size):
            observed = counts[f"{la}-{sector}-{i:03d}"]
            assert abs(observed - runs * p) < 5 * sd, (la, sector, i, observed)


def test_weighting_favours_children_with_open_findings():
    candidates = [
        SampleCandidate(
            child_id=f"C{i:02d}",
            local_authority="Bury",
            sector="police",
            weight=3.0 if i < 5 else 1.0,
        )
        for i in range(20)
    ]
    weighted = Counter[str]()
    for seed in range(500):
        sample, _ = draw_sample(candidates, SamplePlan(seed=seed, per_stratum=4))
        weighted.update(c.child_id for c in sample)
    heavy = sum(weighted[f"C{i:02d}"] for i in range(5)) / 5
    light = sum(weighted[f"C{i:02d}"] for i in range(5, 20)) / 15
    assert heavy > 2 * light
