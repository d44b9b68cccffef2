"""Matching quotes against source texts despite typography: quotes, dashes, footnote marks, line breaks."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise", "quote_in_text"]

_SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys(_SUPERSCRIPT_DIGITS, ""),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u2026": "...",
        "*": "",  # emphasis marks of Markdown-like source texts
        "\u00ad": "",  # soft hyphen
    }
)
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*")


def normalise(text: str) -> str:
    """Fold what differs between a quote as typed and a source as extracted, and nothing more.

    Typographic quotes and apostrophes become straight ones, dashes become ``-``, footnote
    superscript digits and emphasis asterisks disappear, every run of white space (line breaks
    included) becomes one space, and case is folded: a quote that starts mid-sentence may be
    capitalised.
    """
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    return _SPACE.sub(" ", text).strip().casefold()


def quote_in_text(quote: str, normalised_text: str) -> bool:
    """Whether the quote occurs in the (already normalised) text.

    An ellipsis (``...``, ``…`` or ``[...]``) in the quote marks an omission: the parts around
    it must each occur, in order.
    """
    parts = [p for p in _ELLIPSIS.split(normalise(quote)) if p.strip()]
    if not parts:
        return False
    position = 0
    for part in parts:
        found = normalised_text.find(part.strip(), position)
        if found < 0:
            return False
        position = found + len(part.strip())
    return True
