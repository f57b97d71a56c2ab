"""A seeded synthetic population for linkage tests: distinct people, some with messy duplicates."""

import random
from collections.abc import Sequence
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from concord_engine.contracts.linkage import PERSON_COLUMNS

AGENCIES = ("GMP", "OLD", "NHS", "EDU")


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def population(people: int, *, seed: int = 7, start_id: int = 1000) -> pd.DataFrame:
    """Return records for `people` distinct people (about 1.6 records each) and a truth column."""
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    record_id = start_id
    for person in range(people):
        sex = rng.choice("FM")
        given = fake.first_name_female() if sex == "F" else fake.first_name_male()
        family = fake.last_name()
        dob = date(2004, 1, 1) + timedelta(days=rng.randrange(0, 365 * 14))
        postcode = fake.postcode()
        nhs = "".join(rng.choice("0123456789") for _ in range(10))
        for copy in range(rng.choice((1, 1, 2, 2, 3))):
            messy = copy > 0
            rows.append(
                {
                    "record_id": record_id,
                    "agency": rng.choice(AGENCIES),
                    "given_name": _typo(rng, given) if messy and rng.random() < 0.2 else given,
                    "family_name": family,
                    "other_names": "",
                    "date_of_birth": dob.isoformat() if rng.random() < 0.9 else dob.isoformat()[:7],
                    "sex": sex,
                    "postcode": postcode if rng.random() < 0.8 else "",
                    "address": "",
                    "nhs_number": nhs if rng.random() < 0.4 else "",
                    "upn": "",
                    "truth": f"P{person}",
                }
            )
            record_id += 1
    return pd.DataFrame(rows)


def table(rows: Sequence[tuple[object, ...]]) -> pd.DataFrame:
    """Records from tuples in `PERSON_COLUMNS` order (the trailing `local_id` may be left out)."""
    return pd.DataFrame(rows, columns=list(PERSON_COLUMNS)[: len(rows[0])])
