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
        "Carer states an older male, possibly {adult_age}, has been waiting for {name} outside "
        "the house.",
        "School DSL concerned {name} is being targeted by an adult man who waits at the gates.",
        "{name} spoke about a man called {nick} who is 'about {adult_age}'. Adult is not known "
        "to the family.",
    ),
    SUBSTANCES: (
        "{name} returned home smelling strongly of alcohol and said {he} had been given vodka at "
        "a party.",
        "{name} was found intoxicated in {locality} park at 23:40 and was conveyed home.",
        "Cannabis and a grinder found in {his} bedroom by carers.",
        "{He} told the nurse {he} has been given 'pills' at a flat in {locality}.",
        "Reports from foster carer that {name} has been returning under the influence of drugs.",
        "{name} presented drowsy; {he} disclosed drinking spirits but would not say who gave "
        "them to {him}.",
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
        "{He} has been given a phone by someone {he} will not name and the credit is topped up "
        "regularly.",
        "Unexplained money: {name} had about £300 in {his} coat on return.",
    ),
}

# How a report or disclosure of a sexual offence against the child reaches the police.
DISCLOSURE_TEXT: tuple[str, ...] = (
    "Caller is {name}'s mother. She states {name} ({age}) disclosed last night that an adult "
    "male sexually abused {him} at an address in {locality}.",
    "Report from school DSL: {name} ({age}) disclosed to a teacher that {he} was raped by a man "
    "{he} met online.",
    "{name} ({age}) attended the front counter with {his} aunt and reported being sexually "
    "assaulted by a male known as '{nick}'.",
    "Third party report from {la} Children's Services: child disclosed sexual touching by an "
    "adult at a family party.",
    "Mother reports an adult male has been sending sexual messages to {name} ({age}) and asking "
    "for indecent images.",
    "{name} told the school nurse that an older man made {him} perform a sex act.",
    "Caller reports {his} {son} aged {age} came home distressed and says {he} was sexually "
    "assaulted at a house in {locality}.",
    "Referral from sexual health clinic: {name} ({age}) disclosed sexual abuse by an adult "
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

# More phrasings, so that no single template decides whether a rule can see an indicator.
INDICATOR_TEXT[OLDER_PARTNER] += (
    "Neighbour reports seeing {name} kissing a man who looked about 30 in the street.",
    "{name}'s sister says {he} has been meeting a grown man from Instagram after school.",
    "Worker concerned: {name} mentioned 'Uncle {nick}', who is not a relative and is in his "
    "late twenties.",
    "Information from youth worker: an adult male ({adult_age} yrs) is messaging {name} daily.",
)
INDICATOR_TEXT[SUBSTANCES] += (
    "Paramedics called; {name} semi-conscious after drinking a bottle of vodka in the park.",
    "{He} admitted smoking cannabis most days.",
    "School report {name} arrived smelling of cannabis and was drowsy in lessons.",
    "Ketamine wraps found in {his} coat pocket by foster carer.",
)
INDICATOR_TEXT[LOCATION] += (
    "ANPR shows a car registered to an adult male at {locality} at 01:30; {name} was in the "
    "passenger seat.",
    "Hotel staff in Manchester city centre called police: a {girl} of about {age} checked in "
    "with two men.",
    "{name} was collected from school in an Uber by two adult men the school did not know.",
    "{He} was found at a house party in {locality} attended by men in their twenties and thirties.",
)
INDICATOR_TEXT[GIFTS] += (
    "{name} came home with a designer bag worth several hundred pounds; says it was 'a present'.",
    "Mum found £150 in cash and a new phone in {his} room and cannot explain where they came from.",
    "{He} has had {his} hair and nails done by 'a friend' who pays for everything.",
    "Foster carer reports {name} has a second phone that {he} hides.",
)

DISCLOSURE_TEXT += (
    "{name} ({age}) told {his} youth worker that a man in his thirties raped {him} "
    "at a flat in {locality}.",
    "School safeguarding lead reports {name} disclosed that an adult male touched {him} "
    "sexually last weekend.",
    "Caller states {his} {son} ({age}) has been raped by a male known as '{nick}'. {He} is "
    "with caller now.",
    "Report via CSE team: {name} disclosed that several men sexually abused {him} at a house in "
    "{locality}.",
    "Grandmother reports {name} said a man she met online made {him} send sexual images and "
    "then met and assaulted {him}.",
    "{name} disclosed during a return home interview that an adult male sexually assaulted {him} "
    "while missing. Passed to police by the RHI worker.",
    "GP reports {name}, aged {age}, disclosed being sexually abused by a 19-year-old male.",
)
