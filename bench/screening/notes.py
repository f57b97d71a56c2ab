"""Synthetic case notes for the screening benchmarks: professional-style sentences, most of them
neutral, some with indicators, disclosures or blaming language (synthetic data only)."""

import argparse
import random
from datetime import UTC, date, datetime, timedelta

from concord_engine.contracts.screening import ScreenChild, ScreenEvent

NEUTRAL = [
    "Home visit completed, mum present throughout and engaged well with the plan.",
    "Telephone call to school to check attendance for the last fortnight.",
    "Strategy discussion held with police, health and education; actions agreed.",
    "Child seen alone in her bedroom and said she felt safe at home.",
    "Reviewed the chronology ahead of the core group meeting on Thursday.",
    "Discussed healthy relationships and online safety using the workbook.",
    "GP surgery contacted for an update on the referral to CAMHS.",
    "Placement stable; carers report improved sleep and appetite this week.",
    "Information shared with the MASH under the information sharing protocol.",
    "PC attended the address following a call from a neighbour about noise.",
    "Supervision with team manager; case to remain open to the team.",
    "Letter sent to dad inviting him to the review child protection conference.",
    "School nurse drop-in: discussed sleep hygiene and exam stress.",
    "Advised mum to contact 101 if there are further concerns overnight.",
    "Case note updated following the multi-agency meeting this morning.",
]
SIGNAL = [
    "She was reported missing overnight and returned at 06:00 by taxi.",
    "Seen getting into a car with two older males near the takeaway.",
    "Found intoxicated in the town centre at 1am with adults she would not name.",
    "Has a new iPhone and designer clothes that mum cannot explain.",
    "Excluded from school for three days following an incident in class.",
    "She disclosed that an adult male touched her breasts at a party.",
    "She continues to put herself at risk by going to the flat.",
    "Described by staff as streetwise and making her own choices.",
    "She said 'he is my boyfriend and I love him' and asked to end the visit.",
    "The risk-taking behaviour of the adults around her is the concern.",
    "She cannot consent, she is 13; this has been shared with police.",
]


def note_text(rng: random.Random, signal_rate: float) -> str:
    """Two to four sentences, each a signal sentence with probability `signal_rate`."""
    parts = []
    for _ in range(rng.randint(2, 4)):
        pool = SIGNAL if rng.random() < signal_rate else NEUTRAL
        parts.append(rng.choice(pool))
    return " ".join(parts)


TYPES = [
    ("OLDCSC", "social_care", "note"),
    ("GMP", "police", "note"),
    ("MFT", "health", "note"),
    ("OLDED", "education", "note"),
    ("GMP", "police", "incident"),
    ("OLDCSC", "social_care", "missing_episode"),
    ("OLDCSC", "social_care", "assessment"),
    ("GMP", "police", "crime"),
]
WEIGHTS = [45, 22, 13, 12, 3, 2, 2, 1]


FOLLOW_UP = {
    # A duty that usually follows an event: (agency, sector, type, hours later). Four times in
    # five it is done in time, as in a partnership that mostly works.
    "missing_episode": ("OLDCSC", "social_care", "return_interview", 40),
    "crime": ("GMP", "police", "support_referral", 30),
    "incident": ("OLDCSC", "social_care", "referral", 12),
}


def _row(agency: str, sector: str, etype: str, occurred: datetime, text: str) -> dict[str, object]:
    return {
        "agency": agency,
        "sector": sector,
        "type": etype,
        "occurred_at": occurred,
        "ended_at": None,
        "code": "",
        "text": text,
    }


def event_rows(
    rng: random.Random, count: int, start: datetime, signal_rate: float
) -> list[dict[str, object]]:
    """`count` events for one child over about two years, in no particular order."""
    rows: list[dict[str, object]] = []
    while len(rows) < count:
        agency, sector, etype = rng.choices(TYPES, WEIGHTS)[0]
        occurred = start + timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        row = _row(agency, sector, etype, occurred, note_text(rng, signal_rate))
        if etype == "missing_episode":
            row["ended_at"] = occurred + timedelta(hours=rng.randint(2, 40))
        elif etype == "assessment":
            row["ended_at"] = occurred + timedelta(days=rng.randint(20, 60))
            row["code"] = rng.choice(["", "11A", "10A;11A", "2B"])
        elif etype == "incident":
            row["code"] = rng.choice(["CONCERN FOR WELFARE", "SEXUAL OFFENCE", "MISSING PERSON"])
        elif etype == "crime":
            row["code"] = rng.choice(["19D", "20B", "28E", "8N"])
        rows.append(row)
        follow = FOLLOW_UP.get(etype)
        if follow and rng.random() < 0.8 and len(rows) < count:
            f_agency, f_sector, f_type, hours = follow
            base = row["ended_at"] or occurred
            assert isinstance(base, datetime)
            when = base + timedelta(hours=rng.uniform(1, hours))
            rows.append(_row(f_agency, f_sector, f_type, when, note_text(rng, signal_rate)))
    return rows


def children(
    total_events: int, per_child: int = 100, seed: int = 7, signal_rate: float = 0.02
) -> list[ScreenChild]:
    """Children with `per_child` events each, `total_events` in all, as engine contracts.

    `signal_rate` is the chance that a sentence carries an indicator, a disclosure or blaming
    language; the rest are routine case-note sentences.
    """
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    out = []
    ref = 0
    for index in range(total_events // per_child):
        events = []
        for row in event_rows(rng, per_child, start, signal_rate):
            ref += 1
            events.append(ScreenEvent(ref=ref, source_id=f"E{ref}", **row))  # type: ignore[arg-type]
        birth = date(2008, 1, 1) + timedelta(days=rng.randint(0, 2000))
        out.append(
            ScreenChild(child_id=f"B{index:07d}", dates_of_birth=(birth,), events=tuple(events))
        )
    return out


def sized_run(
    default_events: int = 200_000, default_repeats: int = 3
) -> tuple[argparse.Namespace, list[ScreenChild]]:
    """A bench's `--events` and `--repeats` arguments, and that many events of bench children
    (2 % signal sentences)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=default_events)
    parser.add_argument("--repeats", type=int, default=default_repeats)
    args = parser.parse_args()
    return args, children(args.events, signal_rate=0.02)
