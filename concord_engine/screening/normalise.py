"""Normalise text for matching without moving any character: offsets stay valid in the original.

ASCII text (nearly all case notes) goes through `bytes.translate`, a table lookup per byte;
anything else through `str.translate`.
"""

# Curly quotes to straight ones, dashes and hyphens to spaces, line breaks and tabs to spaces.
_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2012": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u2015": " ",
        "\n": " ",
        "\r": " ",
        "\t": " ",
        "\u00a0": " ",
    }
)


def _ascii_table() -> bytes:
    table = bytearray(range(256))
    for upper in range(ord("A"), ord("Z") + 1):
        table[upper] = upper + 32
    for char, replacement in (("`", "'"), ("-", " "), ("\n", " "), ("\r", " "), ("\t", " ")):
        table[ord(char)] = ord(replacement)
    return bytes(table)


# The ASCII path of `normalise` as a byte table (the scanner composes it with its own).
ASCII_TABLE = _ascii_table()


def normalise(text: str) -> str:
    """Lower-case, straighten quotes and read dashes as spaces; the result has the same length."""
    if text.isascii():
        return text.encode("ascii").translate(ASCII_TABLE).decode("ascii")
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower-case to two (e.g. "İ"); keep one character per character.
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_TABLE)


# White space that can split a phrase, or a sentence, in a record's own text: a run of two or more
# of these between two words reads as one space unless it is a paragraph break (the scanner's
# `_white_runs`, the context's `stop_copy`).
WHITE = " \t\r\n\u00a0"
WHITE_CLASS = f"[{WHITE}]"


def is_paragraph_break(run: str) -> bool:
    """Whether a run of white space holds two or more line breaks (a `\\r\\n` is one): a blank
    line, which ends a paragraph."""
    return run.count("\n") + run.count("\r") - run.count("\r\n") > 1
