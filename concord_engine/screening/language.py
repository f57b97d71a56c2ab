"""Judge lexicon matches in context (language.md §3): only a professional's own blaming words."""

import re
from dataclasses import dataclass

from . import context
from .lexicon import LanguageFamily, Lexicon
from .scanner import LANGUAGE, LANGUAGE_LOOK_ALIKE, LOOK_ALIKE, OFFENCE_TITLE, Hit
from .signals import EventSignals, Span, within

# A phrase that names an offence, not the child. Plain form: `\b(offences? of|...)\W*$`, in the
# order below; only tested for a match.
_OFFENCE_PREFIX = re.compile(
    context.led_by_letter(
        (
            "offences? of", "charged with", "arrested (?:for|on suspicion of)", "on suspicion of",
            "convicted of", "suspicion of", "crime of", r"investigat\w+ (?:into|for)",
            r"s\.? ?\d+[a-z]?", r"section \d+[a-z]?", "possession of", "possessing", "making",
            "distributing", "legacy (?:offence|crime) title", "recorded as", "classified as",
            "crime type", "offence title",
        ),
        r"\w",
        r"\W*$",
    )
)  # fmt: skip
_CONSENT_TOPIC = re.compile(
    r"\W*(?:to|for)\s+(?:\w+\s+){0,3}?(referral|share|sharing|information|treatment|"
    r"examination|medical|assessment|interview|photographs?|plan|visit|medication|tests?|"
    r"screening|screen|swabs?|scan|checks?|vaccin\w*|procedure|contact|police|support|services|"
    r"appointment|being seen|engage|engaging|attend|attending|talk|speak|work with|"
    r"meet (?:the|her|his) (?:worker|social worker|nurse|officer|teacher)|camhs|school|college|"
    r"the school|agencies|this|that|it)\b"
)
_CONSENT_BY_ADULT = re.compile(r"\b(mum|mother|father|dad|parents?|carers?|guardian)s?\W*$")
_EXCHANGE_GOODS = re.compile(
    r"\b(sex|sexual|favours?|drugs?|alcohol|cannabis|weed|cigarettes|vapes?|money|cash|lifts?|"
    r"gifts?|phones?|clothes|somewhere to stay|a place to stay|accommodation|food)\b"
)
_RISK_FROM_ADULTS = re.compile(
    r"\W*(?:of|by|from) (?:the |these |those |other |older |adult )*(adults?|men|males?|"
    r"perpetrators?|suspects?|offenders?|exploiters?|abusers?|groomers?|associates)\b"
)
# After "recruited": an ordinary thing to be recruited to or as ("recruited to the school football
# team", "recruited as a peer mentor"), not criminal exploitation.
_RECRUITED_TO_ORDINARY = re.compile(
    r"\W+(?:to|into|onto|for|as|by)\W+(?:(?:the|a|an|her|his|their|our|local|school|college|"
    r"youth|new|junior|senior|county|peer|student|young|under|\d+s?)\W+){0,3}"
    r"(team|club|squad|choir|band|orchestra|cast|course|college|school|apprenticeship|"
    r"programme|program|scheme|job|role|post|staff|panel|"
    r"council|forum|board|study|trial|research|project|cadets|scouts|guides|volunteers?|"
    r"volunteering|mentors?|mentoring|ambassadors?|representatives?|rep|captain|prefect|"
    r"academy|army|navy|forces|police|sport|football|rugby|cricket|netball|dance|drama)\b"
)
# Just before "recruiting": the adults are the ones who recruit ("the men were recruiting
# girls"), not the child.
_ADULTS_RECRUITING = re.compile(
    r"\b(?:men|males|adults|gangs?|groups?|offenders|perpetrators|exploiters|dealers|older (?:boys|"
    r"lads|males|men)|(?:the|a|an) (?:man|male|adult|gang|group|offender|perpetrator|exploiter|"
    r"dealer))(?: (?:who|that))? (?:are|were|is|was|have been|has been|had been|been|keep|kept)? ?"
    r"(?:actively |deliberately |now |also )?$"
)
# Before the phrase: someone else made the child do it ("a man made her send images"), so the
# sentence already names the coercion; the child's act is not framed as a free one.
_COERCED = re.compile(
    r"\b(made|make|makes|making|forced|forces|forcing|pressured|pressuring|pressurised|coerced|"
    r"coercing|groomed|persuaded|tricked|blackmailed|manipulated|encouraged|asked|asking|told|"
    r"demanded|threatened|bullied|instructed|directed|ordered|paid|got)\b(?:\W+[a-z']+){0,3}"
    r"\W+(?:to\W+)?$"
)
# Just before a label: the professional reports someone's name-calling ("the boys called her a
# slag", "she was called a slut at school"), not their own description of the child.
_NAME_CALLING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|names? (?:such as|like)|name calling)"
    r"(?: (?:her|him|them|me|herself|himself|themselves))?(?: (?:an?|the))?\W*$"
)
_COERCIBLE = frozenset(
    {"child_sending_images", "child_contacting_adults", "work_framing", "work_framing_recruited",
     "exchange_framing", "exchange_framing_conditional", "missing_framing", "prostitution_framing"}
)  # fmt: skip
# Plain form: `\b(no (?:further )?(?:safeguarding )?concerns?|...)\b`; only tested for a match.
_ADOPTED_FRAMING = re.compile(
    context.led_by_letter(
        (
            "no (?:further )?(?:safeguarding )?concerns?", "no further action", "nfa",
            "not a (?:safeguarding )?concern", "not a safeguarding matter", "case closed",
            "no action required",
        ),
        r"\w",
        r"\b",
    )
)  # fmt: skip


