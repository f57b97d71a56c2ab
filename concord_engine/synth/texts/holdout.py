"""Held-out phrasings: same meanings, different words, never used by the default generator.

`concord synth --phrasing holdout` draws disclosures, indicators and language from these banks
instead, so a screener tuned on the default partnership can be measured on wording it has not
seen (real records will not use our templates either).
"""

from concord_engine.synth.model import GIFTS, LOCATION, OLDER_PARTNER, SUBSTANCES

HOLDOUT_DISCLOSURES: tuple[str, ...] = (
    "Mum rang in tears: {name} ({age}) has told her a man from the shop made {him} do sexual "
    "things in the back room.",
    "Teacher reports {name} wrote in {his} diary that 'the man in the flat hurt me down there'.",
    "{name} ({age}) told a PCSO that {nick} 'did stuff to me that I didn't want' at a party in "
    "{locality}.",
    "Aunt reports {name} says a lodger has been getting into {his} bed at night and touching "
    "{him}.",
    "Youth club leader reports {name} ({age}) disclosed being forced into oral sex by an adult.",
    "Hospital safeguarding team report: {name} attended with injuries consistent with a sexual "
    "assault; {he} named an adult male.",
    "{name} messaged Childline, who passed on that an older man has been abusing {him} at "
    "weekends.",
    "Step-sister reports that {name} said a 40-year-old man filmed {him} naked and touched {him}.",
)

HOLDOUT_INDICATORS: dict[str, tuple[str, ...]] = {
    OLDER_PARTNER: (
        "A man aged around {adult_age} keeps turning up at the house asking for {name}.",
        "{name}'s phone shows hundreds of messages from a contact saved as '{nick}', an adult.",
        "Older lads in their twenties are picking {name} up after school most days.",
        "{name} has a photo of {him}self with a grown man as {his} phone wallpaper; mum does not "
        "know him.",
    ),
    SUBSTANCES: (
        "{name} came in slurring and sick; {he} had been drinking cider all afternoon.",
        "Foster carer found spice in {his} pocket.",
        "{name} tested positive for cocaine at A&E.",
        "{He} says {he} smokes weed every day to help {him} sleep.",
    ),
    LOCATION: (
        "{name} was traced to a Travelodge near the airport with two men in their thirties.",
        "Patrol stopped a BMW on the M60 at 03:40; {name} was in the back with three adult males.",
        "{name} was found at a bedsit in {locality} rented by a 35-year-old man.",
        "A cab firm reported ferrying {name} between addresses with a group of grown men.",
    ),
    GIFTS: (
        "{name} has a new Canada Goose coat; {he} says {he} 'earned it'.",
        "Bank card in {his} name shows deposits of £50 to £200 from an unknown account.",
        "{name} keeps getting Deliveroo orders paid for by someone else.",
        "Three new SIM cards found in {his} bedroom.",
    ),
}

HOLDOUT_BLAMING: dict[int, tuple[str, ...]] = {
    1: ("{name} repeatedly exposes {himself} to danger by going to parties with adults.",),
    2: ("{name} has been having intercourse with the 26-year-old.",),
    3: ("Worker notes {name} is now sexually active (aged {age}).",),
    6: ("{name} offers sex to get vapes and weed.",),
    7: ("{name} is seeing a 24-year-old who treats {him} well.",),
    9: ("{name} is working as an escort.",),
    10: ("{name} is sexually promiscuous with older males.",),
    11: ("{name} knows the risks and keeps making the wrong decisions.",),
    12: ("{name}'s behaviour places {him} at significant risk; {he} takes risks with men.",),
    13: ("{He} willingly went back to the flat with the men.",),
    14: ("{name} is running county lines for a Liverpool gang.",),
    15: ("{name} is very mature and street smart; {he} can look after {himself}.",),
    16: ("{name} absconds from placement whenever {he} likes.",),
    17: ("{name} refused to engage with the RHI worker and is difficult to work with.",),
    21: ("Staff feel {name} is making this up for attention.",),
    4: ("{name} keeps reaching out to men twice {his} age on TikTok.",),
    5: ("{name} has been sharing intimate photos of {him}self with an adult online.",),
    8: ("{name} has got involved with a group of men who sell drugs.",),
    18: ("{His} clothing was inappropriate and drew attention from the men.",),
    19: ("Officers recovered a USB stick holding kiddie porn.",),
    20: ("{name} is receiving support for historic abuse.",),
    22: ("The age difference (15 and 20) is not large.",),
}

HOLDOUT_NEGATIVES: dict[str, tuple[str, ...]] = {
    "child_quoted": (
        '{name} told me: "I want to be with him, he looks after me". Grooming is evident; the '
        "adult is exploiting {him}.",
    ),
    "negation": (
        "To be clear, {name} did not choose this; {he} has been exploited by adults.",
        "{name} is a child and cannot be described as consenting to abuse.",
    ),
    "risk_assessment": ("Exploitation screening outcome: significant risk (red).",),
    "offence_name": ("Charge: arranging or facilitating sexual exploitation of a child (s.50).",),
    "vulnerable": ("{name} is especially vulnerable to those adults.",),
    "consent_other": ("{name} consented to a referral to the sexual health nurse.",),
    "parent_quoted": ('Mum said "{he} is a little liar", which the worker challenged.',),
    "suspect_quoted": ('The suspect claimed {name} "was up for it"; this is not accepted.',),
    "peer_boyfriend": (
        "{name} and {his} {friend}, both in Year 10, are seeing each other; no "
        "concerns about power or age.",
    ),
    "legacy_title": ("Offence code on the old system (pre-2015): 'child prostitution'.",),
    "ordinary_choice": ("{name} chose which room to be interviewed in.",),
    "service_engagement": (
        "The service has struggled to reach {name}; a youth worker {he} trusts will try instead.",
    ),
}
