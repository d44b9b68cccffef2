"""A register model (vocabulary ``facts``) as rows: its facts (numbers), then its elements (named entities).

The column set is documented in ``docs/facts-dataset.md``. A footnote's own publication is the
model source whose id starts ``fn<N>-`` (``fn5-beraja-2023`` for footnote 5), the convention of
the paper's source lists; a contested number lists every competing value with its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citystack.model import Element, Evidence, Fact, Model, weakest_status

__all__ = ["COLUMNS", "AltRow", "FactRow", "fact_rows", "is_register"]

#: The columns of the CSV, in order; the JSON objects carry the same keys.
COLUMNS = (
    "id",
    "kind",
    "value",
    "unit",
    "period",
    "subject",
    "statement",
    "source",
    "footnote",
    "footnote_sources",
    "status",
    "quote",
    "alternatives",
)
REGISTER_VOCABULARY = "facts"


@dataclass(frozen=True)
class AltRow:
    """A competing value of a contested number, and the source that gives it."""

    value: str
    source: str
    note: str


@dataclass(frozen=True)
class FactRow:
    """One row of the dataset (see ``COLUMNS``)."""

    id: str
    kind: str
    value: str
    unit: str
    period: str
    subject: str
    statement: str
    source: str
    footnote: int | None
    footnote_sources: tuple[str, ...]
    status: str
    quote: str
    alternatives: tuple[AltRow, ...]


def is_register(model: Model) -> bool:
    """A model is written as a dataset when it is on the ``facts`` vocabulary."""
    return model.vocab.id == REGISTER_VOCABULARY


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _footnote_sources(model: Model, footnote: int | None) -> tuple[str, ...]:
    if footnote is None:
        return ()
    pattern = re.compile(rf"^fn{footnote}-")
    return tuple(source.id for source in model.sources if pattern.match(source.id))


def _cited(model: Model, evidence: tuple[Evidence, ...]) -> tuple[str, int | None, tuple[str, ...], str]:
    """Source, footnote, footnote sources and quote of the first piece of evidence (the one a row rests on)."""
    if not evidence:
        return "", None, (), ""
    first = evidence[0]
    return first.source, first.footnote, _footnote_sources(model, first.footnote), first.quote or ""


def _fact(model: Model, fact: Fact) -> FactRow:
    names = {e.id: e.name for e in model.elements}
    source, footnote, footnote_sources, quote = _cited(model, fact.evidence)
    return FactRow(
        id=fact.id,
        kind="number",
        value=fact.display_value(),
        unit=fact.unit,
        period=fact.period or "",
        subject="; ".join(names.get(ref, ref) for ref in fact.about),
        statement=fact.label,
        source=source,
        footnote=footnote,
        footnote_sources=footnote_sources,
        status=fact.status.value,
        quote=quote,
        alternatives=tuple(AltRow(_number(a.value), a.source, a.note) for a in fact.alternatives),
    )


def _entity(model: Model, element: Element) -> FactRow:
    kind = model.vocab.kind(element.kind)
    source, footnote, footnote_sources, quote = _cited(model, element.evidence)
    return FactRow(
        id=element.id,
        kind=element.kind,
        value=element.name,
        unit=kind.name if kind else element.kind,
        period="",
        subject=element.description,
        statement=f"{element.name} is named by the source",
        source=source,
        footnote=footnote,
        footnote_sources=footnote_sources,
        status=weakest_status(element.evidence).value,
        quote=quote,
        alternatives=(),
    )


def fact_rows(model: Model) -> tuple[FactRow, ...]:
    """Every fact (``kind`` ``number``), then every element, in the model's order."""
    return tuple(_fact(model, f) for f in model.facts) + tuple(_entity(model, e) for e in model.elements)
