"""What each event of a child's chronology signals: sexual-offence reports and indicators."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from concord_engine.contracts.screening import ScreenChild, ScreenEvent

from . import context
from .ages import age_at, age_on
from .calendar import UK
from .codes import (
    cin_factor_kinds,
    is_missing_incident_category,
    is_sexual_incident_category,
    is_sexual_offence_code,
)
from .lexicon import IndicatorKind, indicator_lexicon
from .markup import Plain, read_through
from .scanner import (
    AGE_PHRASE,
    DISCLOSURE,
    INDICATOR,
    LOOK_ALIKE,
    OFFENCE_TITLE,
    PARTNER_AGE,
    SEPARATOR,
    SIGNAL_LOOK_ALIKE,
    Hit,
    Scanner,
    join_texts,
)

Span = tuple[int, int]

# Before a disclosure phrase in its sentence: it is denied, absent, or a risk being assessed.
# Plain form: `\b(no disclosures?|...)\b`, in the order below; only tested for a match.
_NOT_A_REPORT = re.compile(
    context.led_by_letter(
        (
            "no disclosures?", "not disclosed?", "did not disclose", "didn't disclose",
            "has not disclosed", "denie[sd]", "denying", "deny",
            "no (?:evidence|indication|suggestion|concerns?|allegations?|reports?|signs?) "
            "(?:of|that|about|regarding|re)",
            "nothing to suggest", "risks? of", "at risk", "vulnerable to", "vulnerability to",
            r"protect \w+ from", r"prevent\w*", "awareness", "education (?:on|about)",
            # Advice given to the child ("advice given about unprotected sex"), not "she advised
            # staff about the rape".
            r"advice (?:\w+ ){0,2}(?:on|about|re|regarding|around)",
            r"advised (?:her|him|them|yp|the yp|the child) (?:on|about|re|regarding|around)",
            "sessions? (?:on|about)", "keep(?:ing)? safe", "healthy relationships",
            "what (?:is|constitutes|counts as|amounts to)",
            r"rumou?rs? (?:\w+ ){0,3}(?:of|about|that)", "gossip",
            # Jokes and the word itself ("joked that her teacher raped her with homework",
            # "the word rape was written on the wall").
            r"jok(?:e|es|ed|ing) (?:that|about)", "as a joke", "banter", "the word", "graffiti",
            # Teaching the underwear rule ("PANTS lesson: nobody should touch my privates").
            *context.one_per_word(
                "nobody|no one|noone", " (?:should|is allowed|has the right|can|may)"
            ),
            r"pants (?:rule|lesson|session|resources?)", "underwear rule",
            # Words about words ("avoid terms like 'sexually active'").
            *context.one_per_word("terms?|phrases?|words|language|labels?", " (?:such as|like)"),
            r"avoid (?:using|saying|writing|describing|terms|words|phrases|language|labels)",
            "hearsay",
            # Hypotheticals and teaching: what would happen, what to do if, how to report.
            "if (?:anyone|someone|anybody|somebody|ever|he|they|a man|an adult)", "what to do if",
            # Something seen or read about ("a news story about a rape case").
            *context.one_per_word(
                "news|film|programme|documentary|article|book|podcast|soap|storyline|tv show|"
                "series",
                r" (?:\w+ ){0,2}(?:about|covering|featuring)",
            ),
            "how to (?:report|recognise|spot|stay safe)", "in case", "would (?:tell|report|know)",
            r"worried (?:that )?(?:\w+ ){0,2}(?:could|might|would) be", "signs of",
            # Teaching ("a session about consent and rape"), not "in session she spoke about".
            *context.one_per_word(
                "learning|lesson|work|session|discussion",
                r" (?:(?!(?:she|he|they|yp|i|the child|the young person) )\w+ ){0,2}about",
            ),
        ),
        r"\w",
        r"\b",
    )
)  # fmt: skip
# Before a disclosure phrase: talk about the subject ("we talked about rape and consent"), unless
# what was talked about is something that happened (`_TOLD_OF_EVENT`).
_TALKED_ABOUT = re.compile(
    r"\b(?:talk(?:ed|s|ing)?|spoke|speaks|discuss(?:ed|es|ing)?) (?:\w+ ){0,2}about\b"
)
# Between "talked about" and a disclosure phrase: an event, not a topic ("talked about being
# raped", "spoke about the time her uncle abused her", "about how the men raped her").
_TOLD_OF_EVENT = re.compile(
    r"\babout (?:\w+ ){0,2}?(?:being|been|getting|got|the (?:time|times|night|day|incident|party|"
    r"occasion)|an? (?:incident|occasion|night|day|time)|what happened|how(?! to\b))\b"
)
# Before an indicator phrase in its sentence: the professional says it is absent.
_NOT_PRESENT = re.compile(
    r"\b(no (?:evidence|indication|suggestion|concerns?|signs?|reports?|history|intelligence|"
    r"information) (?:of|that|about|regarding|re|around|to suggest)|nothing to suggest|"
    r"(?:denies|denied|denying) (?:any|all|that|ever)|has never|have never|had never)\b"
)
# Whatever the three "before" checks of an indicator need in its window (the 80 characters before
# it, in its sentence): a negating word (`context.is_negated`), a word an absence marker starts
# with ("no", "nothing", "denies", "never" of `_NOT_PRESENT`), or a word for another person
# (`context.other_person_before`). In a window without any, none of the three can reject. Plain
# form: `{ANY_NEGATOR}|\b(?:no|den|never|mum|...)`; only tested for a match.
_BEFORE_MARKERS = re.compile(
    context.ANY_NEGATOR.pattern
    + "|"
    + context.led_by_letter(("no", "den", "never", *context.OTHER_PERSON_WORDS), r"\w")
)
# Just before an offence title: the title names what someone reported, not the law.
_REPORTED_TITLE = re.compile(
    r"\b(?:(?:reports?|allegations?|complaints?|disclosures?|accounts?) of|(?:reported|alleged|"
    r"alleges|alleging|disclosed|discloses|reporting)(?: an?| the)?)\W*$"
)
# Just before a disclosure phrase: it names someone's offending history.
_PAST_CONVICTIONS = re.compile(
    r"\b(?:(?:previous|prior|past|historic|historical|spent|unspent) (?:\w+ )?(?:convictions?|"
    r"offences?|offending|cautions?|charges?)|(?:has|had|have|with|holds?) (?:an? |two |three |"
    r"several |multiple |many |\d+ )?(?:\w+ )?(?:convictions?|cautions?)|(?:has|had|have|with) "
    r"(?:previous|previously|form|priors)) (?:for|of|including)"
    r"(?: (?:an?|the|two|several|multiple|serious|non recent))?\W*$"
)
_CHILD_OBJECT = re.compile(r"\W+(?:her|him|them|me)\b")
# Inside a disclosure phrase, or at its end: the child as its object ("abused her sexually").
_CHILD_OBJECT_WITHIN = re.compile(r" (?:her|him|them|me)\b")
# After a disclosure phrase in its sentence: the child was not the one it happened to. Plain
# form: `\b(was not involved|...)\b`, in the order below; only tested for a match.
_NOT_ABOUT_CHILD = re.compile(
    context.led_by_letter(
        (
            "was not involved", "wasn't involved", "were not involved", "not involved",
            "nothing happened", "not (?:a|the) victim", "no disclosure", "denies", "denied",
            r"victim (?:is|was|being) (?:an? )?(?:adult|woman|grown|(?:\w+ )?(?:adult|woman|"
            "female adult))",
            *context.one_per_word("was|is|as", " (?:a |the )?(?:witness|bystander)"),
        ),
        r"\w",
        r"\b",
    )
)  # fmt: skip
# Just after a disclosure phrase: it happened to an adult, or between adults ("the rape of an
# adult woman", "intercourse between the parents"). `_ADULT_VICTIM` alone follows a phrase that
# itself ends in "of" ("rape of").
_ADULT_VICTIM = (
    r"[ ,]+(?:an? |two |several |the )?(?:(?:adult|grown|elderly|older) (?:woman|women|man|men|"
    r"female|females|male|males)|woman|women)\b"
)
_ADULTS_AFTER = re.compile(
    r"[ ,]+(?:of|on|against|upon)" + _ADULT_VICTIM + r"|[ ,]+between (?:the |her |his |their )?"
    r"(?:parents|adults|carers|mum|mother|dad|father)\b"
)
_ADULT_VICTIM_AFTER_OF = re.compile(_ADULT_VICTIM)
# Just before a disclosure phrase: the act is one someone performs or gives ("performing a sex
# act on", "made to give oral sex to").
_PERFORMED = re.compile(r"\b(?:perform(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given)(?: an?| the)?\W*$")
# A disclosure phrase that starts with a passive verb ("was groomed"): the person just before it
# is the one it happened to.
_PASSIVE_START = ("was ", "were ", "been ", "is ", "being ", "got ")
_AGE_FOLLOWER = re.compile(
    r"\s*(?:old\s+)?(?:as (?:her|his|their) )?(boy ?friend|bf|partner|man|male|men|males|lad|guy|"
    r"friend|fella|adult)\b"
)


class EventSignals:
    """The signals of one event; spans are in the event's own text.

    A plain slotted class rather than a dataclass: one is made for every relevant event of
    every child, and a dataclass with default factories costs three times as much to build.
    """

    __slots__ = (
        "_age",
        "births",
        "event",
        "hits",
        "indicators",
        "key",
        "norm",
        "offence_spans",
        "related_adult",
        "sexual_offence",
        "stops",
    )

    def __init__(
        self,
        event: ScreenEvent,
        births: tuple[date, ...],
        related_adult: bool = False,
        key: tuple[datetime, str, str] | None = None,
    ) -> None:
        self.event = event
        # Chronological order (time, agency, event id), computed once for every sort.
        self.key = key or (event.occurred_at, event.agency, event.source_id)
        self.births = births
        self.related_adult = related_adult
        self.norm = ""
        # `norm` as the sentence functions read it (`context.stop_copy`), once it is known.
        self.stops = ""
        self.hits: list[Hit] = []
        self.sexual_offence = False
        self.offence_spans: list[Span] = []
        self.indicators: dict[str, list[Span]] = {}
        self._age: int | None = -1

    @property
    def age(self) -> int | None:
        """The child's age at the event (computed on first use)."""
        if self._age == -1:
            self._age = age_at(self.births, self.event.occurred_at)
        return self._age

    def add_indicator(self, kind: str, span: Span | None = None) -> None:
        """Record an indicator of this kind, with the text span that shows it if any."""
        spans = self.indicators.setdefault(kind, [])
        if span is not None:
            spans.append(span)


