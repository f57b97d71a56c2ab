"""How agencies record a person: the same child written differently in each record."""

import random
from datetime import date, timedelta

from concord_engine.synth.rand import between, pick

from .agencies import AgencySpec
from .model import Adult, Child
from .names import given_variant, surname_variant
from .nhs import format_nhs_number, wrong_but_valid

PEOPLE_COLUMNS = (
    "person_id", "given_name", "family_name", "other_names", "date_of_birth", "sex",
    "postcode", "address", "nhs_number", "upn", "local_id",
)  # fmt: skip

# Share of records holding an NHS number, by sector (data-standards.md §7: health nearly
# always, social care often, police rarely).
_NHS_SHARE = {"health": 0.95, "social_care": 0.55, "police": 0.06, "education": 0.08}
_UPN_SHARE = {"education": 0.97, "social_care": 0.45, "health": 0.0, "police": 0.0}
_DOB_MISSING = {"police": 0.1, "social_care": 0.03, "health": 0.01, "education": 0.01}
_KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"
_ABROAD = ("00-950", "D02 X285", "10115", "75011", "010011", "1012 AB")


def typo(rng: random.Random, word: str) -> str:
    """One keying error: a dropped, doubled, swapped or wrong letter."""
    if len(word) < 4:
        return word
    i = between(rng, 1, len(word) - 2)
    kind = between(rng, 0, 3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + pick(rng, _KEYBOARD) + word[i + 1 :]


def _given(rng: random.Random, child: Child, messy: float) -> tuple[str, str]:
    variants = given_variant(child.given)
    other = ""
    given = child.given
    roll = rng.random()
    if variants and roll < 0.15 * messy:
        given = pick(rng, variants)
        other = child.given if rng.random() < 0.3 else ""
    elif roll < 0.19 * messy:
        given = typo(rng, given)
    elif variants and roll < 0.26:
        other = pick(rng, variants)
        if len(variants) > 1 and rng.random() < 0.3:
            other = ";".join(variants[:2])
    return given, other


def _family(rng: random.Random, child: Child, messy: float) -> str:
    family = child.family
    roll = rng.random()
    variants = surname_variant(family)
    if variants and roll < 0.2 * messy:
        return pick(rng, variants)
    if roll < 0.24 * messy:
        return typo(rng, family)
    if roll < 0.27 * messy and child.parents:
        # A changed or hyphenated surname (a parent's, or a step-parent's).
        other = child.parents[0].family
        if other != family:
            return f"{family}-{other}" if rng.random() < 0.5 else other
    if roll < 0.29 * messy:
        return ""
    return family


def _dob(rng: random.Random, dob: date, sector: str, messy: float) -> str:
    roll = rng.random()
    if roll < _DOB_MISSING[sector] * messy:
        return ""
    roll = rng.random()
    if roll < 0.05 * messy and dob.day <= 12 and dob.day != dob.month:
        return f"{dob.year:04d}-{dob.day:02d}-{dob.month:02d}"
    if roll < 0.07 * messy:
        return (dob + timedelta(days=pick(rng, (-1, 1, 10, -10)))).isoformat()
    if roll < 0.09 * messy:
        return f"{dob.year:04d}-{dob.month:02d}"
    if roll < 0.095 * messy:
        return f"{dob.year:04d}"
    return dob.isoformat()


def _postcode(rng: random.Random, postcode: str) -> str:
    roll = rng.random()
    if roll < 0.1:
        return postcode.replace(" ", "")
    if roll < 0.15:
        return postcode.lower()
    if roll < 0.17:
        return postcode.replace(" ", "  ")
    return postcode


def child_row(
    rng: random.Random,
    child: Child,
    agency: AgencySpec,
    person_id: str,
    local_id: str,
    duplicate: bool,
) -> tuple[str, ...]:
    """One people.csv row for `child` as `agency` recorded it (a duplicate is messier)."""
    messy = 2.5 if duplicate else 1.0
    sector = agency.sector
    given, other = _given(rng, child, messy)
    family = _family(rng, child, messy)
    if sector == "police" and rng.random() < 0.5:
        family = family.upper()
    if rng.random() < 0.03:
        given = given.upper()
    if rng.random() < 0.012 * messy:
        given, family = family, given  # entered in the wrong boxes
    old_la = child.old_area is not None and agency.area == child.old_area.name
    moved = child.old_postcode and (old_la or rng.random() < 0.35)
    postcode = child.old_postcode if moved else child.postcode
    address = child.old_address if moved else child.address
    if rng.random() < 0.04 * messy:
        postcode = ""
    elif rng.random() < 0.004:
        postcode = pick(rng, _ABROAD)  # recorded while the family lived abroad
    if rng.random() < 0.1 * messy:
        address = ""
    roll = rng.random()
    sex = child.sex if roll > 0.03 * messy else ("X" if roll < 0.002 else pick(rng, ("U", "")))
    nhs = ""
    if rng.random() < _NHS_SHARE[sector] / messy:
        number = child.nhs_number
        if rng.random() < 0.004 * messy:
            number = wrong_but_valid(rng, number)  # a keying error that still passes the check
        nhs = format_nhs_number(number, between(rng, 0, 4))
    upn = child.upn if rng.random() < _UPN_SHARE[sector] / messy else ""
    return (
        person_id, given, family, other, _dob(rng, child.dob, sector, messy), sex,
        _postcode(rng, postcode) if postcode else "", address, nhs, upn, local_id,
    )  # fmt: skip


def adult_row(rng: random.Random, adult: Adult, person_id: str) -> tuple[str, ...]:
    """One people.csv row for a parent or suspect."""
    family = adult.family.upper() if rng.random() < 0.4 else adult.family
    dob = adult.dob.isoformat() if rng.random() < 0.9 else f"{adult.dob.year:04d}"
    other = adult.nickname
    return (
        person_id, adult.given, family, other, dob, adult.sex,
        _postcode(rng, adult.postcode), adult.address, "", "", "",
    )  # fmt: skip
