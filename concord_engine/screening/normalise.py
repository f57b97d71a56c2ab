"""Normalise text for matching without moving any character: offsets stay valid in the original."""

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


def normalise(text: str) -> str:
    """Lower-case, straighten quotes and read dashes as spaces; the result has the same length."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower-case to two (e.g. "İ"); keep one character per character.
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_TABLE)
