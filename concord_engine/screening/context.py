"""Context around a phrase in normalised text: sentence, negation, correction, quotation, adults."""

import re
from collections.abc import Iterable

from .normalise import WHITE_CLASS, is_paragraph_break

# A regex search tries the whole pattern at every position, unless the pattern starts with a
# literal, a character class or a choice of literals: then it first skips, in C, the positions
# whose character cannot start a match. The patterns searched most are written so (the plain
# forms are in the comments; `test_context_fast_paths` holds each to its plain form).


def led_by_letter(alternatives: Iterable[str], before: str, after: str = "") -> str:
    """`(?<!{before})(?:{alternatives}){after}` with each branch led by its literal first letter.

    Each alternative is a regex that starts with a plain lower-case letter; `before` is a one-
    character class that must not precede it (`\\w` for a word boundary). The same positions
    match; which alternative does (so where a match ends) may differ: for a test of whether any
    match exists.
    """
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not ("a" <= alternative[0] <= "z"):
            raise ValueError(f"not led by a plain letter: {alternative!r}")
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        f"{first}(?<!{before}{first})(?:{'|'.join(rests)}){after}"
        for first, rests in by_first.items()
    )


# Plain form: `[.!?;]\s|[.!?]$|\s\s+|\x00` (each match starts and ends where that one does).
_SENTENCE_END = re.compile(r"[.!?;\s\x00](?:(?<=[.!?;])\s|(?<=[.!?])$|(?<=\s)\s+|(?<=\x00))")
_NEGATORS = frozenset(
    {
        "not", "never", "cannot", "can't", "cant", "no", "nor", "isn't", "wasn't", "aren't",
        "weren't", "doesn't", "don't", "didn't", "shouldn't", "mustn't", "won't", "denies",
        "denied", "deny", "denying", "without", "nil", "neither", "unable", "longer",
    }
)  # fmt: skip
_LIST_WORDS = frozenset({"any", "or", "and", "nor", "either"})
_WORD = re.compile(r"[a-z0-9']+")


def one_per_word(words: str, rest: str) -> tuple[str, ...]:
    """`(?:{words}){rest}` as one alternative per word, each led by the word's first letter."""
    return tuple(f"{word}{rest}" for word in words.split("|"))


