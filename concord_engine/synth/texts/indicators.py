"""Exploitation indicators and disclosures of sexual offences, in many professional phrasings.

Wording avoids the blaming terms of language.md so that an indicator is not also a language
finding unless a scenario plants one on purpose.
"""

from concord_engine.synth.model import GIFTS, LOCATION, OLDER_PARTNER, SUBSTANCES

INDICATOR_TEXT: dict[str, tuple[str, ...]] = {
    OLDER_PARTNER: (
        "Mum reports {name} is receiving messages late at night from a man she believes is in "
        "his twenties.",
        "Concern that an adult male known as '{nick}', aged about {adult_age}, is grooming {name}.",
        "{name} has been seen in {locality} with men who appear to be in their 20s and 30s.",
        "Intelligence received that an adult male ({adult_age}) is contacting {name} on Snapchat "
        "and collecting {him} from outside school.",
        "Carer states an older male, possibly {adult_age}, has been picking {name} up in a grey "
        "Audi.",
        "School DSL concerned {name} is being targeted by an adult man who waits at the gates.",
        "{name} spoke about a man called {nick} who is 'about {adult_age}'. Adult is not known "
        "to the family.",
    ),
    SUBSTANCES: (
        "{name} returned home smelling strongly of alcohol and said an older male had given "
        "{him} vodka.",
        "{name} was found intoxicated in {locality} park at 23:40 and was conveyed home.",
        "Cannabis and a grinder found in {his} bedroom by carers.",
        "{He} told the nurse {he} has been given 'pills' at a flat in {locality}.",
        "Reports from foster carer that {name} has been returning under the influence of drugs.",
        "{name} presented drowsy; {he} disclosed drinking spirits supplied by adults.",
        "Nitrous oxide canisters and alcohol found in {his} bag on return.",
    ),
    LOCATION: (
        "{name} was located in a hotel room in Manchester city centre with two adult males.",
        "Officers found {name} in a parked car in {locality} with three adult males at 02:15.",
        "{name} was seen getting into a private hire taxi with adult men outside the shop.",
        "Located at an unknown address in {locality} with adults not known to the family.",
        "CCTV shows {name} being dropped off by an adult male driving a white van at 03:00.",
        "{name} was found at a flat in {locality} occupied by adult males; {he} could not say "
        "how {he} got there.",
        "Taxi driver reported concerns after collecting {name} with two men from a hotel in "
        "Salford Quays.",
    ),
    GIFTS: (
        "{name} has a new iPhone and designer trainers that family cannot account for.",
        "{He} has been seen with large amounts of cash and says a friend gave it to {him}.",
        "Carers found two mobile phones in {his} room; {name} would not say where they came from.",
        "{name} has new clothes and jewellery; mum does not know who bought them.",
        "{He} has been given a phone by an adult male and has credit topped up regularly.",
        "Unexplained money: {name} had about £300 in {his} coat on return.",
    ),
}

# How a report or disclosure of a sexual offence against the child reaches the police.
DISCLOSURE_TEXT: tuple[str, ...] = (
    "Caller is {name}'s mother. She states {name} ({age}) disclosed last night that an adult "
    "male had sex with {him} at an address in {locality}.",
    "Report from school DSL: {name} ({age}) disclosed to a teacher that {he} was raped by a man "
    "{he} met online.",
    "{name} ({age}) attended the front counter with {his} aunt and reported being sexually "
    "assaulted by a male known as '{nick}'.",
    "Third party report from {la} Children's Services: child disclosed sexual touching by an "
    "adult at a family party.",
    "Mother reports an adult male has been sending sexual messages to {name} ({age}) and asking "
    "for indecent images.",
    "{name} told the school nurse that an older man made {him} perform a sex act in his car.",
    "Caller reports {his} {son} aged {age} came home distressed and says {he} was sexually "
    "assaulted at a house in {locality}.",
    "Referral from sexual health clinic: {name} ({age}) disclosed intercourse with an adult "
    "male aged about {adult_age}.",
    "Anonymous caller states a {girl} aged about {age} is being abused by men at a flat above "
    "the takeaway in {locality}.",
    "Foster carer reports {name} disclosed that {he} was touched sexually by a 30-year-old "
    "male while missing.",
)

DISCLOSURE_OPENERS: tuple[str, ...] = (
    "",
    "Log opened 999.",
    "Call received via 101.",
    "Online report.",
    "Walk-in report.",
    "Report made by professional.",
)

DISCLOSURE_ACTIONS: tuple[str, ...] = (
    "Officers attended and obtained initial account.",
    "Unit deployed; victim safe and well with family.",
    "Scene not identified at this time. Enquiries ongoing.",
    "ABE interview to be arranged.",
    "Suspect details unknown at this time.",
    "Victim taken to St Mary's SARC for examination.",
    "",
)

CRIME_TITLES: dict[str, str] = {
    "19D": "Rape of a female child under 16",
    "19E": "Rape of a female child under 13",
    "19G": "Rape of a male child under 16",
    "19H": "Rape of a male child under 13",
    "20B": "Sexual assault on a female child under 13",
    "17B": "Sexual assault on a male child under 13",
    "21": "Sexual activity involving a child under 13",
    "22B": "Sexual activity involving a child under 16",
    "71": "Abuse of children through sexual exploitation",
    "71/17": "Sexual communication with a child",
    "88A": "Sexual grooming",
}

# Non-sexual crimes against children that still need a victim needs assessment.
OTHER_CRIMES: dict[str, str] = {
    "105A": "Assault without injury",
    "8N": "Assault with injury",
    "49": "Theft from the person",
    "34B": "Robbery of personal property",
    "195": "Malicious communications",
}