@dataclass(slots=True)
class ChildAnalysis:
    """A child's chronology in time order, with each event's signals."""

    child: ScreenChild
    events: list[EventSignals]
    by_type: dict[str, list[EventSignals]] = field(default_factory=dict)
    # Results several rules share (e.g. the sexual-offence reports), computed once per child.
    shared: dict[str, Any] = field(default_factory=dict)
    # The events whose text was read through its markup, by event ref (`markup`): `events` hold
    # the plain text, and findings' spans are mapped back to the record's own.
    plain: dict[int, Plain] = field(default_factory=dict)

    def of_type(self, *types: str) -> list[EventSignals]:
        """The analysed events of these types, in time order."""
        if len(types) == 1:
            return self.by_type.get(types[0], [])
        out = [sig for t in types for sig in self.by_type.get(t, [])]
        out.sort(key=_KEY)
        return out


# The event types `_structured` reads anything from; it leaves every other event as it is.
_STRUCTURED_TYPES = frozenset(
    {"missing_report", "missing_episode", "absence", "exclusion", "sexual_health", "assessment",
     "crime", "incident"}
)  # fmt: skip


def _structured(sig: EventSignals) -> None:
    event = sig.event
    etype = event.type
    if etype in ("missing_report", "missing_episode"):
        sig.add_indicator("missing")
    elif etype in ("absence", "exclusion"):
        sig.add_indicator("school")
    elif etype == "sexual_health" and sig.age is not None and sig.age < 16:
        sig.add_indicator("sexual_health")
    elif etype == "assessment" and event.code:
        for kind in cin_factor_kinds(event.code):
            sig.add_indicator(kind)
    elif etype == "crime" and event.code and is_sexual_offence_code(event.code):
        sig.sexual_offence = True
    elif etype == "incident" and event.code:
        if is_sexual_incident_category(event.code):
            sig.sexual_offence = True
        if is_missing_incident_category(event.code):
            sig.add_indicator("missing")


