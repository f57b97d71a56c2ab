"""Victim-blaming language in the many ways professionals write it, and its hard negatives.

Hand-written in the style of real case notes (not the synthetic generator's wording).
"""

from datetime import date

import pytest

from concord_engine.screening.tests.helpers import ev, run

WHEN = "2025-03-03 10:00"
AGE_14 = date(2010, 6, 1)
AGE_17 = date(2007, 6, 1)


def families(text: str, dob: date = AGE_14) -> set[str]:
    findings = run("victim_blaming_language", ev("OLDCSC", "note", WHEN, text=text), dob=dob)
    return {m["family"] for f in findings for m in f.detail["matches"]}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("She continues to expose herself to risk by going to the flat.", "putting_self_at_risk"),
        ("He keeps getting himself into dangerous situations.", "putting_self_at_risk"),
        ("YP is placing herself in vulnerable positions with males.", "putting_self_at_risk"),
        ("Is known to seek out older men on social media.", "child_contacting_adults"),
        ("She has been meeting up with older males she met online.", "child_contacting_adults"),
        ("Has been sharing nudes with boys at school and adults online.", "child_sending_images"),
        ("She is trading sex for somewhere to stay.", "exchange_framing"),
        ("Her bf is 22 and collects her from school.", "relationship_framing"),
        ("She is dating a man from the takeaway.", "relationship_framing"),
        ("Concerns about her involvement in county lines.", "involvement_framing"),
        ("She has been selling her body at the address.", "prostitution_framing"),
        ("Staff describe her as promiscous.", "promiscuity_labels"),
        ("She is choosing to go back to the address each weekend.", "choice_framing"),
        ("Chaotic lifestyle; she decided to stay out again.", "choice_framing"),
        ("Continues to engage in risky sexual behaviour.", "risk_taking_framing"),
        ("She went with him willingly according to the officer.", "consent_framing"),
        ("He is a runner for the Oldham line.", "work_framing"),
        ("She is very mature and can look after herself.", "adultifying_labels"),
        ("A serial absconder from the children's home.", "missing_framing"),
        ("She refuses support and is disengaging from the team.", "engagement_framing"),
        ("She enjoys the attention from older men.", "invitation_myths"),
        ("She has a history of lying and is unreliable.", "credibility_slurs"),
        ("Referral relates to historic rape in 2016.", "historic_framing"),
        ("Not a big age gap, he is only 3 years older.", "age_gap_minimised"),
        ("The age gap is small, he is only 19.", "age_gap_minimised"),
        ("She has no regard for her own safety.", "putting_self_at_risk"),
        ("She has been working as an escort.", "prostitution_framing"),
        ("He became involved in criminal activity through older peers.", "involvement_framing"),
        ("She is sexualised and flirts with staff.", "promiscuity_labels"),
        ("She is not a victim, she knows exactly what she is doing.", "adultifying_labels"),
        ("Her dress and behaviour attract unwanted attention.", "invitation_myths"),
        ("He shows little or no regard for his own safety when missing.", "putting_self_at_risk"),
        ("Worker noted there is not much of an age gap between them.", "age_gap_minimised"),
        ("The age difference isn't that big, so no concerns were raised.", "age_gap_minimised"),
        ("Social worker view: she is in a relationship with a man of 21.", "relationship_framing"),
        (
            "She has been engaging in sexual activity with adult males.",
            "sexual_activity_with_adult",
        ),
        ("She is engaging in sexual activity at the flat.", "sexually_active"),
        # Case-file variants of rows 1, 11, 13, 15, 16 and 17 (ADR 0051, second addendum).
        (
            "YP continues to place herself in situations where she is at risk of CSE.",
            "putting_self_at_risk",
        ),
        ("Her behaviour is putting her at risk.", "putting_self_at_risk"),
        ("She is at risk due to her own behaviours.", "putting_self_at_risk"),
        ("She needs to take responsibility for her own safety.", "putting_self_at_risk"),
        ("She appears to be enjoying the lifestyle.", "choice_framing"),
        ("She was happy to go with the men.", "consent_framing"),
        ("She presents as older than her years.", "adultifying_labels"),
        ("She has a tendency to go missing when she does not get her own way.", "missing_framing"),
        ("She is difficult to engage and does not want support.", "engagement_framing"),
        ("Staff found her hard to engage.", "engagement_framing"),
        ("She is at risk because of the choices she makes.", "choice_framing"),
        ("She continues to make unsafe decisions.", "choice_framing"),
        ("He is a county lines runner.", "work_framing"),
        ("She has a history of making things up.", "credibility_slurs"),
        ("She is drawn to older men.", "invitation_myths"),
        ("She is a victim of her own behaviour.", "invitation_myths"),
        ("She voluntarily returns to the address.", "missing_framing"),
        ("She deliberately goes missing to be with him.", "missing_framing"),
        ("She puts herself about.", "promiscuity_labels"),
        ("She is old enough to know better.", "adultifying_labels"),
        ("She is seeing a 25 year old.", "relationship_framing"),
        ("She was with her fella (20).", "relationship_framing"),
        ("She willingly got into the car with the males.", "consent_framing"),
        ("She chose to get into the car with the men.", "choice_framing"),
        ("She sent him pictures of herself.", "child_sending_images"),
        ("She is selling pictures of herself online.", "child_sending_images"),
        ("She is trading sexual images for money.", "exchange_framing"),
        ("She is using her body to get what she wants.", "prostitution_framing"),
        ("It is a lifestyle she has chosen.", "choice_framing"),
        ("She is a hard-faced young woman who can handle herself.", "adultifying_labels"),
        ("She is in contact with adult males via social media.", "child_contacting_adults"),
        ("She initiates contact with older males.", "child_contacting_adults"),
        ("She gave her number to a man at the bus stop.", "child_contacting_adults"),
        ("She associates with known offenders.", "relationship_framing"),
        ("She has links to older males.", "relationship_framing"),
        ("She is a risk-taker.", "risk_taking_framing"),
        ("She takes risks.", "risk_taking_framing"),
        ("He is carrying drugs for a gang.", "work_framing"),
        ("She refuses to stay away from him.", "missing_framing"),
        ("She keeps returning to the address.", "missing_framing"),
        # Said by mum, but the words describe the child: the worker records them as they are.
        ("Mum is worried she is sexually active with older men.", "sexually_active"),
        # Third addendum (ADR 0051).
        ("She went there for the money, it was her choice.", "choice_framing"),
        ("She has been offered the chance to engage but chooses not to.", "choice_framing"),
        ("She has allowed the men to take pictures of her.", "consent_framing"),
        ("She let him touch her because he gave her vodka.", "consent_framing"),
        ("He is a drug dealer for the older males.", "work_framing"),
        ("Her own behaviour is putting her at risk of harm.", "putting_self_at_risk"),
        ("She has been sleeping with a 19 year old from the estate.", "sexual_activity_with_adult"),
        ("She has been reaching out to older men on Snapchat.", "child_contacting_adults"),
        ("She initiated contact with the adult online.", "child_contacting_adults"),
        ("She is making the decision to go missing.", "choice_framing"),
        ("Her boyfriend is 10 years older than her.", "relationship_framing"),
        ("Her boyfriend is much older.", "relationship_framing"),
        ("She said it was consensual but she is 14 and he is 22.", "consent_framing"),
        ("MISPER GOES MISSING BY CHOICE AND RETURNS WHEN SHE WANTS.", "missing_framing"),
        ("He is known to be running a county line from Manchester to Cumbria.", "work_framing"),
        ("He is a gang affiliate.", "work_framing"),
        ("He has been working the line for about two months.", "work_framing"),
        ("He is part of a gang.", "work_framing"),
        ("He is a foot soldier for the local dealers.", "work_framing"),
        ("He is a young man who knows the streets.", "adultifying_labels"),
        ("She went to his flat knowing what would happen.", "adultifying_labels"),
        ("She was flirting with the men before it happened.", "child_contacting_adults"),
        (
            "Training was delivered, but staff still describe her as making her own choices.",
            "choice_framing",
        ),
        ("YP went AWOL again overnight.", "missing_framing"),
        ("She has gone AWOL from her placement three times.", "missing_framing"),
        (
            "There is no evidence of grooming. She continues to put herself at risk.",
            "putting_self_at_risk",
        ),
        (
            "No suggestion of coercion was made by the officer, who noted she is sexually active.",
            "sexually_active",
        ),
    ],
)
def test_variants_are_found(text, family):
    assert family in families(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Someone else made the child do it: the sentence names the coercion.
        "A man she met online made her send sexual images and then met her.",
        "She was pressured to run drugs for the older males.",
        # Same-age peer said in the sentence.
        "Her boyfriend is the same age and in her class at school.",
        # Quoted speech, attributed.
        'She said: "I chose to go with him, it was my choice."',
        'He described the man as his "boyfriend"; the worker explained he is an adult abusing him.',
        # Negation and correction.
        "She is not promiscuous and this label has been challenged.",
        "Rather than saying she is putting herself at risk, staff now record that she is groomed.",
        # Risk as an assessment or risk from adults.
        "Risk taking by the adults around her is the concern.",
        # Ordinary willingness and choice, consent to a service.
        "She was willing to engage with CAMHS and chose to attend the review.",
        "Letter dated 03/03 sent to mum; she is happy to go to college in September.",
        # Offence titles.
        "Charged with causing or inciting child prostitution or pornography (legacy title).",
        # Someone else's name-calling, reported (fourth probe, ADR 0051).
        "She said the boy in her class called her a slag and she was upset.",
        "She was called a slag by girls at school.",
        "Other pupils have been calling her a slut online.",
        "She calls herself a slag when she is low.",
        # Look-alikes of the case-file variants above.
        "She was placed in a situation where she felt unsafe.",
        "The placement put her in a position where she could be exploited by adults.",
        "Her behaviour has improved and she is no longer at risk.",
        "The school takes responsibility for her safety.",
        "She was happy to go with the social worker to the appointment.",
        "He was a willing member of the school choir.",
        "Mum found it difficult to engage with services.",
        "It is difficult to engage young people in the area.",
        "She is attracted to older boys in Year 11.",
        "She will not be told she cannot see her nan until the meeting.",
        "She went back voluntarily after the assessment.",
        "She slept with lots of teddies as a child.",
        "She is seeing a counsellor weekly.",
        "She is seeing a 15 year old boy from school.",
        "She chose to get into the car with her mum.",
        "Her fella is 16 and at college.",
        "The safety plan takes risks into account.",
        "She gave her number to the school nurse.",
        "She keeps going to the house of her nan.",
        "She initiates contact with her social worker.",
        # The words describe someone else, not the child.
        "Mum has been sexually active with a new partner, not relevant to the child.",
        "Her friend is putting herself at risk too, according to school.",
        "Sexually active older sister has been offered contraception.",
        # Third addendum: an adult's record, routine appointments, staff's efforts, a selection.
        "The male is a convicted drug dealer.",
        "Not engaging with the dentist; mum to rebook.",
        "Staff worked hard to engage her in education and she is now attending.",
        "She said she had made her own choice of placement and is happy there.",
        "Her choice of college course is health and social care.",
        "She chose to have pasta for tea.",
        "She was rewarded with a certificate for 100% attendance.",
        "He is a drug dealer's son and we are worried he is being exploited.",
        "Mum made the decision to move house closer to school.",
        "The school reached out to mum about the parents' evening.",
        "Her own behaviour at school has improved greatly this term.",
        "She made the decision to go to college in September.",
        "She has been reaching out to her friends for support.",
        "Her choice of words when describing the men showed she was frightened.",
        # Words about words.
        'Training reminded staff to avoid terms like "promiscuous" and "sexually active".',
        "Staff should not say she is in a relationship with the man; she is being exploited.",
        "Avoid labels such as streetwise for a 14 year old.",
        # A peer a year older (ADULTS and the older-partner indicator both take it so).
        "Her boyfriend is a year older and at the same college.",
        "Her boyfriend is slightly older and in Year 11.",
        # Consent to a step of the work.
        "Amy's phone was checked with her consent and no concerning contacts were found.",
        "Her consent was sought before the information was shared.",
        "She is part of a gang of friends who play football.",
        "Nobody knew what would happen at court.",
        "He knows the streets around the school because he walks the dog.",
        "Police arrested the adults running the county line.",
        "Photographs were taken with her consent.",
        # A label denied as a claim; the adults as the ones who recruit.
        "It is not the case that she is putting herself at risk; she is being groomed.",
        "The men were recruiting girls from the home.",
        "The escorting officer took her to the cells.",
        "Staff escorting her to school noticed a car following.",
        "Her case attracted media attention.",
        "The adults are recruiting vulnerable children into county lines.",
        # An age gap named as the concern.
        "The age gap is significant: she is 14 and he is 24.",
        "The age gap is a concern and police have been informed.",
        "The age difference is large and the relationship is abusive.",
        # Said to be absent, or the word itself advised against.
        "There was no suggestion that she was attention seeking.",
        "There is no evidence that she is putting herself at risk; the risk comes from adults.",
        "Nothing to suggest that she is making her own choices here.",
        "Staff were told not to describe her as promiscuous.",
        "Staff have been asked not to use the word promiscuous about her.",
        "Police were told she was missing, not AWOL.",
    ],
)
def test_hard_negatives_are_not_findings(text):
    assert families(text) == set(), text


def test_nested_braces_in_a_template_are_an_error():
    from concord_engine.screening.templates import TemplateError, expand

    with pytest.raises(TemplateError, match="nested or unbalanced"):
        expand("{send} {nudes|pictures of {self}}", {"send": ["sent"], "self": ["herself"]})
    assert expand("{send} {nudes|pics}", {"send": ["sent"]}) == ["sent nudes", "sent pics"]


def test_a_set_of_bare_numbers_is_an_error_naming_the_set():
    from concord_engine.screening.lexicon import parse_lexicon
    from concord_engine.screening.templates import TemplateError

    data = {"version": "t", "sets": {"age": [18, 19]}, "families": []}
    with pytest.raises(TemplateError, match="set 'age': expected a list of quoted strings"):
        parse_lexicon(data)
