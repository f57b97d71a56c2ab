"""The context helpers' fast paths give what the plain versions give, on random text."""

import random
import re

from concord_engine.screening import context
from concord_engine.screening.context import Sentences, is_negated, sentence_bounds
from concord_engine.screening.language import _ADOPTED_FRAMING, _OFFENCE_PREFIX
from concord_engine.screening.lexicon import language_lexicon
from concord_engine.screening.normalise import normalise
from concord_engine.screening.scanner import default_scanner
from concord_engine.screening.signals import _BEFORE_MARKERS, _NOT_A_REPORT, _NOT_ABOUT_CHILD

_PIECES = [
    "she", "not", "never", "can't", "don't", "cannot", "nor", "any", "or", "and", "denies",
    "won't", "isn't", "notable", "nothing", "knot", "n't", "'", "at risk", "drunk", "1", "13",
    ". ", "! ", "? ", "; ", "  ", "   ", "\x00", ".", ",", ";", " ", " ", " ", "\u00e9", "'s",
    "no", "no", "said", "told him", "say", "she", "he",
]  # fmt: skip


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(0, 60)))


def _is_negated_plain(norm: str, start: int, sentence_start: int, window: int = 3) -> bool:
    before = norm[max(sentence_start, start - 80) : start]
    words = [w for w in re.findall(r"[a-z0-9']+", before) if w not in context._LIST_WORDS]
    # Each word with the one before it and whether it is the last; a "no" said ("told him no")
    # and not just before the phrase does not negate.
    finals = [i == len(words) - 1 for i in range(len(words))]
    pairs = list(zip(["", *words][: len(words)], words, finals, strict=True))
    return any(
        (word in context._NEGATORS or word.endswith("n't"))
        and not (word == "no" and previous in context._SAYING and not final)
        for previous, word, final in pairs[-window:]
    )


_STOPS = (". ", "! ", "? ", "; ", "  ", "\x00")


def _sentence_bounds_plain(norm: str, start: int, end: int) -> tuple[int, int]:
    """The bounds as first written: search for each stop on both sides."""
    low = max(0, start - 400)
    left = 0
    for stop in _STOPS:
        found = norm.rfind(stop, low, start)
        if found >= 0 and found + len(stop) > left:
            left = found + len(stop)
    right = len(norm)
    for stop in _STOPS:
        found = norm.find(stop, end)
        if 0 <= found < right:
            right = found + 1
    return left, right


def test_sentence_bounds_equal_searching_for_each_stop():
    rng = random.Random(11)
    for _ in range(3000):
        norm = _text(rng) if rng.random() < 0.9 else _text(rng) * 12  # some past 400 chars
        for _ in range(10):
            start = rng.randint(0, len(norm))
            end = rng.randint(start, len(norm))
            expected = _sentence_bounds_plain(norm, start, end)
            assert sentence_bounds(norm, start, end) == expected, (norm, start, end)


def test_sentence_bounds_at_the_edges():
    for norm in ("", "x", ". ", "  ", "   ", "\x00", "a. b", "a.  b  c", ".  ", "\x00 . "):
        for start in range(len(norm) + 1):
            for end in range(start, len(norm) + 1):
                assert sentence_bounds(norm, start, end) == _sentence_bounds_plain(norm, start, end)


def test_negation_fast_path_agrees_with_splitting_the_words():
    rng = random.Random(12)
    for _ in range(5000):
        norm = _text(rng)
        start = rng.randint(0, len(norm))
        sentence_start = rng.randint(0, start)
        window = rng.choice((3, 4))
        assert is_negated(norm, start, sentence_start, window) == _is_negated_plain(
            norm, start, sentence_start, window
        ), (norm, start, sentence_start)


