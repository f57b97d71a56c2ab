"""Free-text disclosures and indicators in the wording professionals actually use.

Hand-written sentences in the style of police logs, social work case notes and health records
(not the synthetic generator's templates), with hard negatives for every family: denials,
hypotheticals and teaching, rumours, someone else as the victim or the drinker, offence names.
"""

from datetime import date

import pytest

from concord_engine.screening.lexicon import indicator_lexicon
from concord_engine.screening.scanner import default_scanner
from concord_engine.screening.signals import _KIND_CONTEXT, EventSignals, analyse
from concord_engine.screening.tests.helpers import child, ev

WHEN = "2025-03-03 10:00"
AGE_14 = date(2010, 6, 1)
AGE_17 = date(2007, 6, 1)


def signals(text: str, dob: date | None = AGE_14, agency: str = "GMP") -> EventSignals:
    event = ev(agency, "note", WHEN, text=text)
    analysis = analyse(child(event, dob=dob), default_scanner())
    found = [s for s in analysis.events if s.event is event]
    return found[0] if found else EventSignals(event, ())


DISCLOSURES = [
    "She says she has been passed around by the men at the flat.",
    "YP disclosed she was passed around between older males for sex.",
    "She explained what happened: he raped her at the flat.",
    "She told me what the sexual abuse was like for her.",
    "Caller states her daughter was raped at a party on Saturday night.",
    "YP disclosed to her teacher that a 23 y/o male raped her in his car.",
    "She alleges he raped her twice at the address.",
    "Report of rape of a 15 year old female, suspect known to the family.",
    "Victim states she was sexually assualted by the male in the park.",
    "Child says an older lad touched her inappropriately on the bus home.",
    "Disclosed that the suspect touched her private parts over her clothes.",
    "She told staff she was made to perform oral sex on one of the men.",
    "Alleges she was forced to have sex with two males at the flat.",
    "Mother reports an adult male has been asking her daughter to send nudes.",
    "School report that she sent nude pictures of herself to a man she met on Snapchat.",
    "Indecent images of the child found on the suspect's phone.",
    "Digital penetration alleged; ABE to be arranged.",
    "YP reports the man groped her in the back of the taxi.",
    "She was sexually exploited by a group of older males in the town centre.",
    "She has been having sexual intercourse with a 20 yr old man.",
    "Disclosed that she slept with him at his flat in exchange for cannabis.",
    "Reports she has been given vodka and cigarettes in return for sex.",
    "Told her social worker a man paid her for sex.",
    "He molested her when she stayed at her aunt's house.",
    # "by" names the abuser, not another victim; CSE case-review wording.
    "During ABE interview she described being abused by her uncle from age 9.",
    "She described being passed around between men at parties.",
    # Someone's offending history earlier in the sentence does not hide her own account.
    "He has previous convictions for sexual assault and she disclosed he raped her.",
    # The one who came with her is not the one telling ("with his aunt and reported being ...").
    "Ryan (16) attended the front counter with his aunt and reported being sexually assaulted.",
    # Clinical and police shorthand (fourth probe, ADR 0051).
    "14F attended walk-in centre requesting EHC following UPSI with 19M on Saturday.",
    "YP disclosed CSA by step-father, strategy discussion requested.",
    "Allegation of historical CSA reported by the victim, now 16.",
    # Slang and a child's own words.
    "She said that he put his fingers inside her.",
    "Child stated 'he put his willy in my mouth'.",
    "He made her suck his dick.",
    "During the visit A said that 'Dee' made her give blowjobs to his mates.",
    "She told mum that the man at the shop kissed her and touched her boobs.",
    "Child reports that the man made her take her top off on camera.",
    "She was pimped out by her 'boyfriend' to his friends.",
    "Intelligence that she has been trafficked for sexual exploitation.",
    # Advice to her is not a report; her advising others of it is.
    "Caller advised police about a rape of her 14 year old daughter last night.",
    # Euphemisms.
    "She said he did things to her that she didn't like.",
    "He took advantage of her when she was drunk.",
    "She said the man interfered with her.",
    "She was made to do stuff with the men at the flat.",
    "She says he has been touching her down there.",
    "She said she was used by the men for sex.",
    "She went to bed with him and he hurt her.",
    "He had his way with her after the party.",
    "She was assaulted sexually by an unknown male.",
    "He forced himself on her.",
    "She was drugged and then abused by several men.",
    "Her uncle has been sexually inappropriate with her.",
    "She woke up with her clothes removed and does not remember what happened.",
    # The guards below leave these as they were.
    "She had sex with an adult man at the flat.",
    "She was groomed online by a man in his 30s.",
    "She was referred to Rape Crisis after disclosing rape.",
    # Online abuse and image-based abuse (ADR 0051, third addendum).
    "Male adult has been sending her sexually explicit messages on Instagram.",
    "She was asked by an unknown adult to go on camera and remove her clothes.",
    "Sextortion: suspect threatened to share her images unless she sent more.",
    "Unknown male sent her a picture of his penis on Snapchat.",
    "Intimate images of the 15 year old were posted online by her ex.",
    "Suspect arranged to meet her after grooming her online for several weeks.",
    "She was taken to the SARC for a forensic medical following the assault.",
    # A child's account of being touched; "when mum is" leaves "mum" out of the victim test.
    "She told the school counsellor her stepdad touches her when mum is at work.",
    "She says he touches her at night when everyone is asleep.",
    # NCRS: an allegation is recorded as a crime unless verifiable information shows none.
    "Referral closed: allegation of sexual abuse found to be unsubstantiated after ABE.",
    "The man told her to undress and then gave her money.",
    # A child's own words and agency shorthand; the child as the object inside the phrase; an
    # offence title as what was reported.
    "Student disclosed to DSL that her uncle has been touching her.",
    'She said: "he put it in me and it hurt".',
    'YP says "they passed me round their mates".',
    'She said he "touched my front bottom".',
    "Child alleges that her brother's friend abused her sexually when she was 10.",
    "Niche log: report of sexual activity with a child under 16, suspect aged 21.",
    # Refusal or incapacity without the offence's name; "said no" is a refusal, not a negation.
    "She said she did not want to have sex but he did it anyway.",
    "She told him no but he carried on.",
    "She was too drunk to say no and he had sex with her.",
    "He pushed her onto the bed and pulled her knickers down.",
    "Anonymous caller states a 14 year old girl is being used for sex at the address.",
    # The part of the body, with no object before it; the adult the child performed an act on.
    "She says she was touched on her vagina by the male.",
    "Third party report: 14 year old female seen performing a sex act on an adult male.",
    "She was made to give oral sex to an adult man at the flat.",
    # Without the act's name; the child as the object, with someone else's place after it.
    "She said she had been made to do things with the men at the flat.",
    "She said a male forced himself on her at the party.",
    "She wrote in her diary that the man hurt her down below.",
    "The suspect raped her on her friend's sofa.",
    # Talk about something that happened, not about a subject.
    "She talked about being raped by a man at the park last summer.",
    "In session she spoke about the time her uncle sexually abused her.",
    "She talked to me about how the men at the flat raped her.",
    "Report that a 15yo girl has been interfered with by a neighbour.",
    "The suspect has been sexually exploiting her for money.",
    "Child reports that the man showed her his private parts and asked her to touch them.",
    "Victim of a sexual offence at a park; suspect unknown.",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosures_are_found(text):
    assert signals(text).sexual_offence, text


NOT_DISCLOSURES = [
    "She was passed around between foster placements as a baby.",
    "Sexual abuse was discussed as part of the consent workshop.",
    "Officer explained what sexual assault means in law.",
    "The class were taught what grooming looks like online.",
    # What the law calls an offence, taught or asked about.
    "Year 10 discussed what counts as sexual assault in the law.",
    "Pupil asked questions about what counts as sexual assault after the assembly.",
    # Denials and absence.
    "She denies that anything sexual happened and says he is just a friend.",
    "No disclosure of sexual abuse was made during the visit.",
    "Asked directly, YP did not disclose any sexual assault.",
    # Hypotheticals, teaching and risk.
    "Talked about what to do if someone touched her inappropriately.",
    "Keeping safe session: sexting, consent and the law.",
    "Risk of sexual exploitation discussed with mum; CSE screening tool completed.",
    "Worried that she could be groomed online if she keeps the app.",
    # Rumour, hearsay and someone else as the victim.
    "There are rumours at school of a rape at a party; she was not there.",
    "Her friend was raped last year and she is upset about it.",
    "Her older sister was sexually assaulted in 2019; mum finds this a trigger.",
    "He sexually assaulted her sister, not her, according to the log.",
    "Report of an indecent exposure in the park; the victim is an adult female. She was a witness.",
    "Her cousin disclosed being raped last year.",
    "Her friend said having been assaulted at the party still upsets her.",
    # Someone's offending history.
    "The suspect has previous convictions for sexual assault on adult women.",
    "Uncle has prior offences of indecent assault from the 1990s.",
    # Offence names and legacy titles.
    "Suspect charged with sexual activity with a child under 16 in an unrelated case.",
    # Lawful activity at 17 with a peer, age known.
    # Look-alikes of the shorthand and slang above.
    "He put his finger in my face and shouted.",
    "She put her fingers in her ears.",
    "He put his hand in her bag and took her phone.",
    "Made him suck his thumb to calm down.",
    "CSA payments from dad have stopped.",
    "Training on CSA by the LSCP attended by staff.",
    "No disclosure of CSA.",
    "Mum was a victim of CSA as a child.",
    "Advice given about unprotected sex and contraception.",
    "Advised her on the risks of UPSI at the drop-in.",
    "He has a pimped out car.",
    "Sex trafficking awareness session at school.",
    # Look-alikes of the euphemisms.
    "He interfered with the investigation by contacting witnesses.",
    "Mum says dad interfered with her contact arrangements.",
    "She took advantage of the free breakfast club.",
    "He does things to annoy her.",
    "She was made to do things for her mum at home, a young carer role.",
    "Dad was abused by several men as a child.",
    "She went to bed with a headache.",
    "Dad forced himself into the property.",
    "The children slept together in one bed.",
    # Things and services named after an offence; an adult or other people as the victims.
    "She carries a personal rape alarm that mum bought her.",
    "Referred mum to Rape Crisis for her own support.",
    "The offender was sentenced for the rape of an adult woman in 2012.",
    "Intercourse between the parents was overheard by the child.",
    "Her sister was groomed online in 2020.",
    # Someone's record without "previous"; inquiries, training and the news (third addendum).
    "Dad has a conviction for indecent exposure from 2009.",
    "Uncle has two convictions for sexual assault.",
    "Discussed the sexual abuse inquiry report at the team meeting.",
    "Staff attended child sexual abuse training.",
    "She was upset after watching a news story about a rape case.",
    "Staff reminded her not to share intimate images of herself online.",
    "She attended a session on online safety and sexting.",
    "He touched her arm to get her attention.",
    "She told me dad touches her hair to wake her up in the morning.",
    "Police attended following a report that explicit messages were sent between two adults.",
    "She was asked to remove her clothes for the medical examination; a chaperone was present.",
    "She attended the SARC with her aunt for her annual follow-up after the 2021 assault.",
    "The camera on her laptop is broken, so the virtual visit was by phone.",
    "Mum threatened to share the letter with the school.",
    'She joked that her teacher "raped" her with homework.',
    "The word 'rape' was written on the toilet wall.",
    "She said the boys were joking about rape in the changing rooms.",
    "She keeps touching her hair when she is anxious.",
    "PANTS lesson: nobody should touch my privates.",
    "They did sex education with her class in Year 8.",
    "Carer pulled her pants down to change her pad.",
    "She said no to going to the party and stayed home.",
    "He carried on shouting after she told him to stop.",
    "She said no sexual activity had taken place.",
    "The flat was used for sex parties by adults; she has never been there.",
    'Training reminded staff to avoid terms like "promiscuous" and "sexually active".',
    "Sexual assault on an adult female at the bus stop; she was a witness.",
    "Mum told police about the rape of an adult woman in the flat below.",
    "She was touched on her arm by the male and told to go home.",
    "She was a witness to the sexual assault of her friend.",
    "She reported the rape of her sister to police.",
    "The suspect has previous for sexual assault on a child.",
    "He has form for indecent assault.",
    "He made her do stuff for him like washing up and cleaning.",
    "We talked about sexual abuse and how to keep safe.",
    "Talked with her about consent and what sexual assault means.",
    "We discussed with her how to stay safe from sexual exploitation.",
    "The nurse showed her the bruise on his arm.",
    "Support for victims of sexual offences was explained to mum.",
]


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_look_alikes_are_not_disclosures(text):
    assert not signals(text).sexual_offence, text


def test_sexual_activity_at_17_with_a_peer_is_not_a_disclosure():
    assert not signals("She has a boyfriend (17) and they have sex.", dob=AGE_17).sexual_offence


def test_sexual_activity_at_17_with_an_adult_for_money_is():
    sig = signals("Told staff a man gave her money for sex.", dob=AGE_17)
    assert sig.sexual_offence


INDICATORS = [
    (
        "She was absent from the children's home overnight and returned smelling of cannabis.",
        "missing",
    ),
    ("Absent from the home overnight without permission.", "missing"),
    ("Taken to hospital after taking an unknown substance at a party.", "substances"),
    ("She had swallowed some unidentified tablets given to her by a man.", "substances"),
    (
        "She was picked up from the home at 11pm by an unknown male in a black car.",
        "hotel_taxi_car",
    ),
    (
        "Seen getting out of a silver car driven by an adult male outside the school.",
        "hotel_taxi_car",
    ),
    ("She was seen in a white van with two older men.", "hotel_taxi_car"),
    ("Reported MFH overnight, returned at 3am by taxi.", "missing"),
    ("Whereabouts unknown since 19:00; misper report taken.", "missing"),
    ("She went AWOL from placement again on Friday.", "missing"),
    ("Her bf is 19 and picks her up from school.", "older_partner"),
    ("Her boyfriend (22) has a car.", "older_partner"),
    ("Seen with a 24yo male outside the shop.", "older_partner"),
    ("Associating with older lads from the estate.", "older_partner"),
    ("Refers to a man as her sugar daddy.", "older_partner"),
    ("Smelling of weed when she got home.", "substances"),
    ("Found heavily intoxicated at the bus station.", "substances"),
    ("Adults at the address have been giving her vodka and pills.", "substances"),
    ("She was drunk at the alcohol awareness session.", "substances"),
    ("Attendance is currently 45%.", "school"),
    ("She is missing again and mum is worried.", "missing"),
    ("Found in a hotel room with two adult males.", "hotel_taxi_car"),
    ("Seen getting into cars driven by older men.", "hotel_taxi_car"),
    ("Has a new iPhone and designer clothes she cannot account for.", "gifts"),
    ("Arrived with rolls of cash and a second phone.", "gifts"),
    ("Fixed term exclusion for 3 days for fighting.", "school"),
    ("Attendance has dropped to 61% this term.", "school"),
    ("On a reduced timetable since January after repeated truanting.", "school"),
    # Guards for the look-alikes below: a visit in school hours, gifts from a stranger.
    ("Left the lesson early to attend the sexual health clinic.", "sexual_health"),
    ("Has new trainers from a man she met at the takeaway.", "gifts"),
    ("Mum reports she has a history of cannabis use.", "substances"),
    # Coded health records as the FHIR reader writes them ("Condition: " and the display).
    ("Condition: Chlamydial infection", "sexual_health"),
    ("Condition: Gonococcal infection", "sexual_health"),
    ("Condition: Anogenital warts", "sexual_health"),
    ("Condition: Drug misuse", "substances"),
    ("Condition: Harmful use of cannabinoids", "substances"),
    # Indirect wording (ADR 0051, second addendum).
    ("She was not where she said she would be and could not be located until 2am.", "missing"),
    ("Unaccounted for overnight; located by police the next morning.", "missing"),
    ("Out until the early hours with no one knowing where she was.", "missing"),
    ("Stayed away overnight without permission.", "missing"),
    ("She came home worse for wear and was sick.", "substances"),
    ("Glazed eyes and slurred speech on return.", "substances"),
    ("Found with drug paraphernalia in her bag.", "substances"),
    ("She had been sniffing gas with older lads.", "substances"),
    ("The clinic gave her the pill.", "sexual_health"),
    ("She has had a Nexplanon fitted at the clinic.", "sexual_health"),
    ("She has been driven around by older men late at night.", "hotel_taxi_car"),
    ("She is on a part-time timetable.", "school"),
    ("Removed from roll and now electively home educated.", "school"),
    ("Referred to the pupil referral unit after a managed move broke down.", "school"),
    ("Located safe and well by police at 03:15.", "missing"),
    ("A&E: ETOH intoxication, GCS 13, 14F.", "substances"),
    ("Found intox in the town centre by police.", "substances"),
    ("LARC discussed and fitted today, aged 15.", "sexual_health"),
    ("Seen entering a property with two older men.", "hotel_taxi_car"),
    ("New hair and nails paid for by an older male.", "gifts"),
    # A giver outside the family decides, whatever the occasion.
    ("She got a new phone for her birthday from an older male.", "gifts"),
    # Third addendum.
    ("Not home overnight; mum did not know where she was.", "missing"),
    ("Found by police at 3am in the city centre.", "missing"),
    ("Located at 0300 hrs at a petrol station.", "missing"),
    ("Her room smells of cannabis.", "substances"),
    ("Found out of area in a trap house in Stoke.", "missing"),
    ("Her whereabouts were not known for 48 hours.", "missing"),
    # The DfE's terms since 2022, and school records' shorthand.
    ("She was suspended for 3 days for fighting.", "school"),
    ("Now severely absent (attendance 45%).", "school"),
    ("Persistently absent since Year 9.", "school"),
    ("Skipping lessons and leaving the site at lunchtime.", "school"),
    ("Unexplained absences on Mondays and Fridays.", "school"),
    ("Sent home from school after an incident with a teacher.", "school"),
    ("Attendance 78% this term.", "school"),
    ("Levonorgestrel given at the pharmacy.", "sexual_health"),
    ("She refers to a 27-year-old as her partner.", "older_partner"),
    ("Seen getting into a silver Audi driven by older males.", "hotel_taxi_car"),
    ("Taken to parties at addresses in other towns by adult males.", "hotel_taxi_car"),
    ("Stayed the night at the home of a 25 year old man.", "hotel_taxi_car"),
    ("Found in a garage with a group of adult men.", "hotel_taxi_car"),
    ("Police found her in the back of a van with two men in their 30s.", "hotel_taxi_car"),
    ("PEPSE started at A&E following the incident.", "sexual_health"),
    ("Her attendance has dropped to 62 per cent.", "school"),
    ("She did not come back to the children's home until the following afternoon.", "missing"),
    ("Dropped off in a brand new Nike tracksuit by an unknown male.", "gifts"),
]


@pytest.mark.parametrize(("text", "kind"), INDICATORS)
def test_indicators_are_found(text, kind):
    assert kind in signals(text).indicators, text


NOT_INDICATORS = [
    ("She was absent from the home visit as she was at school.", "missing"),
    ("Nurse took an unknown substance sample for testing.", "substances"),
    ("Foster carer drove her to school in the red car.", "hotel_taxi_car"),
    ("Parental drug misuse is a concern.", "substances"),
    ("Dad has a history of alcohol misuse.", "substances"),
    # Look-alikes of the indirect wording.
    ("The file could not be located on the system.", "missing"),
    ("£20 was unaccounted for at the end of the trip.", "missing"),
    ("Nobody knew where the keys were.", "missing"),
    ("Dad had slurred speech at the visit.", "substances"),
    ("Mum is on the pill.", "sexual_health"),
    ("She has a cochlear implant fitted.", "sexual_health"),
    ("She was driven around by her dad looking for her brother.", "hotel_taxi_car"),
    ("Dad was found safe and well after his fall.", "missing"),
    ("Swimming lessons paid for by her mum.", "gifts"),
    ("Her school trip was paid for by the school.", "gifts"),
    ("Mum moved into a property with her new partner.", "hotel_taxi_car"),
    # Explained gifts, someone else's partner, missing a person (ADR 0051, second addendum).
    ("She asked for a new phone for Christmas.", "gifts"),
    ("She bought new trainers with her paper round money.", "gifts"),
    ("Mum's partner (34) attended the review meeting.", "older_partner"),
    ("Mum's new partner (34) has a conviction for assault.", "older_partner"),
    ("She was missing her mum while at respite.", "missing"),
    ("Mum's alcohol use remains a concern for the social worker.", "substances"),
    ("Parental substance misuse; dad was drunk at the visit.", "substances"),
    ("Denies any alcohol or drug use.", "substances"),
    ("Her brother was excluded from school last week.", "school"),
    ("Her boyfriend is 15 and in her year at school.", "older_partner"),
    ("Partner agencies met at 14:00; boyfriend not discussed.", "older_partner"),
    ("Mum drove her to the hotel for the family wedding.", "hotel_taxi_car"),
    ("Mum has a history of heroin use.", "substances"),
    ("Received birthday presents from her grandparents.", "gifts"),
    ("New clothes bought for her by her foster carer.", "gifts"),
    ("Discussed contraception in a PSHE lesson.", "sexual_health"),
    ("RSE session on sexual health and consent delivered to Year 9.", "sexual_health"),
    # Third addendum: a record, a home's smell, a carer's gift, running from a dog.
    ("The report was missing from the file.", "missing"),
    ("Dad is an alcoholic and the house smells of cannabis.", "substances"),
    ("Foster carer bought her a new phone after hers broke.", "gifts"),
    ("She ran away from the dog in the park and hurt her knee.", "missing"),
    ("She was home all night with her mum.", "missing"),
    ("Found at 3am by dad when she had a nightmare.", "missing"),
    ("Mum bought her a new phone for school.", "gifts"),
    ("She was placed out of area in a children's home in Wales.", "missing"),
    ("Her whereabouts were known to staff throughout.", "missing"),
    ("Attendance 98% this term.", "school"),
    ("She left the school site at 3.15pm to go home.", "school"),
    ("Unexplained absences on Mondays and Fridays.", "gifts"),
    ("Unexplained bruising to her arm.", "gifts"),
    ("PEP meeting held at school; targets set for maths.", "sexual_health"),
    ("She refers to her 19 year old brother as her best friend.", "older_partner"),
    ("She stayed the night at her nan's house.", "hotel_taxi_car"),
    ("She was driven by her foster carer to contact.", "hotel_taxi_car"),
    ("She got into the car with her mum after school.", "hotel_taxi_car"),
    ("She got a new jacket from her nan for Christmas.", "gifts"),
    ("Her boyfriend is a year older and at the same college.", "older_partner"),
    ("She was missing from the class photo.", "missing"),
    ("Drugs education session delivered in PSHE.", "substances"),
    ("Alcohol awareness workshop delivered to Year 9.", "substances"),
    ("Her phone charger is missing.", "missing"),
    ("Her bike went missing from the garden.", "missing"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_INDICATORS)
def test_look_alikes_are_not_indicators(text, kind):
    assert kind not in signals(text).indicators, text


def test_mum_found_her_drunk_is_the_child_drinking():
    assert "substances" in signals("Mum found her drunk in the park at 23:00.").indicators


def test_every_indicator_context_names_a_judgement():
    contexts = {kind.context for kind in indicator_lexicon().indicators} - {""}
    assert contexts == set(_KIND_CONTEXT), contexts