def _someone_else_was_the_victim(norm: str, hit: Hit, sentence: Span) -> bool:
    """Whether the sentence makes someone other than the child the one it happened to, or names
    someone's record rather than an event."""
    if not norm.endswith(" by", hit.start, hit.end) and context.other_person_after(norm, hit.end):
        return True  # "assaulted her sister" ("abused by her uncle" names the abuser)
    if context.other_person_after(
        norm, hit.end, after_preposition=True
    ) and not _CHILD_OBJECT_WITHIN.search(norm, hit.start, hit.end):
        return True  # "the sexual assault of her friend" (not "raped her on her friend's bed")
    after = _ADULT_VICTIM_AFTER_OF if norm.endswith(" of", hit.start, hit.end) else _ADULTS_AFTER
    if after.match(norm, hit.end) and not _PERFORMED.search(
        norm, max(0, hit.start - 30), hit.start
    ):
        # "the rape of an adult woman", "intercourse between the parents"; but the adult of "seen
        # performing a sex act on an adult male" is the other party, not the one it happened to.
        return True
    if norm.startswith(_PASSIVE_START, hit.start) and context.other_person_before(
        norm, hit.start, sentence[0]
    ):
        return True  # "her sister was groomed": the passive verb is the phrase's own first word
    if _PAST_CONVICTIONS.search(norm, max(sentence[0], hit.start - 60), hit.start):
        return True  # "previous convictions for sexual assault": someone's record, not a report
    if _CHILD_OBJECT.match(norm, hit.end) or _CHILD_OBJECT_WITHIN.search(norm, hit.start, hit.end):
        # The child is its object: "her uncle was sexually inappropriate with her", "her
        # brother's friend abused her sexually".
        return False
    # "her friend was raped", "her sister's sexual assault"
    return context.other_person_before(norm, hit.start, sentence[0], as_victim=True)