def _hit_text(rng: random.Random, phrases: list[str]) -> str:
    """Lexicon phrases among filler, stops and punctuation, some texts past 400 characters."""
    pieces = [*_PIECES, "she went to the park", "x" * rng.randint(1, 120), "a.b", "a;b"]
    parts = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(pieces) for _ in range(60)]
    return "".join(part + rng.choice(("", " ", " ", ". ", "  ", ",")) for part in parts)


def test_shared_sentence_search_gives_the_bounds_of_each_hit():
    rng = random.Random(13)
    scanner = default_scanner()
    lexicon = language_lexicon()
    phrases = [phrase for family in lexicon.families for phrase in family.phrases[:3]]
    phrases += ["drunk", "missing", "sexual assault", "older males", "boyfriend is 19"]
    reused = 0
    for _ in range(400):
        norm = normalise(_hit_text(rng, phrases))
        hits = scanner.scan(norm)
        orders = (hits, sorted(hits, key=lambda h: (h.start, -(h.end - h.start))), hits[::-1])
        for order in orders:
            sentences = Sentences(norm)
            for hit in order:
                before = sentences._start, sentences._end
                bounds = sentences.around(hit.start, hit.end)
                reused += (sentences._start, sentences._end) == before
                assert bounds == sentence_bounds(norm, hit.start, hit.end), (norm, hit)
    assert reused > 1000  # the shared search is taken, not only the fresh one


def test_shared_sentence_search_past_the_look_back():
    # The opening stop is more than 400 characters before a later hit of the same sentence.
    for gap in range(390, 410):
        norm = "a. " + "drunk " + "x " * gap + "drunk. b"
        hits = [h for h in default_scanner().scan(norm) if h.name]
        sentences = Sentences(norm)
        for hit in hits:
            assert sentences.around(hit.start, hit.end) == sentence_bounds(norm, hit.start, hit.end)


def _next_sentence_plain(norm: str, end: int) -> str:
    """The next sentence as first written: a slice, cut at its own first stop."""
    match = context._SENTENCE_END.search(norm, end, min(len(norm), end + 200))
    if match is None:
        return ""
    chunk = norm[match.end() : match.end() + 200]
    stop = context._SENTENCE_END.search(chunk)
    return chunk[: stop.start() + 1] if stop else chunk