# Markers that, before the phrase in its sentence, mark it as a wrong or superseded label. Plain
# form: `\b(rather than|...)`, in the order below; only tested for a match.
_PRE_CORRECTION = re.compile(
    led_by_letter(
        (
            "rather than", "instead of", "no longer", "even if", "even though", "not as",
            # Denied as a claim ("it is not the case that she is putting herself at risk").
            "not the case that", "not true that", "untrue that", "not correct that",
            "wrong to say",
            # Said to be absent ("there was no suggestion that she was attention seeking").
            "no (?:suggestion|evidence|indication) that", "nothing to suggest that",
            # Guidance on the word itself ("staff were told not to describe her as ...").
            *one_per_word(
                "told|asked|reminded|advised",
                " not to (?:describe|refer to|call|label|use|say|write)",
            ),
            *one_per_word(
                "previously|wrongly|incorrectly|inappropriately|originally|mistakenly|once",
                " (?:been |being )?(?:described|recorded|referred to|labelled|labeled|noted|"
                "called|seen)",
            ),
            "should (?:not|never) be (?:described|referred to|seen|viewed|recorded|labelled|"
            "called)",
            *one_per_word(
                "do|does|did|should|must",
                " not (?:describe|refer to|call|label|see|view|record|say|use|write)",
            ),
            "not (?:be )?(?:described|referred to|seen|viewed|labelled|called) as",
            *one_per_word(
                "term|terms|phrase|phrases|word|words|language|label|labels|wording|description|"
                "descriptions",
                " (?:such as|like)?",
            ),
            # Advice about the words ("avoid terms like 'promiscuous'").
            "avoid (?:using|saying|writing|describing|terms|words|phrases|language|labels|"
            "labelling|labeling)",
        ),
        r"\w",
    )
)  # fmt: skip
# Markers anywhere in the sentence (or the next one) that the wording was challenged or replaced.
# Plain form: `\b(victim blaming|...)`, in the order below; only tested for a match.
_ANY_CORRECTION = re.compile(
    led_by_letter(
        (
            "victim blaming", "victim blame", "blaming language",
            "inappropriate (?:language|term|terminology|wording|description|phrase)",
            *one_per_word(
                "language|term|terminology|wording|description|phrase|label",
                " (?:was|were|has been|have been|is|is being) (?:challenged|corrected|replaced|"
                "amended|removed|withdrawn|inappropriate|unhelpful|not appropriate|wrong|"
                "incorrect|victim blaming)",
            ),
            "challenged (?:the|this|that|their|his|her) (?:language|term|terminology|wording|"
            "description|label|view|framing|phrase)",
            *one_per_word(
                "this|that|which",
                " (?:was|has been|is) (?:challenged|corrected|amended|rejected|disputed|wrong|"
                "incorrect|inaccurate|untrue|not accepted|a myth)",
            ),
            "cannot consent", "can't consent", "unable to consent", "not able to consent",
            "cannot legally consent", "no child can consent", "not capable of consenting",
            "cannot give consent",
        ),
        r"\w",
    )
)  # fmt: skip
# Plain form: `\b(said|says|...)\b`, in the order below; only tested for a match.
_SPEECH = re.compile(
    led_by_letter(
        (
            "said", "says", "say", "saying", "stated", "states", "state", "told", "tells", "tell",
            "described", "describes", "describing", "reported", "reports", "disclosed",
            "discloses", "explained", "explains", "replied", "replies", "added", "adds",
            "commented", "comments", "called", "calls", "calling", "call", "words", "quoted",
            "quote", "quotes", "wrote", "writes", "texted", "messaged", "asked", "asks",
            "shouted", "admitted", "admits", "claimed", "claims", "claiming", "felt", "feels",
            "insisted", "insists", "maintains", "maintained", "refers", "referred", "referring",
            "according to", "in (?:her|his|their) (?:own )?words", "voice", "view", "views",
            "wishes", "feelings", "account",
        ),
        r"\w",
        r"\b",
    )
)  # fmt: skip
# An adult age: 18 to 99, each form led by its first digit.
_ADULT_AGES = ("1[89]", *(rf"{tens}\d" for tens in "23456789"))
_ADULT_AGE = "(?:1[89]|[2-9]\\d)"
# Plain form: `\b(older|adults?|grown|{age} ?(?:years? old|...)|aged {age}|is {age}|\({age}\)|
# (?<=, ){age}(?=,)|men|males?|man|m{age}|(?:sex|known|registered) offenders?|in (?:his|their)
# (?:twenties|...))\b`;
# only tested for a match. Here each branch is led by a literal: the letters' through
# `led_by_letter`, an age by its first digit (the boundary behind it), and "(" (the plain form's
# boundaries want a word character before it and after the ")").
ADULTS = re.compile(
    "|".join(
        (
            led_by_letter(
                (
                    # Not "a year older", "six months older", "a bit older": a peer.
                    "o(?<!year o)(?<!months o)(?<!bit o)(?<!slightly o)(?<!little o)lder",
                    "adults?", "grown", f"aged {_ADULT_AGE}", f"is {_ADULT_AGE}", "men",
                    "males?", "man", f"m{_ADULT_AGE}", "sex offenders?", "known offenders?",
                    "registered offenders?",
                    "in (?:his|their) (?:twenties|thirties|forties|fifties|20s|30s|40s|50s)",
                ),
                r"\w",
                r"\b",
            ),
            *(
                rf"{age[0]}(?<!\w{age[0]}){age[1:]} ?(?:years? old|yrs? old|yo|y/o)\b"
                for age in _ADULT_AGES
            ),
            *(rf"{age[0]}(?<=, {age[0]}){age[1:]}(?=,)" for age in _ADULT_AGES),
            rf"\((?<=\w\(){_ADULT_AGE}\)(?=\w)",
        )
    )
)  # fmt: skip
_NUMBER_BEFORE = re.compile(r"(\d{1,2}) ?$")
PEER_AGE = re.compile(
    r"\b(1[0-7]) ?(?:years? old|yrs? old|yo|y/o)\b|\baged (1[0-7])\b|\((1[0-7])\)|"
    r"\bboth (?:aged )?1[0-7]\b|\bsame (?:age|year group|school year)\b|"
    r"\bin (?:the same|her|his|their) (?:year|class|form)\b|\b(?:a |her |his )?peer\b"
)


# A sentence stop: ". ", "! ", "? ", "; ", two spaces, or the NUL that separates joined texts.
# Plain form: `[.!?;] |  |\x00`.
_STOP = re.compile(r"[.!?; \x00](?:(?<=\x00)|(?<!\x00) )")
# The last stop in a span: the greedy prefix backs off from the span's end to the nearest stop.
_LAST_STOP = re.compile(r"(?s:.*)(?:[.!?;] |  |\x00)")


# A run of white space in a record's own text: two or more characters.
_WHITE_RUN = re.compile(WHITE_CLASS + "{2,}")