def _disclosure_counts(sig: EventSignals, hit: Hit, sentence: Span) -> bool:
    norm = sig.norm
    if context.is_negated(norm, hit.start, sentence[0], window=4):
        return False
    before = max(sentence[0], hit.start - 60)
    if _NOT_A_REPORT.search(norm, before, hit.start):
        return False
    talk = _TALKED_ABOUT.search(norm, before, hit.start)
    if talk and not _TOLD_OF_EVENT.search(norm, talk.end() - 5, hit.start):
        return False  # "we talked about rape and consent"
    if _NOT_ABOUT_CHILD.search(norm, hit.end, min(len(norm), sentence[1] + 120)):
        return False
    if _someone_else_was_the_victim(norm, hit, sentence):
        return False
    for title in sig.hits:
        if (
            title.kind == OFFENCE_TITLE
            and title.start <= hit.start
            and hit.end <= title.end
            and not _REPORTED_TITLE.search(norm, max(sentence[0], title.start - 40), title.start)
        ):
            # An offence title names the law, not what happened, unless it is what someone
            # reported ("report of sexual activity with a child under 16").
            return False
    if hit.name in ("force", "exchange"):
        return sig.age is None or sig.age < 18
    # Sexual activity: an offence under 16 whoever the other party is.
    if sig.age is not None:
        return sig.age < 16
    return sig.related_adult or context.adults_near(norm, hit.start, hit.end, sentence)


# The family and those who care for the child, as givers of a gift.
_FAMILY_WORDS = (
    r"(?:mum|mom|mother|dad|father|parents?|grand\w*|nan|nana|gran|aunt\w*|uncle|family|brother|"
    r"sister|carers?|foster carers?|social worker|school|key ?worker)s?"
)
# In a gift phrase or just after it: the family gave it ("presents from her grandparents", "new
# clothes bought for her by her foster carer").
_FROM_FAMILY = re.compile(
    rf"\b(?:(?:from|by) (?:her|his|their|the) {_FAMILY_WORDS}|for (?:her |his |their )?"
    r"(?:christmas|birthday|eid|diwali|hanukkah)|with "
    r"(?:her|his|their) (?:own )?(?:money|wages|pocket money|paper round money|savings|birthday "
    r"money))\b"
)
# In a gift phrase or just after it: a giver outside the family ("from an older male").
_FROM_SOMEONE_ELSE = re.compile(
    r"\bfrom (?:an? |some |this |that |the )?(?:older |unknown |adult |new )?(?:man|male|men|males|"
    r"adults?|person|people|stranger|strangers|guy|guys|lad|lads|boys?|friend of)\b"
)
# In a sexual-health phrase's sentence: the subject was taught, not a visit or a result.
_TEACHING = re.compile(
    r"\b(?:(?:pshe|rse|sre) (?:lessons?|sessions?|class|classes|curriculum)|(?:lessons?|"
    r"sessions?|assembly|workshop|class|talk) (?:on|about)|in (?:a|the) (?:pshe|rse|sre)\b|"
    r"taught|teaching|curriculum)"
)


# Just before a gift phrase: the family bought or gave it ("foster carer bought her a new phone").
_FAMILY_GAVE = re.compile(
    rf"\b{_FAMILY_WORDS} (?:has |have |had )?"
    r"(?:bought|buys|buying|got|gets|gave|gives|given|purchased|replaced|provided|paid for)\b"
)


