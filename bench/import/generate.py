"""Write a synthetic CIF-1 partnership of a given size (one police force, ten LAs, one NHS body).

Used only when no `concord synth` output is given; the values are random and synthetic.
"""

from __future__ import annotations

import csv
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

from concord_engine.synth.agencies import AREAS

LAS = [area.name for area in AREAS]
# A subset of the CIF-1 vocabulary per sector: the types a routine extract is mostly made of.
TYPES = {
    "police": [
        "incident",
        "crime",
        "missing_report",
        "protection_notice",
        "risk_assessment",
        "victim_needs_assessment",
        "support_referral",
        "arrest",
        "note",
    ],
    "social_care": [
        "contact",
        "referral",
        "assessment",
        "strategy_discussion",
        "s47_enquiry",
        "cp_conference",
        "cin_plan",
        "missing_episode",
        "return_interview",
        "note",
    ],
    "health": ["attendance", "sexual_health", "consultation", "safeguarding_referral", "note"],
}
GIVEN = [
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Ivy",
    "Lily",
    "Sophia",
    "Grace",
    "Freya",
    "Noah",
    "Oliver",
    "George",
    "Leo",
    "Arthur",
    "Muhammad",
    "Harry",
    "Oscar",
    "Zoë",
    "Aoife",
]
FAMILY = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Khan",
    "Patel",
    "Robinson",
    "Wright",
    "O'Brien",
    "Hussain",
    "Walker",
    "Nowak",
    "Ahmed",
    "Lee",
]
PHRASES = [
    "Child seen at home with mother present.",
    "Report received from school regarding attendance and presentation.",
    "Officer attended; young person returned by taxi in the early hours.",
    "Strategy discussion held with police and health colleagues.",
    "Concerns raised about an older male giving lifts and gifts.",
    "Return home interview offered; young person declined to engage.",
    "Attended with abdominal pain; safeguarding lead informed.",
    "Case note: visit completed, plan reviewed with the family.",
]


def _nhs(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            text = "".join(map(str, digits)) + str(check)
            return f"{text[:3]} {text[3:6]} {text[6:]}"


def _agencies() -> list[tuple[str, str, str, str | None, float]]:
    rows: list[tuple[str, str, str, str | None, float]] = [
        ("GMP", "Greater Manchester Police", "police", None, 0.40)
    ]
    rows += [
        (f"LA{index:02d}", f"{area} Children's Services", "social_care", area, 0.045)
        for index, area in enumerate(LAS, start=1)
    ]
    rows.append(("NHSGM", "NHS Greater Manchester", "health", None, 0.15))
    return rows


def generate(out: Path, events: int, seed: int = 1) -> list[Path]:
    """Write one CIF-1 folder per agency under `out`; return the folders."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1)
    folders = []
    for code, name, sector, area, share in _agencies():
        folder = out / code
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {
            "format": "concord-interchange/1",
            "agency": {"code": code, "name": name, "sector": sector, "area": area},
            "extracted_at": "2025-03-01T09:00:00Z",
        }
        (folder / "manifest.json").write_text(json.dumps(manifest))
        n_events = int(events * share)
        n_people = max(1, n_events // 10)
        with (folder / "people.csv").open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(
                [
                    "person_id",
                    "given_name",
                    "family_name",
                    "date_of_birth",
                    "sex",
                    "postcode",
                    "nhs_number",
                    "local_id",
                ]
            )
            for index in range(n_people):
                dob = start - timedelta(days=rng.randrange(365 * 4, 365 * 17))
                writer.writerow(
                    [
                        f"{code}-P{index}",
                        rng.choice(GIVEN),
                        rng.choice(FAMILY),
                        dob.date().isoformat(),
                        rng.choice("FMU"),
                        f"M{rng.randrange(1, 40)} {rng.randrange(1, 9)}AB",
                        _nhs(rng) if rng.random() < 0.5 else "",
                        f"L{index}",
                    ]
                )
        with (folder / "events.csv").open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(
                [
                    "event_id",
                    "person_id",
                    "type",
                    "occurred_at",
                    "recorded_at",
                    "code",
                    "author_role",
                    "text",
                ]
            )
            for index in range(n_events):
                when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 730))
                recorded = when + timedelta(minutes=rng.randrange(5, 60 * 48))
                kind = rng.choice(TYPES[sector])
                writer.writerow(
                    [
                        f"{code}-E{index}",
                        f"{code}-P{rng.randrange(n_people)}",
                        kind,
                        when.strftime("%Y-%m-%dT%H:%M"),
                        recorded.strftime("%Y-%m-%dT%H:%M:%S") + "Z",
                        "low" if kind == "risk_assessment" else "",
                        "Social worker",
                        " ".join(rng.sample(PHRASES, 2)),
                    ]
                )
        folders.append(folder)
    return folders
