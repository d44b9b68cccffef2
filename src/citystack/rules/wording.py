"""What a quote's words name and how sure they sound: stems of words, the terms of an element, hedges.

Words are case-folded and reduced to their Snowball (Porter 2) English stems by
``snowballstemmer``, so "cities", "city" and "city's" all name a city. A term (an element's name,
its id read as words, or one of its ``aliases``) is named by a quote when every content word of
the term occurs in the quote; function words ("the", "of", "and"...) are not required.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import snowballstemmer

from citystack.model import Element
from citystack.rules.quotes import normalise

__all__ = ["element_terms", "hedge_words", "names_term", "stems", "unnamed"]

_WORD = re.compile(r"[^\W_]+")
_ID_SEPARATORS = re.compile(r"[_.\-]+")
# Function words a term may carry that a quote naming the thing need not repeat.
_FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as"),
        *("its", "their", "his", "her", "is", "are", "was", "be", "no", "not", "than", "other", "such"),
    }
)
# Conditional or predictive wording: the source says it may or will happen, not that it does.
_HEDGES = re.compile(
    r"\b(?:may|might|could|can|would|will be possible|will|likely|unlikely|possibly|perhaps|expected to)\b"
)


@cache
def _stemmer() -> snowballstemmer.stemmer:  # one stemmer per process; building it reads tables
    return snowballstemmer.stemmer("english")


def stems(text: str) -> list[str]:
    """The stems of the words of ``text``, in order: ``"The cities' networks"`` → ``["the", "citi", "network"]``."""
    words = _WORD.findall(normalise(text))
    return list(_stemmer().stemWords(words))


def _content(text: str) -> frozenset[str]:
    words = [w for w in _WORD.findall(normalise(text)) if len(w) > 1 and w not in _FUNCTION_WORDS]
    return frozenset(_stemmer().stemWords(words))


def element_terms(element: Element) -> tuple[str, ...]:
    """The terms that name an element: its name, its id read as words, and its declared aliases."""
    return (element.name, _ID_SEPARATORS.sub(" ", element.id), *element.aliases)


def names_term(quote_stems: Iterable[str], term: str) -> bool:
    """Whether a quote (given as its stems) names ``term``: every content word of the term occurs in it."""
    wanted = _content(term)
    return bool(wanted) and wanted <= set(quote_stems)


def unnamed(quote: str, elements: Iterable[Element]) -> list[Element]:
    """The elements (in the order given) that the quote names by none of their terms."""
    found = set(stems(quote))
    return [e for e in elements if not any(names_term(found, term) for term in element_terms(e))]


def hedge_words(quote: str) -> list[str]:
    """The conditional or predictive words of a quote, in order: ``["may"]`` for "may be able to control"."""
    return [match.group() for match in _HEDGES.finditer(normalise(quote))]