# After the bare gift word "unexplained": what is unexplained is not a possession.
_UNEXPLAINED_OTHER = re.compile(
    r" (?:absences?|injur(?:y|ies)|bruis\w*|marks?|weight loss|symptoms?|pain|illness|behaviour|"
    r"lateness|sickness|missing episodes?)\b"
)


def _not_from_family(norm: str, hit: Hit, sentence: Span) -> bool:
    if norm[hit.start : hit.end] == "unexplained" and _UNEXPLAINED_OTHER.match(norm, hit.end):
        return False  # "unexplained absences", "unexplained bruising": no gift
    end = min(sentence[1], hit.end + 40)
    if _FROM_SOMEONE_ELSE.search(norm, hit.start, end):
        return True  # "for her birthday from an older male": the giver, not the occasion, decides
    if _FAMILY_GAVE.search(norm, max(sentence[0], hit.start - 40), hit.start):
        return False  # "foster carer bought her a new phone"
    return _FROM_FAMILY.search(norm, hit.start, end) is None


def _not_taught(norm: str, hit: Hit, sentence: Span) -> bool:
    return _TEACHING.search(norm, sentence[0], sentence[1]) is None


# An indicator kind's `context` (indicators.yaml): what that kind needs beyond the checks every
# kind has; True when the hit still counts.
_KIND_CONTEXT: dict[str, Callable[[str, Hit, Span], bool]] = {
    "not_from_family": _not_from_family,
    "not_taught": _not_taught,
}


def kind_context_allows(kind: IndicatorKind, norm: str, hit: Hit, sentence: Span) -> bool:
    """Whether the hit passes its kind's own judgement (`context`), if the kind has one."""
    return not kind.context or _KIND_CONTEXT[kind.context](norm, hit, sentence)


def _indicator_counts(sig: EventSignals, hit: Hit, sentence: Span) -> bool:
    # Each test only rejects and has no effect, so the order does not change the answer: the
    # age test (no search) first, and the adults test before the others for a kind that needs
    # adults (it fails for most hits of such a kind, e.g. a taxi home).
    kind = _KINDS[hit.name]
    if kind.under_age is not None and (sig.age is None or sig.age >= kind.under_age):
        return False
    norm = sig.norm
    if kind.needs_adults and not context.adults_near(norm, hit.start, hit.end, sentence):
        return False
    if kind.context and not _KIND_CONTEXT[kind.context](norm, hit, sentence):
        return False
    if _BEFORE_MARKERS.search(norm[max(sentence[0], hit.start - 80) : hit.start]) is None:
        return True  # nearly every hit: one search instead of the three below
    if context.is_negated(norm, hit.start, sentence[0]):
        return False
    if _NOT_PRESENT.search(norm, max(sentence[0], hit.start - 80), hit.start):
        return False  # "no evidence that she has been in cars with adults"
    return not context.other_person_before(norm, hit.start, sentence[0])  # "mum's alcohol use"


_PARTNER_BEFORE = re.compile(
    r"\b(?:boy ?friend|bf|partner|girl ?friend|gf|fella)\W+(?:\w+\W+){0,2}$"
)
_PARTNER_AGE = re.compile(
    r"\W*(?:(?:who|that) )?(?:is|was|aged|age|now|,|\()?\W*(1[89]|[2-9]\d)\b"
    r"(?!\W*(?:%|am\b|pm\b|min|hour|hr|day|week|month|time|minute|[:.]\d))"
)


def _age_phrase_counts(sig: EventSignals, hit: Hit) -> bool:
    """An adult age written before its unit ("19 year old boyfriend", "bf 22yo")."""
    norm = sig.norm
    digits = norm[hit.start : hit.start + 2]
    number = int(digits) if digits.isdigit() else context.number_before(norm, hit.start)
    if number is None or number < 18:
        return False
    if _AGE_FOLLOWER.match(norm, hit.end) is not None:
        return True
    return _PARTNER_BEFORE.search(norm, max(0, hit.start - 40), hit.start) is not None


# Just before a partner word: whose partner it is, when it is not the child's.
_OTHERS_PARTNER = re.compile(
    rf"\b{context.OTHER_PERSON_PATTERN}(?:'s|s'|') (?:new |current |ex |former )?$"
)