def stop_copy(text: str, norm: str) -> str:
    """`norm` (the normalised `text`) as the sentence functions read it: where the text has a run
    of two or more white-space characters with at most one line break (a Windows line end, a
    wrapped line, a typed double space), the run reads as one space and filler, so it is no
    stop; a blank line stays one, as a stop or punctuation before the run does. The same rule as
    the scanner's (`scanner._white_runs`), so a phrase that spans a run lies in one sentence, and
    "she is not\r\nputting herself at risk" is negated like "she is not putting herself at
    risk". Returns `norm` itself when it has no two spaces in a row."""
    if "  " not in norm:
        return norm
    parts: list[str] = []
    position = 0
    for match in _WHITE_RUN.finditer(text):
        if is_paragraph_break(match.group()):
            continue
        start, end = match.span()
        parts.append(norm[position : start + 1])
        parts.append("\x01" * (end - start - 1))
        position = end
    if not parts:
        return norm
    parts.append(norm[position:])
    return "".join(parts)


def sentence_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence holding [start, end).

    The sentence opens after the last stop that ends by `start` (looking back 400 characters,
    else at 0) and closes one character into the first stop at or after `end`.
    """
    last = _LAST_STOP.match(norm, max(0, start - 400), start)
    following = _STOP.search(norm, end)
    return (
        last.end() if last else 0,
        following.start() + 1 if following else len(norm),
    )


class Sentences:
    """`sentence_bounds` for the scanner's hits in one text, the search shared by the hits of a
    sentence: a hit that starts at or after the last searched one, and ends at or after it but
    before that sentence's closing stop, is in the same sentence, and gets its bounds.

    Exact because hits are whole words of the scan copy: no stop lies inside a hit, so none lies
    between the two starts, nor between the two ends; the opening stop must also be one that the
    later hit's 400-character look-back still reaches. Anything else is searched afresh.
    """

    __slots__ = ("_bounds", "_end", "_norm", "_start")

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._start = self._end = -1
        self._bounds = (0, 0)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding the hit [start, end), as `sentence_bounds`."""
        bounds = self._bounds
        opening = bounds[0]
        if (
            self._start <= start
            and self._end <= end < bounds[1]
            and (opening == 0 or start <= opening + 398)
        ):
            return bounds
        bounds = self._bounds = sentence_bounds(self._norm, start, end)
        self._start, self._end = start, end
        return bounds


def next_sentence(norm: str, end: int) -> tuple[int, int]:
    """Where the sentence after the one ending at `end` lies (up to 200 characters), as
    [start, end) of `norm`; empty when there is none within 200 characters."""
    match = _SENTENCE_END.search(norm, end, min(len(norm), end + 200))
    if match is None:
        return end, end
    begin = match.end()
    # The search ends where a 200-character slice from `begin` would: `$` matches there too.
    limit = min(len(norm), begin + 200)
    stop = _SENTENCE_END.search(norm, begin, limit)
    return begin, stop.start() + 1 if stop else limit


# Any negating word at all (as `_WORD` would split it): without one, nothing can negate. Plain
# form: `(?<![a-z0-9'])(?:not|never|...)(?![a-z0-9'])|n't(?![a-z0-9'])`; only tested for a match.
ANY_NEGATOR = re.compile(
    led_by_letter(
        sorted(map(re.escape, _NEGATORS), key=len, reverse=True), "[a-z0-9']", "(?![a-z0-9'])"
    )
    + r"|n't(?![a-z0-9'])"
)


def is_negated(norm: str, start: int, sentence_start: int, window: int = 3) -> bool:
    """Whether one of the `window` words before the phrase (same sentence) negates it."""
    before = norm[max(sentence_start, start - 80) : start]
    if ANY_NEGATOR.search(before) is None:
        return False  # most phrases: one search instead of splitting the words
    # Coordinating words do not count towards the window, so a negation reaches along a list:
    # "denies any alcohol or drug use".
    words = [w for w in _WORD.findall(before) if w not in _LIST_WORDS]
    last = len(words) - 1
    for i in range(max(0, len(words) - window), len(words)):
        word = words[i]
        if word in _NEGATORS or word.endswith("n't"):
            if word == "no" and 0 < i < last and words[i - 1] in _SAYING:
                continue  # "too drunk to say no and he had sex with her": a refusal, reported
            return True
    return False


# Before "no", these make it a word someone said ("told him no") rather than a determiner; it
# then negates nothing after it unless the phrase follows it at once ("said no sex took place").
_SAYING = frozenset(
    {"say", "says", "said", "saying", "told", "tell", "tells", "telling", "shouted", "screamed",
     "yelled", "him", "them"}
)  # fmt: skip


