import random
import re
from bisect import bisect_right
from itertools import accumulate

from concord_engine.screening.normalise import normalise
from concord_engine.screening.scanner import (
    SEPARATOR,
    Scanner,
    _text_at,
    _white_runs,
    default_scanner,
)

_WORDS = [
    "she", "put", "herself", "at", "risk", "excluded", "from", "school", "older", "males",
    "boyfriend", "is", "19", "taxi", "raped", "sti", "still", "missing", "overnight", "new",
    "iPhone", "streetwise", "RISK-TAKING", "behaviour", "Zo\u00eb", "\u201cputting", "herself",
    "at", "risk\u201d", "\u0130stanbul", "\u03a3\u039f\u03a3", "sexually", "active", "", "-",
    "flat.", "car;", "drunk!", "'boyfriend'", "cannot", "consent,", "13", "\t", "\n",
]  # fmt: skip


def _texts(rng: random.Random, count: int, ascii_only: bool) -> list[str]:
    words = [w for w in _WORDS if w.isascii()] if ascii_only else _WORDS
    return [" ".join(rng.choices(words, k=rng.randint(0, 30))) for _ in range(count)]


def _joined_then_split(texts: list[str]) -> dict[int, tuple[str, list[tuple[str, str, int, int]]]]:
    """The analysis as first written: normalise the joined texts, scan, split the hits."""
    starts = list(accumulate((len(t) + len(SEPARATOR) for t in texts), initial=0))
    joined = normalise(SEPARATOR.join(texts))
    out: dict[int, tuple[str, list[tuple[str, str, int, int]]]] = {}
    for hit in default_scanner().scan(joined):
        index = bisect_right(starts, hit.start) - 1
        base = starts[index]
        norm = joined[base : base + len(texts[index])]
        out.setdefault(index, (norm, []))[1].append(
            (hit.kind, hit.name, hit.start - base, hit.end - base)
        )
    norms = [joined[base : base + len(text)] for base, text in zip(starts, texts, strict=False)]
    return _across_white_runs(texts, out, norms)


_RUN = re.compile("[ \t\r\n\u00a0]{2,}")


def _spans_a_run(phrase: str) -> bool:
    return any(_line_breaks(run) <= 1 for run in _RUN.findall(phrase))


def _line_breaks(run: str) -> int:
    return run.count("\n") + run.count("\r") - run.count("\r\n")


def _shortened_scan(text: str) -> list[tuple[str, str, int, int]]:
    """The hits of the text with every run of white space that can split a phrase read as one
    space, mapped back to the text's offsets: a plain walk over maximal runs. Such a run is two
    or more characters long, holds at most one line break (a `\\r\\n` is one), and has a letter
    or digit on each side."""
    white = " \t\r\n\u00a0"
    kept: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] in white:
            j += 1
        run = text[i:j]
        if (
            run
            and len(run) >= 2
            and _line_breaks(run) <= 1
            and i > 0
            and j < len(text)
            and text[i - 1].isalnum()
            and text[j].isalnum()
        ):
            kept.append(run[0])
            origin.append(i)
            i = j
        elif run:
            kept.extend(run)
            origin.extend(range(i, j))
            i = j
        else:
            kept.append(text[i])
            origin.append(i)
            i += 1
    hits = default_scanner().scan(normalise("".join(kept)))
    return [(h.kind, h.name, origin[h.start], origin[h.end - 1] + 1) for h in hits]


def _across_white_runs(
    texts: list[str],
    out: dict[int, tuple[str, list[tuple[str, str, int, int]]]],
    norms: list[str],
) -> dict[int, tuple[str, list[tuple[str, str, int, int]]]]:
    """Each text takes the hits of its shortened scan (see `_shortened_scan`: the same as its
    plain scan where it has no run to shorten); `norms` holds each text's normalised form as the
    reference took it."""
    for index, text in enumerate(texts):
        hits = _shortened_scan(text)
        if hits:
            out[index] = (norms[index], hits)
        else:
            out.pop(index, None)
    return dict(sorted(out.items()))