def _is_corrected_plain(norm: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    if context._PRE_CORRECTION.search(norm, max(sentence[0], start - 80), start):
        return True
    if context._ANY_CORRECTION.search(norm, sentence[0], sentence[1]):
        return True
    return context._ANY_CORRECTION.search(_next_sentence_plain(norm, end)) is not None


_CORRECTION_PIECES = [
    "victim blaming", "this language was challenged", "the term was replaced", "cannot consent",
    "she cannot consent", "xcannot consent", "challenged the wording", "that was corrected",
    "inappropriate language", "rather than", "previously described", "promiscuous", "!", "?",
    "x" * 150, "\u00e9cannot consent", "0cannot consent", "_cannot consent",
]  # fmt: skip


def test_next_sentence_searched_in_place_as_in_a_slice():
    rng = random.Random(14)
    corrected = 0
    for _ in range(4000):
        parts = [rng.choice(_PIECES + _CORRECTION_PIECES) for _ in range(rng.randint(0, 40))]
        norm = "".join(p + rng.choice(("", " ", ". ", "  ", "!", "\x00")) for p in parts)
        end = rng.randint(0, len(norm))
        start = rng.randint(0, end)
        span_start, span_end = context.next_sentence(norm, end)
        assert norm[span_start:span_end] == _next_sentence_plain(norm, end), (norm, end)
        sentence = sentence_bounds(norm, start, end)
        expected = _is_corrected_plain(norm, start, end, sentence)
        assert context.is_corrected(norm, start, end, sentence) == expected, (norm, start, end)
        corrected += expected
    assert corrected > 500


def test_correction_searched_once_over_both_sentences():
    # Long sentences (past the 400 characters), markers just inside and just outside the reach
    # of the next sentence, and texts that end early.
    rng = random.Random(16)
    pieces = _PIECES + _CORRECTION_PIECES + ["y" * 190, "z " * 120]
    seen = {True: 0, False: 0}
    for _ in range(4000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, 30))]
        norm = "".join(p + rng.choice(("", " ", ". ", "  ", "\x00")) for p in parts)
        end = rng.randint(0, len(norm))
        start = rng.randint(max(0, end - 30), end)
        sentence = sentence_bounds(norm, start, end)
        expected = _is_corrected_plain(norm, start, end, sentence)
        assert context.is_corrected(norm, start, end, sentence) == expected, (norm, start, end)
        seen[expected] += 1
    for gap in range(370, 430):
        # The marker in the same sentence, or in the one after it, past the 400 characters.
        for stop in ("", ". "):
            norm = f"she is promiscuous{stop} " + "w " * (gap // 2) + "victim blaming"
            sentence = sentence_bounds(norm, 7, 18)
            expected = _is_corrected_plain(norm, 7, 18, sentence)
            assert context.is_corrected(norm, 7, 18, sentence) == expected, (gap, stop)
            seen[expected] += 1
    assert min(seen.values()) > 500, seen


def _quote_spans_plain(norm: str) -> list[tuple[int, int]]:
    """`quote_spans` without the early return for text with no quote character."""
    spans: list[tuple[int, int]] = []
    open_double = open_single = -1
    for i, char in enumerate(norm):
        if char == '"':
            if open_double < 0:
                open_double = i
            else:
                spans.append((open_double, i + 1))
                open_double = -1
        elif char == "'":
            prev_alnum = i > 0 and norm[i - 1].isalnum()
            next_alnum = i + 1 < len(norm) and norm[i + 1].isalnum()
            if open_single < 0 and not prev_alnum and next_alnum:
                open_single = i
            elif open_single >= 0 and not next_alnum:
                spans.append((open_single, i + 1))
                open_single = -1
    return spans


def test_quote_spans_as_when_every_character_is_read():
    rng = random.Random(15)
    quoted = 0
    for _ in range(3000):
        norm = _text(rng) + rng.choice(("", '"', "'", " 'x' ", ' "a b" '))
        assert context.quote_spans(norm) == _quote_spans_plain(norm), norm
        quoted += bool(_quote_spans_plain(norm))
    assert quoted > 300


# The patterns rewritten to lead with a literal or a class, each with its plain form.
_PLAIN_STOP = re.compile(r"[.!?;] |  |\x00")
_PLAIN_SENTENCE_END = re.compile(r"[.!?;]\s|[.!?]$|\s\s+|\x00")
_PLAIN_ANY_NEGATOR = re.compile(
    r"(?<![a-z0-9'])(?:"
    + "|".join(sorted(map(re.escape, context._NEGATORS), key=len, reverse=True))
    + r")(?![a-z0-9'])|n't(?![a-z0-9'])"
)
_PLAIN_BEFORE_MARKERS = re.compile(
    rf"{_PLAIN_ANY_NEGATOR.pattern}|\b(?:no|den|never|{'|'.join(context.OTHER_PERSON_WORDS)})"
)
# Near misses on either side of a word: letters, digits, "_", an apostrophe, a non-ASCII letter,
# and each kind of whitespace that `\s` reads.
_EDGES = [
    "x", "9", "_", "'", "\u00e9", "\t", "\n", "\u2003", "a", "'s", "n't", "xn't", "n'tx",
    "mum", "xmum", "mumx", "nan", "nano", "den", "denver", "step", "grand", "no", "not", "knot",
]  # fmt: skip


def _edgy_text(rng: random.Random) -> str:
    pieces = _PIECES + _EDGES + list(context.OTHER_PERSON_WORDS) + sorted(context._NEGATORS)
    words = (rng.choice(pieces) + rng.choice(("", " ", "  ")) for _ in range(rng.randint(0, 12)))
    return "".join(words)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_patterns_led_by_a_literal_find_what_their_plain_forms_find():
    rng = random.Random(31)
    found = {"stop": 0, "end": 0, "negator": 0, "marker": 0}
    for _ in range(40000):
        text = _edgy_text(rng)
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        # The stops: the same span, searched in place (as the callers do).
        stop = _span(context._STOP.search(text, pos, endpos))
        assert stop == _span(_PLAIN_STOP.search(text, pos, endpos)), (text, pos, endpos)
        end = _span(context._SENTENCE_END.search(text, pos, endpos))
        assert end == _span(_PLAIN_SENTENCE_END.search(text, pos, endpos)), (text, pos, endpos)
        # The markers: whether there is one, in a slice and in place.
        window = text[pos:endpos]
        negator = context.ANY_NEGATOR.search(window) is not None
        assert negator == (_PLAIN_ANY_NEGATOR.search(window) is not None), window
        marker = _BEFORE_MARKERS.search(window) is not None
        assert marker == (_PLAIN_BEFORE_MARKERS.search(window) is not None), window
        in_place = _BEFORE_MARKERS.search(text, pos, endpos) is not None
        assert in_place == (_PLAIN_BEFORE_MARKERS.search(text, pos, endpos) is not None)
        found["stop"] += stop is not None
        found["end"] += end is not None
        found["negator"] += negator
        found["marker"] += marker and not negator
    # Each finds something often and misses often, so the test can fail.
    assert all(2000 < count < 38000 for count in found.values()), found


def test_led_by_letter_reads_the_character_before_the_first_letter():
    pattern = re.compile(context.led_by_letter(["no", "nan", "den"], r"\w", r"\b"))
    for text, expected in (
        ("no", True), ("xno", False), ("_no", False), ("\u00e9no", False), ("'no", True),
        (" nan", True), ("nano", False), ("9den", False), (".den", True), ("", False),
    ):  # fmt: skip
        assert (pattern.search(text) is not None) is expected, text


_PLAIN_PRE_CORRECTION = re.compile(
    r"\b(rather than|instead of|no longer|even if|even though|not as|not the case that|"
    r"not true that|untrue that|not correct that|wrong to say|"
    r"(?:previously|wrongly|incorrectly|inappropriately|originally|mistakenly|once) "
    r"(?:been |being )?(?:described|recorded|referred to|labelled|labeled|noted|called|seen)|"
    r"should (?:not|never) be (?:described|referred to|seen|viewed|recorded|labelled|called)|"
    r"(?:do|does|did|should|must) not (?:describe|refer to|call|label|see|view|record|say|use|"
    r"write)|not (?:be )?(?:described|referred to|seen|viewed|labelled|called) as|"
    r"(?:term|terms|phrase|phrases|word|words|language|label|labels|wording|description|"
    r"descriptions) (?:such as|like)?|avoid (?:using|saying|writing|describing|terms|words|"
    r"phrases|language|labels|labelling|labeling))"
)
_PLAIN_ANY_CORRECTION = re.compile(
    r"\b(victim blaming|victim blame|blaming language|inappropriate (?:language|term|terminology|"
    r"wording|description|phrase)|(?:language|term|terminology|wording|description|phrase|label)"
    r" (?:was|were|has been|have been|is|is being) (?:challenged|corrected|replaced|amended|"
    r"removed|withdrawn|inappropriate|unhelpful|not appropriate|wrong|incorrect|victim blaming)|"
    r"challenged (?:the|this|that|"
    r"their|his|her) (?:language|term|terminology|wording|description|label|view|framing|phrase)"
    r"|(?:this|that|which) (?:was|has been|is) (?:challenged|corrected|amended|rejected|disputed|"
    r"wrong|incorrect|inaccurate|untrue|not accepted|a myth)|"
    r"cannot consent|can't consent|unable to consent|not able to consent|cannot legally consent|"
    r"no child can consent|not capable of consenting|cannot give consent)"
)
_PLAIN_OFFENCE_PREFIX = re.compile(
    r"\b(offences? of|charged with|arrested (?:for|on suspicion of)|on suspicion of|convicted of|"
    r"suspicion of|crime of|investigat\w+ (?:into|for)|s\.? ?\d+[a-z]?|section \d+[a-z]?|"
    r"possession of|possessing|making|distributing|legacy (?:offence|crime) title|"
    r"recorded as|classified as|crime type|offence title)\W*$"
)
# Whole markers and their words, glued to near misses or spaced, so that each pattern both
# matches and misses often.
_MARKERS = [
    "victim blaming", "victim blame", "blaming language", "inappropriate wording",
    "language was challenged", "label is being replaced", "challenged her view",
    "this was corrected", "which is a myth", "that has been rejected", "this is untrue",
    "cannot consent", "can't consent", "no child can consent",
    "rather than", "instead of", "no longer", "even though", "not as", "previously described",
    "once been seen", "wrongly being labelled", "should never be called", "did not call",
    "must not record", "not be labelled as", "not seen as", "term such as", "words like",
    "phrase", "charged with", "arrested for", "arrested on suspicion of", "s. 12a", "s 9",
    "s.47", "section 12", "investigated into", "investigation for", "legacy crime title",
    "crime type", "offence title", "offences of", "making", "possessing",
    "terms like", "labels such as", "descriptions", "should not say", "must not use",
    "avoid using", "avoid labelling", "avoid", "avoiding terms",
    "not the case that", "not true that", "untrue that", "not correct that", "wrong to say",
]  # fmt: skip


def _marker_text(rng: random.Random) -> str:
    pieces = _MARKERS + [w for m in _MARKERS for w in m.split()] + _EDGES + _PIECES
    words = (
        rng.choice(pieces) + rng.choice(("", " ", " ", ": ")) for _ in range(rng.randint(0, 8))
    )
    return "".join(words)


def test_marker_patterns_led_by_a_letter_match_where_their_plain_forms_do():
    pairs = {
        "pre": (context._PRE_CORRECTION, _PLAIN_PRE_CORRECTION),
        "any": (context._ANY_CORRECTION, _PLAIN_ANY_CORRECTION),
        "offence": (_OFFENCE_PREFIX, _PLAIN_OFFENCE_PREFIX),
    }
    rng = random.Random(32)
    found = dict.fromkeys(pairs, 0)
    for _ in range(30000):
        text = _marker_text(rng)
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        for name, (fast, plain) in pairs.items():
            # In place (as the callers search) and in a slice.
            hit = fast.search(text, pos, endpos) is not None
            assert hit == (plain.search(text, pos, endpos) is not None), (name, text, pos)
            window = text[pos:endpos]
            assert (fast.search(window) is None) == (plain.search(window) is None), (name, window)
            found[name] += hit
    assert all(200 < count < 29000 for count in found.values()), found


def test_led_by_letter_takes_only_alternatives_led_by_a_plain_letter():
    for bad in (r"\bno", "(?:a|b)c", "Xy", "9s"):
        try:
            context.led_by_letter([bad], r"\w")
        except ValueError:
            continue
        raise AssertionError(bad)


_PLAIN_ADULTS = re.compile(
    r"\b((?<!year )(?<!months )(?<!bit )(?<!slightly )(?<!little )older|adults?|grown|"
    r"(?:1[89]|[2-9]\d) ?(?:years? old|yrs? old|yo|y/o)|aged "
    r"(?:1[89]|[2-9]\d)|is (?:1[89]|[2-9]\d)|\((?:1[89]|[2-9]\d)\)|"
    r"(?<=, )(?:1[89]|[2-9]\d)(?=,)|men|males?|man|m(?:1[89]|[2-9]\d)|"
    r"(?:sex|known|registered) offenders?|"
    r"in (?:his|their) (?:twenties|thirties|forties|fifties|20s|30s|40s|50s))\b"
)
_AGES = [
    "older", "adult", "adults", "grown", "17", "18", "19", "25", "99", "100", "9", "1", "years old",
    "year old", "yrs old", "yo", "y/o", "aged", "is", "(", ")", "(19)", "(17)", ",", ", ", ", 19,",
    "men", "male", "males", "man", "m", "m19", "m17", "in", "his", "their", "twenties", "30s",
    "in his twenties", "in their 30s", "19 years old", "22yo", "40 y/o", "aged 18", "is 20",
    "sex", "offender", "offenders", "sex offender", "sex offenders", "sexoffenders",
    "known", "registered", "known offenders", "registered offender", "knownoffenders",
    "a year older", "year", "months", "bit", "slightly", "little", "six months older",
    "a bit older", "slightly older", "a little older", "yearolder",
]  # fmt: skip


def test_adults_led_by_a_literal_matches_where_its_plain_form_does():
    rng = random.Random(33)
    pieces = _AGES + _EDGES
    found = 0
    for _ in range(40000):
        gaps = ("", "", " ", "  ", ", ")
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 8)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        hit = context.ADULTS.search(text, pos, endpos) is not None
        assert hit == (_PLAIN_ADULTS.search(text, pos, endpos) is not None), (text, pos, endpos)
        window = text[pos:endpos]
        assert (context.ADULTS.search(window) is None) == (_PLAIN_ADULTS.search(window) is None)
        found += hit
    assert 2000 < found < 38000, found
    # The rarer forms, each way round.
    for text, expected in (
        ("x(19)y", True), ("x (19) y", False), ("(19)y", False), ("x(19)", False),
        ("a, 19, b", True), ("a,19, b", False), ("a, 19 ,", False), ("a, 17, b", False),
        ("m19", True), ("am19", False), ("19yo", True), ("119yo", False), ("19 y/o", True),
    ):  # fmt: skip
        assert (context.ADULTS.search(text) is not None) is expected, text
        assert (_PLAIN_ADULTS.search(text) is not None) is expected, text