def _partner_age_counts(sig: EventSignals, hit: Hit) -> bool:
    """A partner word followed by an adult age ("boyfriend is 19", "bf (22)"), when the partner
    is not someone else's ("mum's partner (34)")."""
    norm = sig.norm
    if _PARTNER_AGE.match(norm, hit.end, min(len(norm), hit.end + 24)) is None:
        return False
    return _OTHERS_PARTNER.search(norm, max(0, hit.start - 30), hit.start) is None


def within(span: Span, spans: list[Span]) -> bool:
    """Whether `span` lies inside one of `spans`."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _outside_look_alikes(hits: list[Hit], name: str) -> list[Hit]:
    """The hits not inside a look-alike of this lexicon (`look_alikes` in its YAML): "ran off
    down the corridor" holds "ran off" but reports no missing episode."""
    alikes = [(h.start, h.end) for h in hits if h.kind == LOOK_ALIKE and h.name == name]
    if not alikes:
        return hits
    return [h for h in hits if not within((h.start, h.end), alikes)]


def _text(sig: EventSignals) -> None:
    # Only disclosure and indicator hits need their sentence; language and offence-title hits
    # signal nothing here.
    sig.stops = context.stop_copy(sig.event.text, sig.norm)
    sentences = context.Sentences(sig.stops)
    for hit in _outside_look_alikes(sig.hits, SIGNAL_LOOK_ALIKE):
        kind = hit.kind
        if kind == INDICATOR:
            sentence = sentences.around(hit.start, hit.end)
            if _indicator_counts(sig, hit, sentence):
                # `sig.add_indicator(hit.name, span)`, inline: once per indicator hit.
                sig.indicators.setdefault(hit.name, []).append((hit.start, hit.end))
        elif kind == DISCLOSURE:
            sentence = sentences.around(hit.start, hit.end)
            if _disclosure_counts(sig, hit, sentence):
                sig.sexual_offence = True
                sig.offence_spans.append((hit.start, hit.end))
        elif (kind == AGE_PHRASE and _age_phrase_counts(sig, hit)) or (
            kind == PARTNER_AGE and _partner_age_counts(sig, hit)
        ):
            sig.add_indicator("older_partner", (hit.start, hit.end))
    # The related person is the other party only when the record reports an offence (the
    # suspect); on other records it may be a parent.
    if sig.related_adult and sig.offence_spans:
        sig.add_indicator("older_partner")


_KINDS = {kind.name: kind for kind in indicator_lexicon().indicators}


def _related_adult(event: ScreenEvent) -> bool:
    birth = event.related_person_birth_date
    if birth is None:
        return False
    return age_on(birth, event.occurred_at.astimezone(UK).date()) >= 18


_TEXT = attrgetter("text")
_TYPE = attrgetter("type")
_ORDER = attrgetter("occurred_at", "agency", "source_id")
_KEY = attrgetter("key")


def analyse(child: ScreenChild, scanner: Scanner) -> ChildAnalysis:
    """Detect every event's signals with one multi-pattern pass over all of the child's text.

    A note with no phrase hit signals nothing to any rule, so it is left out of the analysis.
    A text with HTML markup is read through it (`markup`): its event in the analysis is a copy
    with the text as it reads, and `plain` keeps how it reads, to map findings' spans back.
    """
    events = child.events
    texts = list(map(_TEXT, events))
    joined = join_texts(texts)
    marked = read_through(texts, joined, len(SEPARATOR))
    if marked:
        for index, read in marked.items():
            texts[index] = read.text
        joined = join_texts(texts)
    found = scanner.scan_texts(texts, joined)
    others = [index for index, etype in enumerate(map(_TYPE, events)) if etype != "note"]
    births = child.dates_of_birth
    signals = []
    get = found.get
    plains: dict[int, Plain] = {}
    for index in sorted({*found, *others}):
        e = events[index]
        through = marked.get(index)
        if through is not None:
            e = replace(e, text=through.text)
            plains[e.ref] = through
        related = e.related_person_birth_date is not None and _related_adult(e)
        sig = EventSignals(e, births, related, _ORDER(e))
        if e.type in _STRUCTURED_TYPES:  # a note signals nothing but by its text
            _structured(sig)
        entry = get(index)
        if entry is not None:
            sig.norm, sig.hits = entry
            _text(sig)
        signals.append(sig)
    signals.sort(key=_KEY)
    by_type: dict[str, list[EventSignals]] = {}
    for sig in signals:
        group = by_type.get(sig.event.type)
        if group is None:
            by_type[sig.event.type] = [sig]
        else:
            group.append(sig)
    return ChildAnalysis(child=child, events=signals, by_type=by_type, plain=plains)