def _scan_texts(texts: list[str]) -> dict[int, tuple[str, list[tuple[str, str, int, int]]]]:
    return {
        index: (norm, [(h.kind, h.name, h.start, h.end) for h in hits])
        for index, (norm, hits) in default_scanner().scan_texts(texts).items()
    }


def test_scanning_texts_together_gives_what_the_joined_scan_gave():
    rng = random.Random(3)
    for ascii_only in (True, False):
        for _ in range(200):
            texts = _texts(rng, rng.randint(0, 12), ascii_only)
            assert _scan_texts(texts) == _joined_then_split(texts)


def _scanned_alone(
    scanner: Scanner, texts: list[str]
) -> dict[int, tuple[str, list[tuple[str, str, int, int]]]]:
    """What `scan_texts` should give: each text scanned on its own, those with hits."""
    expected: dict[int, tuple[str, list[tuple[str, str, int, int]]]] = {}
    for index, text in enumerate(texts):
        hits = [(h.kind, h.name, h.start, h.end) for h in scanner.scan(normalise(text))]
        if hits:
            expected[index] = (normalise(text), hits)
    return _across_white_runs(texts, expected, [normalise(text) for text in texts])


def test_ascii_texts_get_their_own_normal_form_and_hits():
    rng = random.Random(4)
    scanner = default_scanner()
    for _ in range(200):
        texts = _texts(rng, rng.randint(0, 12), ascii_only=True)
        assert _scan_texts(texts) == _scanned_alone(scanner, texts)


def test_a_phrase_never_matches_across_two_texts():
    found = default_scanner().scan_texts(["she put herself", "at risk", "", "excluded"])
    assert set(found) == {3}
    norm, hits = found[3]
    assert norm == "excluded"
    assert {(h.start, h.end) for h in hits} == {(0, 8)}


def _text_at_plain(texts: list[str], position: int) -> int:
    """The text at `position` of `SEPARATOR.join(["", *texts, ""])`, by walking the texts."""
    start = len(SEPARATOR)
    for index, text in enumerate(texts):
        if position < start + len(text) + len(SEPARATOR):
            return index
        start += len(text) + len(SEPARATOR)
    raise AssertionError("past the last text")


def test_text_at_finds_the_text_the_joined_string_holds_there():
    rng = random.Random(9)
    for _ in range(300):
        # Runs of empty and one-letter texts, so the separators outweigh the text before a hit.
        texts = ["x" * rng.choice((0, 0, 0, 1, 2, 5, 40)) for _ in range(rng.randint(1, 150))]
        preceding = list(accumulate(map(len, texts), initial=0))
        joined = SEPARATOR.join(["", *texts, ""])
        for position in range(len(SEPARATOR), len(joined) - len(SEPARATOR)):
            index = _text_at(preceding, position)
            assert index == _text_at_plain(texts, position), (texts, position)


def test_many_texts_with_few_hits_as_scanned_alone():
    rng = random.Random(10)
    scanner = default_scanner()
    for _ in range(100):
        texts = [
            rng.choice(("", "", "a", "ok", "seen at home", "at risk", "she was missing"))
            for _ in range(rng.randint(0, 200))
        ]
        assert _scan_texts(texts) == _scanned_alone(scanner, texts)


def test_punctuation_outside_ascii_reads_as_a_space():
    scanner = default_scanner()
    for text in (
        "She is putting herself at risk\u2026",  # an ellipsis
        "\u2022putting herself at risk",  # a bullet
        "putting\u200bherself at risk",  # a zero-width space
        "putting herself at risk\u3002",  # an ideographic full stop
        "\u00abputting herself at risk\u00bb",  # guillemets
    ):
        norm = normalise(text)
        names = {hit.name for hit in scanner.scan(norm)}
        assert "putting_self_at_risk" in names, text
        assert scanner.scan_texts([text])[0][1] == scanner.scan(norm), text


