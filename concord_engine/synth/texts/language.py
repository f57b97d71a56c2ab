"""Victim-blaming language (language.md §2) and the hard negatives a detector must not flag.

Each blaming sentence is keyed by its family number in language.md; each hard negative by the
context rule of language.md §3 it tests.
"""

BLAMING: dict[int, tuple[str, ...]] = {
    1: (
        "{name} continues to put {himself} at risk by going missing overnight.",
        "{He} is placing {himself} in risky situations with adults in {locality}.",
        "{name} keeps putting {himself} in danger despite advice.",
    ),
    2: (
        "{name} has been having sex with a 24-year-old male.",
        "{He} is sleeping with an older man from the takeaway.",
    ),
    3: (
        "{name} is sexually active and was advised about contraception.",
        "{He} has been sexually active since the age of 12.",
    ),
    4: (
        "{name} has been contacting adult males on social media.",
        "{He} is messaging older men online late at night.",
    ),
    5: (
        "{name} has been sending explicit pictures to adults {he} met online.",
        "{He} has been sexting adult men.",
    ),
    6: (
        "{name} has been exchanging sex for cigarettes and vodka.",
        "{He} is trading sexual favours for lifts and cannabis.",
    ),
    7: (
        "{name} has an older boyfriend who is 22.",
        "{He} is in a relationship with a 25-year-old man.",
        "{name} is hanging around with older males in {locality}.",
    ),
    8: (
        "{name} is involved in CSE.",
        "{He} has become involved in county lines activity.",
    ),
    9: (
        "{name} is prostituting {himself} in {locality}.",
        "{He} is selling {himself} to men for money.",
    ),
    10: (
        "{name} is promiscuous.",
        "{He} is known to sleep around.",
    ),
    11: (
        "{name} is making poor choices.",
        "This is a lifestyle choice {name} has made.",
        "{He} chooses to go to the address.",
    ),
    12: (
        "{name} engages in risk-taking behaviour.",
        "{His} risky behaviour is escalating.",
    ),
    13: (
        "The sexual activity appeared consensual.",
        "{name} went voluntarily with the males.",
        "{He} was a willing participant.",
    ),
    14: (
        "{name} is working for a county line and running drugs to Blackpool.",
        "{He} has been recruited as a drug runner.",
        "{He} is a gang member.",
    ),
    15: (
        "{name} is very streetwise.",
        "{He} is mature for {his} age and knows what {he} is doing.",
        "{name} is out of control.",
    ),
    16: (
        "{name} absconded from placement again.",
        "{He} keeps going back to him.",
    ),
    17: (
        "{name} refuses to engage with services.",
        "{He} is hard to reach and disengaged.",
        "{name} remains non-compliant with the plan.",
    ),
    18: (
        "{He} dresses provocatively.",
        "{He} was drunk and so partly responsible.",
    ),
    19: ("Officers seized a device believed to contain child pornography.",),
    20: ("{name} has made a historic allegation against a family friend.",),
    21: (
        "{name} is attention seeking.",
        "{He} has a history of making false allegations.",
    ),
    22: ("There is only a small age gap between {name} and the male.",),
}

# Hard negatives: the term appears but the use is acceptable (language.md §3 and "Do not flag").
HARD_NEGATIVE: dict[str, tuple[str, ...]] = {
    "child_quoted": (
        '{name} said "he\'s my boyfriend, I love him". This is a clear indicator of grooming '
        "and {he} is being exploited.",
        '{name} told me "I chose to go with them, it was my choice". The adults involved hold '
        "all the power here.",
        '{He} described the man as {his} "boyfriend"; the worker explained that he is an adult '
        "abusing {him}.",
    ),
    "parent_quoted": (
        'Mum stated "{he}\'s just attention seeking". Worker challenged this view.',
        'Father said "{he} brings it on {himself}". Advice given about exploitation.',
    ),
    "suspect_quoted": (
        'In interview the suspect said "{he} knew what {he} was doing". Not accepted.',
        'Suspect claimed "it was consensual". {name} is {age} and cannot consent in law.',
    ),
    "negation": (
        "{name} cannot consent, {he} is {age}.",
        "This is not a lifestyle choice; {name} is being sexually exploited.",
        "{name} is not putting {himself} at risk; adults are targeting {him}.",
        "Earlier records describe {name} as promiscuous. That language was wrong and has been "
        "challenged; {he} is a child being abused.",
        "{He} is not involved in CSE; {he} is a victim of sexual exploitation.",
    ),
    "risk_assessment": (
        "Assessed as high risk of CSE.",
        "Risk level graded medium following review.",
        "The risk posed by the adult male to {name} is assessed as high.",
        "Risk of harm from adults in {locality} is significant.",
    ),
    "peer_boyfriend": (
        "{name} has a {friend} in the same school year (both {age}); no power imbalance or "
        "concerns identified.",
        "{His} {friend} is the same age and attends the same youth club. No concerns.",
    ),
    "offence_name": (
        "Crime recorded: causing or inciting sexual exploitation of a child (SOA 2003 s.48).",
        "Offence: sexual communication with a child (s.15A).",
        "Offence under s.9: sexual activity with a child.",
    ),
    "legacy_title": (
        "Legacy offence title on PNC: abuse of children through prostitution and pornography.",
    ),
    "vulnerable": (
        "{name} is a vulnerable child who is being exploited by adults.",
        "{He} is vulnerable because of {his} age and the adults' control over {him}.",
    ),
    "consent_other": (
        "Mum gave consent for information to be shared with health.",
        "{name} consented to the medical examination.",
    ),
    "ordinary_choice": (
        "{name} was given a choice about who attends the meeting.",
        "{He} chose to have {his} aunt present for the interview.",
    ),
    "service_engagement": (
        "Services have not yet found a way to engage {name}; a trusted worker is being identified.",
    ),
}

