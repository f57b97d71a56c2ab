"""The Greater Manchester partnership: one police force, ten local authorities, one NHS body."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AgencySpec:
    """One agency that writes one CIF-1 extract."""

    code: str
    name: str
    sector: str
    area: str | None


@dataclass(frozen=True, slots=True)
class Area:
    """A Greater Manchester local authority with postcode districts and streets."""

    name: str
    districts: tuple[str, ...]
    localities: tuple[str, ...]


_AREA_TABLE = """
Bolton; BL1 BL2 BL3 BL4 BL5 BL6; Halliwell|Farnworth|Horwich|Little Lever|Westhoughton|Breightmet
Bury; BL8 BL9 M25 M26 M45; Ramsbottom|Radcliffe|Prestwich|Whitefield|Tottington
Manchester; M8 M9 M11 M12 M13 M22 M40; Cheetham Hill|Harpurhey|Gorton|Moss Side|Wythenshawe
Oldham; OL1 OL4 OL8 OL9; Glodwick|Werneth|Chadderton|Failsworth|Royton|Coldhurst
Rochdale; OL11 OL12 OL16 OL10; Heywood|Middleton|Littleborough|Milnrow|Kirkholt|Deeplish
Salford; M3 M5 M6 M7 M27 M28 M30 M44; Eccles|Swinton|Walkden|Broughton|Ordsall|Irlam|Little Hulton
Stockport; SK1 SK2 SK3 SK4 SK5 SK6 SK7; Brinnington|Reddish|Edgeley|Cheadle Heath|Offerton|Marple
Tameside; OL5 OL6 OL7 SK14 SK15 SK16 M34 M43; Ashton-under-Lyne|Hyde|Denton|Stalybridge|Droylsden
Trafford; M15 M17 M32 M33 M41 WA14 WA15; Stretford|Sale|Partington|Altrincham|Urmston|Old Trafford
Wigan; WN1 WN2 WN3 WN5 WN6 WN7 M29; Leigh|Ince|Pemberton|Hindley|Atherton|Tyldesley|Golborne
"""

AREAS: tuple[Area, ...] = tuple(
    Area(name, tuple(districts.split()), tuple(localities.split("|")))
    for name, districts, localities in (
        line.split("; ") for line in _AREA_TABLE.strip().splitlines()
    )
)

POLICE = AgencySpec("GMP", "Greater Manchester Police", "police", None)
HEALTH = AgencySpec("NHS-GM", "NHS Greater Manchester Integrated Care", "health", None)


def social_care(area: Area) -> AgencySpec:
    """The children's social care service of one local authority."""
    name = f"{area.name} Council children's social care"
    return AgencySpec(f"LA-{area.name.upper()}", name, "social_care", area.name)


def education(area: Area) -> AgencySpec:
    """The education (attendance and inclusion) service of one local authority."""
    name = f"{area.name} Council education services"
    return AgencySpec(f"EDU-{area.name.upper()}", name, "education", area.name)


def partnership(*, include_education: bool) -> tuple[AgencySpec, ...]:
    """Every agency of the partnership, in a stable order."""
    agencies = [POLICE, *(social_care(a) for a in AREAS), HEALTH]
    if include_education:
        agencies.extend(education(a) for a in AREAS)
    return tuple(agencies)
