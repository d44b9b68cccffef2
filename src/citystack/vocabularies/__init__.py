"""The shipped vocabularies (stack, market, causal chain) and resolving a vocabulary by name."""

from __future__ import annotations

from citystack.errors import CitystackError
from citystack.model.vocabulary import Vocabulary
from citystack.suggest import did_you_mean
from citystack.vocabularies.causal import CAUSAL
from citystack.vocabularies.facts import FACTS
from citystack.vocabularies.market import MARKET
from citystack.vocabularies.stack import SMART_CITY_STACK

__all__ = ["CAUSAL", "FACTS", "MARKET", "SHIPPED", "SMART_CITY_STACK", "UnknownVocabulary", "resolve_vocabulary"]

SHIPPED: dict[str, Vocabulary] = {v.id: v for v in (SMART_CITY_STACK, MARKET, CAUSAL, FACTS)}


class UnknownVocabulary(CitystackError, KeyError):
    """A model names a vocabulary that citystack does not ship."""

    def __str__(self) -> str:
        return f"unknown vocabulary {self.args[0]!r}{did_you_mean(str(self.args[0]), SHIPPED, 'shipped')}"


def resolve_vocabulary(ref: str | Vocabulary) -> Vocabulary:
    """The vocabulary a model names, or the one it gives inline."""
    if isinstance(ref, Vocabulary):
        return ref
    try:
        return SHIPPED[ref]
    except KeyError:
        raise UnknownVocabulary(ref) from None