# Before the phrase: it is quoted from an earlier record ("the previous note describing her as
# ..."); it is a correction only if the sentence or the next also judges that wording.
_EARLIER_LABEL = re.compile(
    r"\b(?:earlier|previous|prior|old|original|past|historic|historical) (?:[a-z]+ )?"
    r"(?:notes?|records?|entry|entries|recording|assessments?|reports?|descriptions?|referrals?|"
    r"plans?)(?: [a-z]+){0,2}? (?:describing|describes|described|calling|called|labelling|"
    r"labelled|labeling|labeled|referring to|referred to|stating|stated|said|says)\b"
)
_JUDGED_WRONG = re.compile(
    r"\b(?:wrong|wrongly|incorrect|incorrectly|inaccurate|untrue|challenged|replaced|corrected|"
    r"amended|withdrawn|inappropriate|not appropriate|victim blaming|a myth|rejected|disputed)\b"
)


def is_corrected(
    norm: str, start: int, end: int, sentence: tuple[int, int], stops: str = ""
) -> bool:
    """Whether the phrase is marked as a challenged, wrong or superseded description. `stops`
    is `stop_copy(text, norm)` where the caller has it: the next sentence is found in it."""
    stops = stops or norm
    sentence_start, sentence_end = sentence
    if _PRE_CORRECTION.search(norm, max(sentence_start, start - 80), start):
        return True
    if _EARLIER_LABEL.search(norm, max(sentence_start, start - 80), start) and (
        _JUDGED_WRONG.search(norm, sentence_start, sentence_end)
        or _JUDGED_WRONG.search(norm, *next_sentence(stops, end))
    ):
        return True
    # This sentence and the next (which ends at most 400 characters after the phrase, see
    # `next_sentence`) both lie within [sentence_start, reach), and a marker found in either is
    # found there too: with none there, one search instead of four.
    reach = max(sentence_end, min(len(norm), end + 400))
    if _ANY_CORRECTION.search(norm, sentence_start, reach) is None:
        return False
    if _ANY_CORRECTION.search(norm, sentence_start, sentence_end):
        return True
    # Searched in place rather than in a slice: the next sentence starts after a space, a NUL or
    # a stop, so a word boundary at its start reads the same either way.
    after_start, after_end = next_sentence(stops, end)
    return _ANY_CORRECTION.search(norm, after_start, after_end) is not None


_QUOTE_CHARS = re.compile("[\"']")


def quote_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of quoted passages: double quotes, and single quotes that are not apostrophes."""
    if '"' not in norm and "'" not in norm:
        return []  # most notes: two scans in C instead of the regex
    spans: list[tuple[int, int]] = []
    size = len(norm)
    open_double = -1
    open_single = -1
    for match in _QUOTE_CHARS.finditer(norm):
        i = match.start()
        if norm[i] == '"':
            if open_double < 0:
                open_double = i
            else:
                spans.append((open_double, i + 1))
                open_double = -1
            continue
        prev_alnum = i > 0 and norm[i - 1].isalnum()
        next_alnum = i + 1 < size and norm[i + 1].isalnum()
        if open_single < 0 and not prev_alnum and next_alnum:
            open_single = i
        elif open_single >= 0 and not next_alnum:
            spans.append((open_single, i + 1))
            open_single = -1
    return spans


def enclosing_quote(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quoted passage that contains [start, end), if any."""
    for q_start, q_end in spans:
        if q_start < start and end <= q_end:
            return q_start, q_end
    return None


def is_attributed(norm: str, quote: tuple[int, int]) -> bool:
    """Whether a quotation is attributed to someone (child, parent, suspect): a speech verb or
    a colon just before it, or a speech verb just after it."""
    q_start, q_end = quote
    before = norm[max(0, q_start - 60) : q_start]
    if before.rstrip().endswith(":") or _SPEECH.search(before):
        return True
    after = norm[q_end : q_end + 40]
    stop = re.search(r"[.!?]", after)
    return _SPEECH.search(after[: stop.start()] if stop else after) is not None