# More phrasings per family (language.md: match inflections and variants).
_MORE_BLAMING: dict[int, tuple[str, ...]] = {
    1: (
        "{name} places {himself} at risk by staying out late with adults.",
        "Despite advice {he} continues putting {himself} in danger.",
    ),
    4: ("{name} has been contacting adult males via Snapchat.",),
    6: ("{name} appears to be swapping sex for alcohol and money.",),
    7: (
        "{name} says {he} is in a relationship with a 23 year old. {His} boyfriend is 23.",
        'Social worker view: {name} is in a "relationship" with a 21-year-old man and is happy.',
    ),
    9: ("{name} is believed to be engaged in sex work.",),
    10: ("{name} has multiple sexual partners and is promiscuous.",),
    11: (
        "{name} continues to make bad choices about who {he} spends time with.",
        "{He} has chosen this lifestyle.",
    ),
    12: ("{name} is displaying high-risk behaviour.",),
    13: ("{name} said the sex was consensual and {he} agreed to it, so no further action.",),
    14: (
        "{He} is a drug runner for an OCG in {locality}.",
        "{name} has been acting as a money mule.",
    ),
    15: ("{name} is 14 going on 25.", "{He} is wilful and troublesome."),
    16: ("{name} keeps going missing and chooses to return to the address.",),
    17: ("{name} did not engage and was non-compliant.",),
    21: ("{name} is not a credible witness.",),
}
_MORE_BLAMING.update(
    {
        2: (
            "{He} stayed the night at the flat and slept with one of the men.",
            "{name} has had sex with several older males.",
        ),
        3: ("{name} is sexually active with adult males.",),
        5: ("{name} sent nude selfies to a man {he} met on Instagram.",),
        18: ("{He} was asking for it, going out dressed like that.",),
        19: ("Device examined; child porn images found relating to {name}.",),
        20: ("{name} reported historical sexual abuse by an uncle.",),
        21: ("Officers believe {name} is exaggerating and attention seeking.",),
        22: ("The male is 19 and {name} is 14; staff felt the age gap was small.",),
        8: ("{name} became involved in prostitution through friends.",),
    }
)
for _family, _extra in _MORE_BLAMING.items():
    BLAMING[_family] = BLAMING[_family] + _extra

_MORE_NEGATIVES: dict[str, tuple[str, ...]] = {
    "child_quoted": (
        '{name} says "I\'m not a kid, I can make my own choices". Worker explained that the '
        "adults are responsible for what happened.",
        'In {his} own words: "I was just hanging around with them". The men involved are '
        "adults and this is exploitation.",
    ),
    "negation": (
        "It is wrong to describe this as a relationship: {name} is being groomed by an adult.",
        "Correction to the note of last week: '{he} is putting {himself} at risk' should read "
        "'adults are placing {name} at risk'.",
    ),
    "risk_assessment": (
        "CSE risk screening: low risk.",
        "Missing person risk grading: medium.",
    ),
    "offence_name": ("Crime recorded: paying for the sexual services of a child (s.47).",),
    "legacy_title": (
        "Legacy crime classification (pre-2015): causing or inciting child prostitution or "
        "pornography.",
    ),
    "service_engagement": (
        "{name} has not engaged with the offer yet; worker to try a different approach that "
        "suits {him}.",
    ),
}
# For a 16 or 17-year-old with a peer of the same age, these words describe lawful activity.
HARD_NEGATIVE_16_PLUS: tuple[str, ...] = (
    "{name} ({age}) is sexually active with {his} {friend}, who is also {age}; contraception "
    "advice given and no concerns about coercion.",
    "{name} ({age}) says the relationship with {his} {friend} (same age) is consensual; no power "
    "imbalance identified.",
)
for _kind, _extra_negatives in _MORE_NEGATIVES.items():
    HARD_NEGATIVE[_kind] = HARD_NEGATIVE[_kind] + _extra_negatives
