"""Structured codes: Home Office offence codes, incident categories, CIN assessment factors."""

import re
from functools import lru_cache

# Offence-group codes (ONS / Home Office open data form) for sexual offences; the victim's age
# decides for the ones that are not child-specific (rules.md §7).
SEXUAL_OFFENCE_GROUPS = frozenset(
    {
        "17A", "17B", "19C", "19D", "19E", "19F", "19G", "19H", "20A", "20B", "21", "22A",
        "22B", "23", "70", "71", "72", "73", "88A", "88C", "88D", "88E",
    }
)  # fmt: skip
# HOCR classes (the NN of NN/MM) that are sexual offences.
SEXUAL_OFFENCE_CLASSES = frozenset({17, 18, 19, 20, 21, 22, 23, 70, 71, 72, 73, 88})
_HOCR = re.compile(r"^0*(\d{1,3})\s*/\s*0*(\d{1,3})$")
_GROUP = re.compile(r"^0*(\d{1,3})([A-Z]?)$")

# Incident opening categories (NSIR; free text in practice, in each force's own words) that
# report a sexual offence: "SEXUAL OFFENCE", "SEX OFFENCES", "CSE CONCERN", "SEXTORTION".
_SEXUAL_CATEGORY = re.compile(
    r"\b(SEXUAL\w*|SEX (?:OFFENCES?|OFFENDING|ASSAULTS?|ATTACKS?|CRIMES?|ABUSE)|SEXT(?:ING|ORTION)|"
    r"RAPES?|CSE|CSEA|CSA|CSAE|INDECEN\w*|GROOMING|EXPOSURE|VOYEURISM|UPSKIRTING)\b"
)
# Missing-person categories: "MISSING PERSON", "MISPER", "MFH" (missing from home), "MFC"
# (from care), "ABSCONDER".
_MISSING_CATEGORY = re.compile(r"\b(MISSING|MISPERS?|ABSENT|MFH|MFC|ABSCOND\w*)\b")

# CIN census assessment factors that are exploitation indicators (data-standards.md §2).
# 10A (going missing) is the missing kind; the others are one "cin_factor" kind.
CIN_FACTOR_KINDS = {
    "10A": "missing",
    "11A": "cin_factor",
    "12A": "cin_factor",
    "13A": "cin_factor",
    "24A": "cin_factor",
}


@lru_cache(maxsize=4096)
def normalise_offence_code(code: str) -> str:
    """`071/17` -> `71/17`, ` 19e` -> `19E`; other text is upper-cased and stripped."""
    text = code.strip().upper()
    hocr = _HOCR.match(text)
    if hocr:
        return f"{int(hocr.group(1))}/{int(hocr.group(2))}"
    group = _GROUP.match(text)
    if group:
        return f"{int(group.group(1))}{group.group(2)}"
    return text


@lru_cache(maxsize=4096)
def is_sexual_offence_code(code: str) -> bool:
    """Whether a crime code (offence group, HOCR class/subclass, or the offence written out) is
    a sexual offence."""
    norm = normalise_offence_code(code)
    if not norm:
        return False
    if norm in SEXUAL_OFFENCE_GROUPS:
        return True
    hocr = _HOCR.match(norm)
    if hocr is not None:
        return int(hocr.group(1)) in SEXUAL_OFFENCE_CLASSES
    if _GROUP.match(norm):
        return False
    # An offence written out, as some crime systems export it ("Sexual assault on a female
    # child under 13", "RAPE OF A FEMALE AGED 16 OR OVER").
    return _SEXUAL_CATEGORY.search(norm) is not None


@lru_cache(maxsize=4096)
def is_sexual_incident_category(category: str) -> bool:
    """Whether an incident opening category reports a sexual offence."""
    return bool(category) and _SEXUAL_CATEGORY.search(category.upper()) is not None


@lru_cache(maxsize=4096)
def is_missing_incident_category(category: str) -> bool:
    """Whether an incident opening category is a missing-person report."""
    return bool(category) and _MISSING_CATEGORY.search(category.upper()) is not None


@lru_cache(maxsize=4096)
def cin_factor_kinds(code: str) -> frozenset[str]:
    """Indicator kinds named by a `;`-separated list of CIN assessment factor codes."""
    kinds = set()
    for part in re.split(r"[;,\s]+", code.upper()):
        kind = CIN_FACTOR_KINDS.get(part.strip())
        if kind:
            kinds.add(kind)
    return frozenset(kinds)
