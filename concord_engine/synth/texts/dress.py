"""The headers and sign-offs that each sector's case systems wrap around a note."""

import random

from concord_engine.synth.rand import pick

_PREFIX: dict[str, tuple[str, ...]] = {
    "police": ("", "", "", "OIC update:", "Log update -", "Resulting officer:", "STORM log:",
               "PC 2317 attended.", "Niche note:"),
    "social_care": ("", "", "", "Case note:", "Case note -", "Recording:", "SW note.",
                    "MASH note:", "Duty note:"),
    "health": ("", "", "", "Hx:", "Safeguarding note:", "Triage:", "Seen with mum.",
               "Seen with carer."),
    "education": ("", "", "", "Pastoral log:", "CPOMS entry:", "Attendance team:"),
}  # fmt: skip
_SUFFIX: dict[str, tuple[str, ...]] = {
    "police": ("", "", "", "Log closed.", "Resulted.", "Updated by DC 4471.",
               "Supervisor reviewed.", "Intel submitted."),
    "social_care": ("", "", "", "Plan: continue weekly visits.", "Manager oversight: agreed.",
                    "Actions: SW to update the chronology.", "Next visit booked.",
                    "Recorded late due to sickness."),
    "health": ("", "", "", "Plan: review in 2/52.", "Safeguarding team informed.",
               "D/W consultant.", "Letter to GP."),
    "education": ("", "", "", "Parents informed.", "DSL aware.", "Logged on CPOMS."),
}  # fmt: skip


def dress(rng: random.Random, sector: str, text: str) -> str:
    """Wrap `text` in a header and a sign-off typical of the sector (often neither)."""
    prefix = pick(rng, _PREFIX[sector])
    suffix = pick(rng, _SUFFIX[sector])
    if not (prefix or suffix):
        return text
    return " ".join(part for part in (prefix, text, suffix) if part)
