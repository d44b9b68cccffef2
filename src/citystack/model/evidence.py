"""Sources, the evidence that ties a box or arrow to a sentence, and facts with their units."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import Field

from citystack.model.base import MAX_ITEMS, Frozen, Id, LongText, Name, Quote, Url

__all__ = ["AltValue", "Evidence", "Fact", "Source", "Status", "weakest_status"]


class Status(StrEnum):
    """How sure a model is of an item, from surest to least sure.

    ``asserted``: a source states it; ``hedged``: a source says it conditionally or as a
    prediction (may, could, can, will be possible, is expected to); ``inferred``: the modeller
    reads it from the sources; ``contested``: sources disagree.
    """

    ASSERTED = "asserted"
    HEDGED = "hedged"
    INFERRED = "inferred"
    CONTESTED = "contested"


class Source(Frozen):
    """A publication a model cites: the paper itself or one of its footnote sources."""

    id: Id
    title: Name
    authors: tuple[Name, ...] = Field(default=(), max_length=50)
    publisher: Name | None = None
    date: Name | None = None
    url: Url | None = None
    note: LongText = ""


class Evidence(Frozen):
    """Why an element, relation, fact or claim is in the model.

    ``asserted`` and ``hedged`` items carry a verbatim ``quote`` (a hedged one says it
    conditionally); ``inferred`` items carry a ``reason``, and may quote the sentence the
    inference rests on; ``contested`` items name the ``competing`` sources. The checks enforce those pairings, so a
    malformed piece of evidence is reported with every other problem rather than refused alone.
    """

    source: Id
    locator: Name | None = None
    quote: Quote | None = None
    footnote: int | None = Field(default=None, ge=1, le=999)
    status: Status = Status.ASSERTED
    reason: LongText | None = None
    competing: tuple[Id, ...] = Field(default=(), max_length=20)


def weakest_status(evidence: Iterable[Evidence]) -> Status:
    """The least sure status among the evidence (contested, inferred, hedged, then asserted); asserted if none."""
    statuses = {e.status for e in evidence}
    for status in (Status.CONTESTED, Status.INFERRED, Status.HEDGED):
        if status in statuses:
            return status
    return Status.ASSERTED


class AltValue(Frozen):
    """A competing value for a contested fact, with the source that gives it."""

    value: float
    source: Id
    locator: Name | None = None
    note: LongText = ""


class Fact(Frozen):
    """A number a source states, with its unit, the period it covers, what it is about and how sure it is."""

    id: Id
    label: Name
    value: float
    unit: Name
    period: Name | None = None
    about: tuple[Id, ...] = Field(default=(), max_length=MAX_ITEMS)
    evidence: tuple[Evidence, ...] = Field(default=(), max_length=20)
    alternatives: tuple[AltValue, ...] = Field(default=(), max_length=20)

    @property
    def status(self) -> Status:
        """The weakest status among the fact's evidence (contested, inferred, hedged, then asserted)."""
        return weakest_status(self.evidence)

    def display_value(self) -> str:
        """The value as a reader expects it: ``144`` not ``144.0``."""
        return str(int(self.value)) if self.value.is_integer() else f"{self.value:g}"