def adults_near(norm: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the sentence around the phrase describes an adult or older other party."""
    s_start, s_end = sentence
    return ADULTS.search(norm, s_start, s_end) is not None


def peer_age_near(norm: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence gives the other party an age under 18."""
    return PEER_AGE.search(norm, sentence[0], sentence[1]) is not None


def number_before(norm: str, start: int) -> int | None:
    """The number written just before a phrase (e.g. the 19 of "19 year old")."""
    match = _NUMBER_BEFORE.search(norm, max(0, start - 4), start)
    return int(match.group(1)) if match else None


# Someone other than the child: a parent, relative or other young person.
OTHER_PERSON_PATTERN = (
    r"(?:mum|mom|mother|dad|father|step ?dad|step ?father|step ?mum|step ?mother|parents?|"
    r"parental|carers?|foster carers?|grandmother|grandfather|nan|grandad|uncle|aunt|aunty|"
    r"auntie|cousin|brother|sister|sibling|siblings|friend|friends|classmate|peer|peers|"
    r"another (?:girl|boy|pupil|child|young person|student|resident)|(?:a|the|one) (?:girl|boy|"
    r"pupil|student|resident) (?:in|at|from) (?:her|his|the) (?:class|year|school|home|unit))"
)
_CHILD_WORDS = frozenset(
    {"she", "he", "her", "him", "they", "them", "yp", "child", "herself", "himself", "i", "me"}
)
# The other person is the one reporting or finding, not the one the phrase is about.
_REPORTING = frozenset(
    {
        "said", "says", "say", "stated", "states", "state", "told", "tells", "reported", "reports",
        "reporting", "disclosed", "found", "finds", "find", "saw", "sees", "seen", "noticed",
        "notices", "noted", "notes", "believes", "believe", "thinks", "think", "worried",
        "concerned", "explained", "explains", "called", "calls", "rang", "phoned", "confirmed",
        "confirms", "heard", "hears", "asked", "asks", "informed", "informs", "alleges", "alleged",
        "suspects", "suspected", "discovered", "discovers", "describes", "described", "advised",
        "advises", "raised", "raises", "shared", "shares", "became",
    }
)  # fmt: skip
# A word that every match of `OTHER_PERSON_PATTERN` holds at a word boundary: its first word, or
# for "a girl in her class" and the like the noun. Each is a prefix, so "parent" covers
# "parental".
OTHER_PERSON_WORDS = (
    "mum", "mom", "mother", "dad", "father", "step", "parent", "carer", "foster", "grand", "nan",
    "uncle", "aunt", "cousin", "brother", "sister", "sibling", "friend", "classmate", "peer",
    "another", "girl", "boy", "pupil", "student", "resident",
)  # fmt: skip
_OWNER_BEFORE = re.compile(rf"\b{OTHER_PERSON_PATTERN}('s|s'|')?((?:\W+[a-z0-9']+){{0,4}})\W*$")
_PASSIVE = frozenset({"was", "were", "been", "is", "being", "got"})
# Someone else named as a person: "her older sister", "another girl in her class".
_OTHER_PERSON_NAMED = (
    rf"(?:(?:her|his|their|a|an|another|the) )?(?:(?:older|younger|best|school) )?"
    rf"{OTHER_PERSON_PATTERN}\b"
)
_VICTIM_AFTER = re.compile(rf"\W+{_OTHER_PERSON_NAMED}")
# After a phrase that names the act: the person it was done to ("the rape of her sister", "a
# sexual assault on her friend"), not a place of theirs ("on her friend's sofa").
_VICTIM_OF = re.compile(rf"\W+(?:of|on|against|upon) {_OTHER_PERSON_NAMED}(?!'|s')")


def other_person_before(
    norm: str, start: int, sentence_start: int, *, as_victim: bool = False
) -> bool:
    """Whether the phrase belongs to a parent, relative or peer named in the four words before
    it ("mum's alcohol use", "her friend was raped", "mum has a history of heroin use"), with
    no word for the child in between.

    With `as_victim`, the other person must be the one it happened to (a possessive or a passive
    verb: "her sister's rape", "a friend was assaulted"), not the one who did it ("her dad
    touched her")."""
    match = _OWNER_BEFORE.search(norm, max(sentence_start, start - 50), start)
    if match is None:
        return False
    between = _WORD.findall(match.group(2))
    if between[1:] in (["being"], ["having", "been"]) and between[0] in _REPORTING:
        return True  # "her cousin disclosed being raped": the one telling is the one it happened to
    if any(w in _CHILD_WORDS or w in _REPORTING for w in between):
        return False  # "mum found her drunk", "carer states an older male ..."
    return not as_victim or match.group(1) is not None or any(w in _PASSIVE for w in between)


def other_person_after(norm: str, end: int, *, after_preposition: bool = False) -> bool:
    """Whether the words just after the phrase name someone else as its object ("raped her
    sister"), or, with `after_preposition`, as the one it was done to after "of", "on",
    "against" or "upon" ("the sexual assault of her friend")."""
    pattern = _VICTIM_OF if after_preposition else _VICTIM_AFTER
    return pattern.match(norm, end) is not None
