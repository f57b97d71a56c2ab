"""Routine notes assembled from parts, so that everyday text rarely repeats word for word."""

import random

from .common import Ctx, fill
from .routine import ROUTINE

COMPOSED: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {
    ("social_care", "note"): (
        (
            "Home visit.",
            "Unannounced visit.",
            "Visit to school.",
            "Joint visit with the family support worker.",
            "Statutory visit.",
            "Visit at the foster placement.",
            "Telephone contact with mum.",
            "Virtual meeting with the family.",
        ),
        (
            "{name} seen alone in {his} bedroom.",
            "{name} was at home with mum and {his} siblings.",
            "{name} spoke about school, friends and football.",
            "{name} chatted about a trip to Blackpool with {his} nan.",
            "{name} showed me {his} drawings.",
            "{name} was quiet but answered questions.",
            "{name} was playing on {his} Xbox and joined us later.",
            "{name} said things at home are better.",
            "{name} was not in; mum said {he} was at football training.",
        ),
        (
            "Home conditions adequate.",
            "Fridge had food; house warm.",
            "Mum reports the new routine is working.",
            "Dad has not been in contact.",
            "Mum has started the Freedom Programme.",
            "Housing repair still outstanding.",
            "School attendance discussed.",
            "Mum asked for help with uniform costs.",
            "",
        ),
    ),
    ("social_care", "referral"): (
        (
            "Referral from school:",
            "Referral from the GP:",
            "Referral from the health visitor:",
            "Referral from GMP following a domestic incident:",
            "Referral from housing:",
            "Self-referral by mum:",
            "Referral from the school nurse:",
            "Referral from A&E:",
            "Referral from the early help team:",
        ),
        (
            "concerns about neglect and home conditions.",
            "parental mental health is affecting the care of the children.",
            "domestic abuse in the household.",
            "mum's alcohol use is affecting supervision.",
            "the family face eviction and the children's needs are unclear.",
            "{name} has arrived at school hungry on several occasions.",
            "injury to {name}'s arm with an unclear explanation.",
            "dad has returned to the home despite a non-molestation order.",
            "mum is struggling to manage {name}'s behaviour.",
        ),
        (
            "Consent obtained from mum.",
            "Early help offered previously.",
            "Referrer requests feedback.",
            "MASH checks requested.",
            "",
        ),
    ),
    ("social_care", "contact"): (
        (
            "Contact from school:",
            "Contact from a neighbour:",
            "Anonymous contact:",
            "Contact from mum:",
            "Contact from the health visitor:",
            "Contact from GMP:",
        ),
        (
            "{name}'s attendance has dropped and mum is struggling with housing.",
            "concerns about shouting at the home address late at night.",
            "request for support with {name}'s behaviour at home.",
            "the children are often left with an older sibling.",
            "information and advice requested about parenting courses.",
        ),
        (
            "Information and advice given.",
            "Passed to early help.",
            "No further action at this stage.",
            "Passed to the MASH for screening.",
        ),
    ),
    ("police", "note"): (
        (
            "Call back to mum re earlier log.",
            "Update from the neighbourhood team.",
            "CCTV reviewed.",
            "Spoke with the school liaison officer.",
            "Property returned to mum at the front counter.",
            "Contacted the caller as requested.",
        ),
        (
            "No further concerns raised.",
            "Nothing of evidential value.",
            "Enquiries complete.",
            "Matter filed pending further information.",
            "Words of advice given to {name}.",
            "{name} and mum satisfied with the outcome.",
        ),
    ),
    ("health", "attendance"): (
        (
            "Attended ED with",
            "Self-presented to the urgent treatment centre with",
            "Brought to ED by mum with",
            "Attended the walk-in centre with",
            "Conveyed by ambulance with",
        ),
        (
            "a sprained wrist after falling off a trampoline.",
            "a head injury playing football.",
            "an asthma exacerbation.",
            "a cut to the hand from a kitchen knife.",
            "abdominal pain.",
            "a suspected fractured finger from a PE lesson.",
            "a high temperature and sore throat.",
            "an allergic reaction to nuts.",
            "a twisted ankle at the skate park.",
        ),
        (
            "Discharged home with advice.",
            "X-ray normal, discharged.",
            "Nebulised and discharged.",
            "Steri-strips applied.",
            "Referred to fracture clinic.",
            "Observations normal.",
            "Antibiotics prescribed.",
        ),
    ),
    ("health", "consultation"): (
        (
            "GP review.",
            "School nurse drop-in.",
            "Telephone consultation with mum.",
            "Practice nurse appointment.",
            "Annual review.",
        ),
        (
            "Eczema flare; emollients prescribed.",
            "Asthma review; inhaler technique checked.",
            "{name} asked about sleep and revision stress.",
            "Hay fever; antihistamines advised.",
            "Acne; topical treatment started.",
            "Immunisations brought up to date.",
            "Headaches; eyesight check advised.",
            "Growth and weight within normal range.",
        ),
    ),
    ("education", "note"): (
        (
            "Pastoral meeting with {name} and mum.",
            "Tutor time check-in with {name}.",
            "Parents' evening.",
            "Year group transition meeting.",
            "Meeting with the SENCo.",
        ),
        (
            "Homework completion discussed.",
            "{name} has joined the after-school football club.",
            "{name} is doing well in English.",
            "Reading age assessment completed.",
            "{name} would like to do more art.",
            "Behaviour points reviewed; improving.",
            "Attendance this term is {pct}%.",
        ),
    ),
}


def routine_text(rng: random.Random, key: tuple[str, str], ctx: Ctx) -> str:
    """Everyday text for an event type: usually assembled from parts, else a whole template."""
    parts = COMPOSED.get(key)
    if parts is not None and rng.random() < 0.8:
        return " ".join(t for t in (fill(rng, part, ctx) for part in parts) if t)
    return fill(rng, ROUTINE[key], ctx)
