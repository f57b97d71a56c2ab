import random
from bisect import bisect_right
from itertools import accumulate

from concord_engine.screening.normalise import normalise
from concord_engine.screening.scanner import SEPARATOR, Scanner, _text_at, default_scanner

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
    return out


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
    return expected


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
