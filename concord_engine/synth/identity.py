"""True identities: children (and twins), parents and suspects, with addresses and ids."""

import random
from datetime import date, timedelta

from concord_engine.synth.rand import between, pick

from .agencies import AREAS, Area
from .model import Adult, Child
from .names import GROUPS, NameGroup
from .nhs import make_nhs_number

_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_STREETS = (
    "Church Road", "Victoria Street", "Manchester Road", "Oldham Road", "Albert Street",
    "Queens Road", "Park Lane", "Station Road", "Chapel Street", "Bury New Road", "Mill Lane",
    "Rochdale Road", "Moss Lane", "Cross Street", "Market Street", "Brook Street",
    "Hollins Road", "Whitworth Street", "Windsor Avenue", "Stamford Street", "Lord Street",
    "Bridge Street", "Green Lane", "Grange Avenue", "Elm Grove", "Derby Street",
    "Ashton Old Road", "Hyde Road", "Stockport Road", "Wigan Lane", "Chorley New Road",
)  # fmt: skip
# DfE local authority codes, used as the 3 digits after a UPN's check letter.
_LA_CODES = {
    "Bolton": 350, "Bury": 351, "Manchester": 352, "Oldham": 353, "Rochdale": 354,
    "Salford": 355, "Stockport": 356, "Tameside": 357, "Trafford": 358, "Wigan": 359,
}  # fmt: skip
_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_GROUP_WEIGHTS = [g.weight for g in GROUPS]


def pick_group(rng: random.Random) -> NameGroup:
    """A naming tradition, weighted by the Greater Manchester mix."""
    return rng.choices(GROUPS, weights=_GROUP_WEIGHTS)[0]


def make_postcode(rng: random.Random, area: Area) -> str:
    """A well-formed postcode in one of the area's districts."""
    district = pick(rng, area.districts)
    letters = pick(rng, _POSTCODE_LETTERS) + pick(rng, _POSTCODE_LETTERS)
    return f"{district} {between(rng, 1, 9)}{letters}"


def make_address(rng: random.Random, area: Area) -> str:
    """A street address in one of the area's localities."""
    number = between(rng, 1, 240)
    flat = f"Flat {between(rng, 1, 12)}, " if rng.random() < 0.12 else ""
    return f"{flat}{number} {pick(rng, _STREETS)}, {pick(rng, area.localities)}"


def make_upn(rng: random.Random, area: Area, birth_year: int) -> str:
    """A unique pupil number with a valid check letter (DfE algorithm)."""
    body = (
        f"{_LA_CODES[area.name]}{between(rng, 2000, 7999)}"
        f"{(birth_year + 4) % 100:02d}{between(rng, 1, 999):03d}"
    )
    total = sum(int(ch) * weight for ch, weight in zip(body, range(2, 14), strict=True))
    return _UPN_LETTERS[total % 23] + body


def make_child(
    rng: random.Random, key: str, area: Area, anchor: date, twin: Child | None = None
) -> Child:
    """A child aged 10 to 17 at `anchor`; a twin shares surname, DOB, address and parents."""
    if twin is not None:
        sex = pick(rng, "FM")
        names = twin.group.female if sex == "F" else twin.group.male
        given = pick(rng, [n for n in names if n != twin.given])
        child = Child(
            key=key, sex=sex, given=given, family=twin.family, dob=twin.dob, group=twin.group,
            area=twin.area, postcode=twin.postcode, address=twin.address,
            nhs_number=make_nhs_number(rng), upn=make_upn(rng, twin.area, twin.dob.year),
            old_postcode=twin.old_postcode, old_address=twin.old_address, twin_of=twin.key,
            old_area=twin.old_area, moved_on=twin.moved_on,
        )  # fmt: skip
        child.parents = list(twin.parents)
        return child
    group = pick_group(rng)
    sex = "F" if rng.random() < 0.68 else "M"
    given = pick(rng, group.female if sex == "F" else group.male)
    age_days = between(rng, 10 * 365 + 3, 17 * 365 + 200)
    dob = anchor - timedelta(days=age_days)
    child = Child(
        key=key, sex=sex, given=given, family=pick(rng, group.surnames), dob=dob,
        group=group, area=area, postcode=make_postcode(rng, area),
        address=make_address(rng, area), nhs_number=make_nhs_number(rng),
        upn=make_upn(rng, area, dob.year),
    )  # fmt: skip
    if rng.random() < 0.25:
        # A family that moved; a third of moves cross into another local authority.
        old_area = pick(rng, [a for a in AREAS if a != area]) if rng.random() < 0.33 else area
        child.old_postcode = make_postcode(rng, old_area)
        child.old_address = make_address(rng, old_area)
        child.moved_on = anchor - timedelta(days=between(rng, 60, 500))
        if old_area != area:
            child.old_area = old_area
    return child


def make_parent(rng: random.Random, key: str, child: Child, role: str) -> Adult:
    """A mother or father of the child, living at the child's address."""
    sex = "F" if role == "mother" else "M"
    family = child.family if role != "mother" or rng.random() < 0.7 else child.group.surnames[0]
    dob = child.dob - timedelta(days=between(rng, 18 * 365, 42 * 365))
    given = pick(rng, child.group.female if sex == "F" else child.group.male)
    return Adult(key, role, sex, given, family, dob, child.postcode, child.address)


def make_suspect(rng: random.Random, key: str, area: Area, anchor: date) -> Adult:
    """An adult suspected of exploiting children (usually male, 18 to 45)."""
    group = pick_group(rng)
    sex = "M" if rng.random() < 0.88 else "F"
    given = pick(rng, group.male if sex == "M" else group.female)
    dob = anchor - timedelta(days=between(rng, 19 * 365, 45 * 365))
    nickname = pick(rng, ("Daz", "Smithy", "Bigs", "Ty", "Mo", "Kaz", "Jay", "Tiny", "Ricky"))
    return Adult(
        key, "suspect", sex, given, pick(rng, group.surnames), dob,
        make_postcode(rng, area), make_address(rng, area), nickname,
    )  # fmt: skip