def test_letters_and_digits_outside_ascii_do_not_read_as_spaces():
    scanner = default_scanner()
    # "risk\u00e9" is one word, so "at risk" is not in it; "\u0661" is an Arabic-Indic digit.
    for text in ("putting herself at risk\u00e9", "putting herself at risk\u0661"):
        assert not any(hit.name == "putting_self_at_risk" for hit in scanner.scan(normalise(text)))


def test_a_phrase_split_by_a_run_of_white_space_is_found():
    scanner = default_scanner()
    for text in (
        "She is putting herself\r\nat risk.",  # Windows line ends
        "She is putting herself \nat risk.",  # a wrapped line
        "She is putting\r\n  herself at risk.",
        "She is putting herself       \r\nat risk.",  # a padded line, longer than before
        "She is putting herself  at risk.",  # a typed double space
        "She is putting herself at \u00a0risk.",  # a space and a no-break space
        "She is putting herself \t at risk.",
    ):
        found = scanner.scan_texts(["Seen at home.", text])
        hits = [hit for hit in found[1][1] if hit.name == "putting_self_at_risk"]
        assert hits, text
        longest = max(hits, key=lambda hit: hit.end - hit.start)
        assert " ".join(text[longest.start : longest.end].split()) == "putting herself at risk"


def test_a_blank_line_stays_a_paragraph_break():
    for text in (
        "Risk\r\n\r\nTaking the bus home.",
        "Risk \n\nTaking the bus home.",
        "Risk  \n  \n  Taking the bus home.",
    ):
        found = default_scanner().scan_texts([text])
        assert not any(hit.name == "risk_taking_framing" for hit in found.get(0, ("", []))[1])


def test_only_runs_between_two_words_are_rescanned():
    # A run after a stop, at a paragraph break, at a text's edge or of one character cannot
    # split a phrase, so it is not reported (and its text is not scanned again); the others
    # are, in each text's own offsets, however they start.
    texts = [
        "She said it was at risk.\r\nTaking the bus home.",
        "Seen at home\r\n\r\nMum present",
        "putting herself\r\nat risk",
        "ok \n",
        "a \t\nb and c\n  d",
        "putting  herself at   risk",
        "x \u00a0y\tz \t w",
        "end.  Next  line",
    ]
    joined = SEPARATOR.join(["", *texts, ""])
    preceding = list(accumulate(map(len, texts), initial=0))
    assert _white_runs(joined, preceding) == {
        2: [(15, 17)],
        4: [(1, 4), (11, 14)],
        5: [(7, 9), (19, 22)],
        6: [(1, 3), (6, 9)],
        7: [(10, 12)],
    }
    found = default_scanner().scan_texts(texts[:1])
    assert not any(hit.name == "risk_taking_framing" for hit in found.get(0, ("", []))[1])


def test_scans_across_white_runs_match_a_scan_of_the_shortened_text():
    rng = random.Random(41)
    gaps = (
        " ", " ", " ", " ", "\r\n", " \n", "\n", "  ", "\t", ". ", ".\r\n", "\n\n ", "   ",
        " \t", "\t\t", "\u00a0 ", " \u00a0", "\r", "\r \n", "     \n  ", ".  ",
    )  # fmt: skip
    words = [w for w in _WORDS if w.strip()]
    spanned = 0
    for _ in range(600):
        texts = [
            "".join(w + rng.choice(gaps) for w in rng.choices(words, k=rng.randint(0, 25)))
            for _ in range(rng.randint(1, 6))
        ]
        found = default_scanner().scan_texts(texts)
        for index, text in enumerate(texts):
            expected = _shortened_scan(text)
            hits = found[index][1] if index in found else []
            got = [(h.kind, h.name, h.start, h.end) for h in hits]
            assert got == expected, (text, got, expected)
            if text.isascii():
                assert index not in found or found[index][0] == normalise(text)
            spanned += sum(_spans_a_run(text[h.start : h.end]) for h in hits)
        assert list(found) == sorted(found)
    assert spanned > 60
