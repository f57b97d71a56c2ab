"""Everyday professional text: free of exploitation indicators and of blaming language."""

ROUTINE: dict[tuple[str, str], tuple[str, ...]] = {
    ("police", "note"): (
        "Call back to mum re earlier log. No further concerns raised.",
        "Neighbourhood officer visited school and spoke with {name} about the bike theft.",
        "Update: CCTV reviewed, nothing of evidential value.",
        "PCSO engagement event at youth club; {name} present.",
        "Property returned to {name}'s mum at the front counter.",
    ),
    ("police", "arrest"): (
        "{name} arrested for criminal damage at the bus station. Interviewed with appropriate "
        "adult. Released under investigation.",
        "Arrested for theft from a shop in {locality}. Youth caution administered.",
        "Arrested on suspicion of common assault following a fight at school. No further action.",
    ),
    ("social_care", "contact"): (
        "Contact from school: {name}'s attendance has dropped and mum is struggling with housing.",
        "Contact from health visitor regarding home conditions. Information and advice given.",
        "Anonymous contact raising concerns about supervision at the home address.",
        "Contact from mum requesting support with {name}'s behaviour at home.",
    ),
    ("social_care", "referral"): (
        "Referral received from school nurse: concerns about neglect and home conditions.",
        "Referral from police following domestic incident at the home address.",
        "Referral from GP: parental mental health is affecting care of the children.",
        "Referral from housing: family at risk of eviction, children's needs unclear.",
    ),
    ("social_care", "assessment"): (
        "Child and family assessment started. Home visit completed; {name} seen alone.",
        "Single assessment: focus on parental capacity and home conditions.",
        "Assessment under s.17; mum engaging well with the social worker.",
    ),
    ("social_care", "strategy_discussion"): (
        "Strategy discussion held with police, health and school. Agreed s.47 enquiries.",
        "Strategy meeting: information shared by all agencies; actions agreed.",
    ),
    ("social_care", "s47_enquiry"): (
        "Section 47 enquiry commenced following strategy discussion.",
        "S47 enquiries completed; concerns substantiated; ICPC to be convened.",
    ),
    ("social_care", "cp_conference"): (
        "Initial child protection conference held. Plan agreed under the category of neglect.",
        "Review child protection conference: plan to continue.",
    ),
    ("social_care", "cp_plan"): ("Child protection plan started: neglect.",),
    ("social_care", "cin_plan"): (
        "Child in need plan agreed with mum; review in three months.",
        "CIN review: progress made on school attendance and home conditions.",
    ),
    ("social_care", "looked_after"): (
        "{name} became looked after under s.20 and moved to foster care in {locality}.",
        "Placement move to a residential children's home in {la}.",
    ),
    ("social_care", "note"): (
        "Home visit. {name} seen in {his} bedroom; room clean and tidy.",
        "Telephone call with mum to arrange the next visit.",
        "Case supervision: actions reviewed with team manager.",
        "Visit to school. {name} spoke about {his} friends and football.",
        "Core group meeting held; all actions on track.",
        "Letter sent to dad inviting him to the review.",
    ),
    ("social_care", "risk_assessment"): (
        "Exploitation screening tool completed with {name}.",
        "Complex safeguarding risk assessment completed.",
    ),
    ("social_care", "support_referral"): (
        "Referral made to the young people's advocacy service.",
        "Referral to CAMHS for emotional wellbeing support.",
    ),
    ("health", "attendance"): (
        "Attended ED with a sprained wrist after falling off a trampoline. Discharged.",
        "ED attendance: asthma exacerbation, nebulised and discharged home with mum.",
        "Attended urgent treatment centre with a cut to the hand. Steri-strips applied.",
        "ED: head injury playing football. Observations normal, discharged with advice.",
    ),
    ("health", "consultation"): (
        "GP review of eczema. Emollients prescribed.",
        "School nurse drop-in: {name} asked about sleep and revision stress.",
        "Annual asthma review. Inhaler technique checked.",
        "Dental registration discussed with mum.",
    ),
    ("health", "note"): (
        "Did not attend outpatient appointment; new appointment sent.",
        "Immunisations up to date per child health record.",
        "Health visitor record transferred to school nursing.",
    ),
    ("health", "safeguarding_referral"): (
        "Safeguarding referral to children's social care regarding home conditions.",
        "Referral to MASH: parental substance misuse reported by mum.",
    ),
    ("education", "note"): (
        "Pastoral meeting with {name} and mum about homework.",
        "Attendance review: {name}'s attendance this term is 96%.",
        "{name} has joined the after-school football club.",
        "Year group transition meeting held.",
    ),
}

# Police incidents by opening category (NSIR); none is a sexual offence against the child.
INCIDENTS: dict[str, tuple[str, ...]] = {
    "ASB": (
        "Report of youths causing annoyance outside the Co-op in {locality}. {name} among group "
        "spoken to and sent home. Words of advice given.",
        "Group of teenagers throwing stones at buses on {locality} Road. {name} identified and "
        "taken home to mum.",
        "Noise complaint at the park; {name} and friends moved on by PCSOs.",
    ),
    "CONCERN FOR SAFETY": (
        "Concern for welfare: neighbour heard shouting at the home address. Officers attended; "
        "{name} and mum safe and well. No offences disclosed.",
        "Caller worried about {name} walking home alone in the rain; located at a friend's house "
        "safe and well.",
        "Call from mum asking for advice about online safety settings on {name}'s phone. No "
        "offences disclosed.",
    ),
    "DOMESTIC INCIDENT": (
        "Domestic incident at home address, {name} present but not involved. DASH completed "
        "with mum.",
        "Verbal argument between mum and her ex-partner on the doorstep; {name} upstairs at the "
        "time. Standard risk.",
    ),
    "THEFT": (
        "Shoplifting at Tesco {locality}; {name} detained by security. Items recovered. "
        "Community resolution.",
        "{name} reported that {his} bike was stolen from outside the leisure centre.",
        "{name}'s phone taken from {his} school bag during PE. Enquiries with school.",
    ),
    "RTC": (
        "Road traffic collision, {name} a passenger in mum's car. Minor injuries, no further "
        "police action.",
        "{name} knocked off {his} bike by a reversing car; driver details exchanged, no offences.",
    ),
    "CRIMINAL DAMAGE": (
        "Report of criminal damage at the bus station; {name} identified on CCTV. Parents "
        "informed.",
    ),
    "SUSPICIOUS CIRCUMSTANCES": (
        "Report of an indecent exposure in {locality} park; the victim is an adult female. "
        "{name} was a witness and gave a first account.",
        "Man seen acting suspiciously near the school gates; {name} among pupils spoken to as "
        "witnesses. Male not traced.",
    ),
    "ASSAULT": (
        "{name} punched by another pupil on the way home from school. Minor bruising.",
        "Fight at the bus stop; {name} assaulted by a youth known to {him}. Injury to lip.",
    ),
}

AUTHOR_ROLES: dict[str, tuple[str, ...]] = {
    "police": ("PC", "PC", "DC", "PS", "PCSO", "Call handler", "DS"),
    "social_care": ("Social worker", "Social worker", "Senior practitioner", "Team manager",
                    "Family support worker", "MASH social worker"),
    "health": ("School nurse", "ED nurse", "GP", "Safeguarding nurse", "Health visitor"),
    "education": ("DSL", "Attendance officer", "Head of year", "Pastoral lead"),
}  # fmt: skip