def _sentence_rejects(
    norm: str, hit: Hit, family: LanguageFamily, sentence: Span, stops: str = ""
) -> bool:
    """Whether the sentence around the phrase takes it back: negated, someone else's words or
    subject, corrected, or (for a child's act) coerced by someone named before it."""
    if context.is_negated(norm, hit.start, sentence[0]):
        return True
    if _not_the_professionals_label(norm, hit, sentence):
        return True
    if context.is_corrected(norm, hit.start, hit.end, sentence, stops):
        return True
    return family.id in _COERCIBLE and (
        _COERCED.search(norm, max(sentence[0], hit.start - 50), hit.start) is not None
    )


def _not_the_professionals_label(norm: str, hit: Hit, sentence: Span) -> bool:
    """Someone's name-calling reported ("the boys called her a slag"), or words whose subject is
    another person ("mum has been sexually active"): not the professional describing the child."""
    if _NAME_CALLING.search(norm, max(sentence[0], hit.start - 30), hit.start):
        return True
    return context.other_person_before(norm, hit.start, sentence[0])


@dataclass(frozen=True, slots=True)
class LanguageMatch:
    """A blaming phrase in a professional's own text, with why it harms and what to say."""

    phrase: str
    span: Span
    family: LanguageFamily
    note: str = ""


def _adult_party(sig: EventSignals, hit: Hit, sentence: Span) -> bool:
    # What the sentence says about the other party beats the related person on the record,
    # which may be a parent rather than the partner.
    if context.peer_age_near(sig.norm, sentence):
        return False
    return sig.related_adult or context.adults_near(sig.norm, hit.start, hit.end, sentence)


def _family_context_allows(
    sig: EventSignals, hit: Hit, family: LanguageFamily, sentence: Span
) -> bool:
    norm = sig.norm
    rule = family.context
    if rule == "peer_test":
        if context.peer_age_near(norm, sentence) and not context.adults_near(
            norm, hit.start, hit.end, sentence
        ):
            return False  # a same-age peer, said in the same sentence
        return _adult_party(sig, hit, sentence) or bool(sig.indicators) or sig.sexual_offence
    if rule == "age_consent":
        return _age_consent_allows(sig, hit, family, sentence)
    if rule == "exchange":
        return _EXCHANGE_GOODS.search(norm, sentence[0], sentence[1]) is not None
    if rule == "risk_agent":
        return _RISK_FROM_ADULTS.match(norm, hit.end) is None
    if rule == "recruited_to":
        if _ADULTS_RECRUITING.search(norm, max(sentence[0], hit.start - 40), hit.start):
            return False  # "the men were recruiting girls from the home": the adults' act
        return _RECRUITED_TO_ORDINARY.match(norm, hit.end) is None
    return True


