"""A fast synthetic partnership for the linkage benchmark (numpy; seeded).

Used until the h-synth generator is merged: people with 1-4 records across agencies, with
nicknames, typos, swapped day/month, partial or missing dates, changed surnames, missing
postcodes, NHS numbers (health) and UPNs (education), and twins (same surname, date of birth
and postcode, different given names). Returns records plus a `truth` column.
"""

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from faker.providers.person.en_GB import Provider

from concord_engine.linkage.nicknames import nickname_groups

AGENCIES = np.array(["GMP", "OLDCSC", "MFT", "OLDEDU", "ROCCSC", "NHSPCT"])
HEALTH = {"MFT", "NHSPCT"}
EDUCATION = {"OLDEDU"}


def _names(rng: np.random.Generator, pool: list[str], n: int) -> np.ndarray:
    return np.array(pool)[rng.integers(0, len(pool), n)]


def _typo(rng: np.random.Generator, word: str) -> str:
    if len(word) < 4:
        return word
    i = int(rng.integers(1, len(word) - 1))
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _people(rng: np.random.Generator, n: int) -> pd.DataFrame:
    sex = rng.choice(np.array(["F", "M"]), n)
    female = _names(rng, list(Provider.first_names_female), n)
    male = _names(rng, list(Provider.first_names_male), n)
    start = date(2000, 1, 1).toordinal()
    dob = rng.integers(start, start + 365 * 18, n)
    outward = np.char.add(
        rng.choice(np.array(["M", "OL", "SK", "BL", "WN", "WA"]), n),
        rng.integers(1, 40, n).astype(str),
    )
    inward = np.char.add(
        rng.integers(1, 10, n).astype(str),
        np.char.add(
            rng.choice(list("ABDEFGHJLNPQRSTUWXYZ"), n), rng.choice(list("ABDEFGHJLNPQRSTUWXYZ"), n)
        ),
    )
    return pd.DataFrame(
        {
            "given": np.where(sex == "F", female, male),
            "family": _names(rng, list(Provider.last_names), n),
            "sex": sex,
            "dob": dob,
            "postcode": np.char.add(np.char.add(outward, " "), inward),
            "nhs": rng.integers(10**9, 10**10 - 1, n).astype(str),
            "upn": np.char.add("A", rng.integers(10**11, 10**12 - 1, n).astype(str)),
        }
    )


def _add_twins(rng: np.random.Generator, people: pd.DataFrame, share: float) -> pd.DataFrame:
    twins = people.sample(frac=share, random_state=int(rng.integers(1 << 30))).copy()
    pool = np.array(list(Provider.first_names_female) + list(Provider.first_names_male))
    twins["given"] = pool[rng.integers(0, len(pool), len(twins))]
    twins = twins[twins["given"].str[:1] != people.loc[twins.index, "given"].str[:1]]
    twins["nhs"] = rng.integers(10**9, 10**10 - 1, len(twins)).astype(str)
    twins["upn"] = np.char.add("A", rng.integers(10**11, 10**12 - 1, len(twins)).astype(str))
    twins["twin_group"] = twins.index
    twins["order"] = twins.index + 0.5
    people = people.assign(twin_group=-1, order=people.index.astype(float))
    people.loc[twins.index, "twin_group"] = twins.index
    both = pd.concat([people, twins]).sort_values("order", kind="stable")
    return both.drop(columns=["order"]).reset_index(drop=True)


def _nickname(rng: np.random.Generator, name: str, variants: dict[str, list[str]]) -> str:
    options = variants.get(name.lower())
    return str(rng.choice(options)).title() if options else name


def _record(rng: np.random.Generator, person: tuple, copy: int, variants: dict) -> dict:
    given, family, sex, dob, postcode, nhs, upn = person
    agency = str(rng.choice(AGENCIES))
    day = date.fromordinal(int(dob))
    dob_text = day.isoformat()
    if copy:
        roll = rng.random(8)
        given = _nickname(rng, given, variants) if roll[0] < 0.08 else given
        given = _typo(rng, given) if roll[1] < 0.05 else given
        family = _typo(rng, family) if roll[2] < 0.05 else family
        if roll[3] < 0.03 and day.day <= 12:
            dob_text = f"{day.year}-{day.day:02d}-{day.month:02d}"
        elif roll[3] < 0.06:
            dob_text = dob_text[:7]
        elif roll[3] < 0.08:
            dob_text = ""
        postcode = "" if roll[4] < 0.15 else postcode
        family = str(rng.choice(list(Provider.last_names))) if roll[5] < 0.03 else family
        given = given.upper() if roll[6] < 0.1 else given
    return {
        "agency": agency,
        "given_name": given,
        "family_name": family,
        "other_names": "",
        "date_of_birth": dob_text,
        "sex": sex if rng.random() > 0.03 else "U",
        "postcode": postcode,
        "address": "",
        "nhs_number": nhs if agency in HEALTH or rng.random() < 0.05 else "",
        "upn": upn if agency in EDUCATION else "",
    }


def partnership(records: int, seed: int = 2026) -> pd.DataFrame:
    """About `records` person records with a `truth` column (the real person's key)."""
    rng = np.random.default_rng(seed)
    people = _add_twins(rng, _people(rng, int(records / 2.2)), 0.01)
    copies = rng.choice(np.array([1, 2, 2, 3, 4]), len(people))
    variants: dict[str, list[str]] = {}
    for name, formals in nickname_groups().items():
        for formal in formals:
            variants.setdefault(formal, []).append(name)
    rows = []
    columns = ["given", "family", "sex", "dob", "postcode", "nhs", "upn"]
    for index, person in enumerate(people[columns].itertuples(index=False, name=None)):
        for copy in range(int(copies[index])):
            rows.append({**_record(rng, person, copy, variants), "truth": index})
            if len(rows) >= records:
                break
        if len(rows) >= records:
            break
    frame = pd.DataFrame(rows)
    frame.insert(0, "record_id", np.arange(1, len(frame) + 1, dtype=np.int64))
    twin_group = people["twin_group"].to_numpy()
    frame["twin_group"] = twin_group[frame["truth"].to_numpy()]
    return frame


if __name__ == "__main__":
    size = int(sys.argv[1])
    out = Path(sys.argv[2])
    partnership(size).to_parquet(out)
    print(f"wrote {out}")