_PLAIN_SPEECH = re.compile(
    r"\b(said|says|say|saying|stated|states|state|told|tells|tell|described|describes|describing|"
    r"reported|reports|disclosed|discloses|explained|explains|replied|replies|added|adds|"
    r"commented|comments|called|calls|calling|call|words|quoted|quote|quotes|wrote|writes|"
    r"texted|messaged|asked|asks|shouted|admitted|admits|claimed|claims|claiming|felt|feels|"
    r"insisted|insists|maintains|maintained|refers|referred|referring|according to|"
    r"in (?:her|his|their) (?:own )?words|voice|view|views|wishes|feelings|account)\b"
)
_PLAIN_ADOPTED_FRAMING = re.compile(
    r"\b(no (?:further )?(?:safeguarding )?concerns?|no further action|nfa|not a (?:safeguarding )?"
    r"concern|not a safeguarding matter|case closed|no action required)\b"
)
_PLAIN_NOT_A_REPORT = re.compile(
    r"\b(no disclosures?|not disclosed?|did not disclose|didn't disclose|has not disclosed|"
    r"denie[sd]|denying|deny|no (?:evidence|indication|suggestion|concerns?|allegations?|reports?"
    r"|signs?) (?:of|that|about|regarding|re)|nothing to suggest|risks? of|at risk|vulnerable to|"
    r"vulnerability to|protect \w+ from|prevent\w*|awareness|education (?:on|about)|"
    r"sessions? (?:on|about)|keep(?:ing)? safe|healthy relationships|what (?:is|constitutes)|"
    r"rumou?rs? (?:\w+ ){0,3}(?:of|about|that)|gossip|hearsay|"
    r"if (?:anyone|someone|anybody|somebody|ever|he|they|a man|an adult)|what to do if|"
    r"how to (?:report|recognise|spot|stay safe)|in case|would (?:tell|report|know)|"
    r"worried (?:that )?(?:\w+ ){0,2}(?:could|might|would) be|signs of|"
    r"(?:learning|lesson|work|session|discussion) "
    r"(?:(?!(?:she|he|they|yp|i|the child|the young person) )\w+ ){0,2}about|"
    r"advice (?:\w+ ){0,2}(?:on|about|re|regarding|around)|"
    r"advised (?:her|him|them|yp|the yp|the child) (?:on|about|re|regarding|around)|"
    r"(?:news|film|programme|documentary|article|book|podcast|soap|storyline|tv show|series) "
    r"(?:\w+ ){0,2}(?:about|covering|featuring)|"
    r"jok(?:e|es|ed|ing) (?:that|about)|as a joke|banter|the word|graffiti|"
    r"(?:nobody|no one|noone) (?:should|is allowed|has the right|can|may)|"
    r"pants (?:rule|lesson|session|resources?)|underwear rule|"
    r"(?:terms?|phrases?|words|language|labels?) (?:such as|like)|"
    r"avoid (?:using|saying|writing|describing|terms|words|phrases|language|labels))\b"
)
_PLAIN_NOT_ABOUT_CHILD = re.compile(
    r"\b(was not involved|wasn't involved|were not involved|not involved|nothing happened|"
    r"not (?:a|the) victim|no disclosure|denies|denied|"
    r"victim (?:is|was|being) (?:an? )?(?:adult|woman|grown|(?:\w+ )?(?:adult|woman|female adult))|"
    r"(?:was|is|as) (?:a |the )?(?:witness|bystander))\b"
)
_REPORT_PHRASES = [
    "said", "saying", "according to", "in her own words", "in their words", "views", "account",
    "no further concerns", "no safeguarding concern", "no further action", "nfa", "not a concern",
    "case closed", "no disclosure", "not disclose", "did not disclose", "no evidence of",
    "no signs about", "risk of", "at risk", "protect her from", "prevention", "preventing",
    "keeping safe", "keep safe", "rumours that", "rumor of", "rumours about him", "if anyone",
    "if a man", "what to do if", "how to stay safe", "would tell", "worried that she could be",
    "worried he might be", "talked about", "spoke to her about", "work on about", "denies",
    "denied", "was not involved", "nothing happened", "not the victim", "victim is an adult",
    "victim was a woman", "victim being older adult", "as a witness", "was the bystander",
    "advice given about", "advice on", "advised her on", "advised the yp about",
    "news story about", "a film about", "tv show about", "news on", "no joke", "joke",
    "joked that", "joking about", "as a joke", "banter", "the word", "graffiti", "nobody should",
    "no one is allowed", "pants rule", "underwear rule", "terms like", "words such as",
    "avoid using", "avoid terms",
]  # fmt: skip


def test_report_patterns_led_by_a_letter_match_where_their_plain_forms_do():
    pairs = {
        "speech": (context._SPEECH, _PLAIN_SPEECH),
        "adopted": (_ADOPTED_FRAMING, _PLAIN_ADOPTED_FRAMING),
        "not a report": (_NOT_A_REPORT, _PLAIN_NOT_A_REPORT),
        "not about": (_NOT_ABOUT_CHILD, _PLAIN_NOT_ABOUT_CHILD),
    }
    pieces = _REPORT_PHRASES + [w for p in _REPORT_PHRASES for w in p.split()] + _EDGES
    rng = random.Random(34)
    found = dict.fromkeys(pairs, 0)
    for _ in range(40000):
        gaps = ("", " ", " ", ". ")
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 8)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        window = text[pos:endpos]
        for name, (fast, plain) in pairs.items():
            hit = fast.search(text, pos, endpos) is not None
            assert hit == (plain.search(text, pos, endpos) is not None), (name, text, pos)
            assert (fast.search(window) is None) == (plain.search(window) is None), (name, window)
            found[name] += hit
    assert all(200 < count < 29000 for count in found.values()), found