def _age_consent_allows(
    sig: EventSignals, hit: Hit, family: LanguageFamily, sentence: Span
) -> bool:
    norm = sig.norm
    if family.id == "consent_framing":
        if _CONSENT_TOPIC.match(norm, hit.end):
            return False
        if _CONSENT_BY_ADULT.search(norm, max(0, hit.start - 30), hit.start):
            return False
    if sig.age is None or sig.age < 16:
        return True
    return _adult_party(sig, hit, sentence) or bool(sig.indicators)


_SPOKEN_JUST_BEFORE = re.compile(
    r"(?::|\b(?:said|says|stated|states|told|tells|describe[sd]?|describing|calls?|called|calling|"
    r"refers? to|referred to|words|quote|replied|wrote|texted|messaged)(?:\W+[a-z']+){0,4})\W*$"
)


def _scare_quote(norm: str, quote: Span) -> bool:
    """A word or two in quotation marks inside the professional's own sentence ("is in a
    'relationship' with a 21-year-old") is their wording, not a quotation of someone."""
    inner = norm[quote[0] + 1 : quote[1] - 1].split()
    if len(inner) > 3:
        return False
    return _SPOKEN_JUST_BEFORE.search(norm, max(0, quote[0] - 30), quote[0]) is None


def _quoted_ok(sig: EventSignals, hit: Hit, quotes: list[Span]) -> tuple[bool, str]:
    """Whether a match in a quotation still counts; a professional adopting it does."""
    quote = context.enclosing_quote(quotes, hit.start, hit.end)
    if quote is None or _scare_quote(sig.norm, quote):
        return True, ""
    if not context.is_attributed(sig.norm, quote):
        return True, ""
    after = sig.norm[quote[1] : quote[1] + 160]
    if _ADOPTED_FRAMING.search(after):
        return True, "the child's words are adopted as the professional's conclusion"
    return False, ""


# Each lexicon's families by id (the first of an id, as `Lexicon.family` finds it), kept with the
# lexicon itself so that its id is not reused while cached.
_FAMILIES: dict[int, tuple[Lexicon, dict[str, LanguageFamily]]] = {}


def _families(lexicon: Lexicon) -> dict[str, LanguageFamily]:
    """`lexicon.family` as one dict lookup instead of a scan of the families."""
    cached = _FAMILIES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        by_id: dict[str, LanguageFamily] = {}
        for family in lexicon.families:
            by_id.setdefault(family.id, family)
        cached = _FAMILIES[id(lexicon)] = (lexicon, by_id)
    return cached[1]


def judge(sig: EventSignals, lexicon: Lexicon) -> list[LanguageMatch]:
    """The blaming-language matches of one event that survive the context checks."""
    hits = [h for h in sig.hits if h.kind == LANGUAGE]
    if not hits:
        return []
    norm = sig.norm
    families = _families(lexicon)
    # Offence titles and this lexicon's look-alikes: a term inside one is not a finding.
    excluded_spans = [
        (h.start, h.end)
        for h in sig.hits
        if h.kind == OFFENCE_TITLE or (h.kind == LOOK_ALIKE and h.name == LANGUAGE_LOOK_ALIKE)
    ]
    quotes = context.quote_spans(norm)
    stops = sig.stops or context.stop_copy(sig.event.text, norm)
    sentences = context.Sentences(stops)
    matches: list[LanguageMatch] = []
    # The furthest end of the phrases taken so far. Phrases come in start order, so each taken
    # phrase starts at or before this one: it lies inside one of them exactly when it ends by
    # this reach.
    reach = -1
    # Longest matches first, so "sex with" inside "sexual relationship with ..." is not doubled.
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        span = (hit.start, hit.end)
        if hit.end <= reach or (excluded_spans and within(span, excluded_spans)):
            continue
        reach = hit.end  # judged once: a shorter phrase inside it is not judged again
        family = families[hit.name]
        if _OFFENCE_PREFIX.search(norm, max(0, hit.start - 40), hit.start):
            continue
        # Every check below only rejects, and none has an effect, so their order does not
        # change what is found: the cheaper or more often failing ones run first.
        ok, note = _quoted_ok(sig, hit, quotes)
        if not ok:
            continue
        sentence = sentences.around(hit.start, hit.end)
        if not note and not _family_context_allows(sig, hit, family, sentence):
            continue
        if _sentence_rejects(norm, hit, family, sentence, stops):
            continue
        matches.append(LanguageMatch(sig.event.text[hit.start : hit.end], span, family, note))
    return matches
