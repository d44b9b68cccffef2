"""What a figure shows and how, the claims a model must satisfy, and justified suppressions."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from citystack.model.base import MAX_ITEMS, Frozen, Id, LongText, Name
from citystack.model.evidence import Evidence

__all__ = ["Claim", "ClaimKind", "Counterpart", "Suppression", "View"]

ClaimKind = Literal["reaches", "does_not_reach"]


class View(Frozen):
    """One figure of a model: which elements it shows, which way it flows, and its words.

    An empty ``layers`` or ``elements`` selection means "all". ``caption`` and ``alt_text`` are
    what a writer pastes under and behind the figure. ``annotate="suppliers"`` writes each box's
    vendors and operator under its name (a vendor view).
    """

    id: Id
    title: Name
    caption: LongText
    alt_text: LongText
    figure: Name | None = None
    layers: tuple[Id, ...] = Field(default=(), max_length=50)
    elements: tuple[Id, ...] = Field(default=(), max_length=MAX_ITEMS)
    exclude: tuple[Id, ...] = Field(default=(), max_length=MAX_ITEMS)
    direction: Literal["TB", "BT", "LR", "RL"] = "BT"
    group_by: Literal["layer", "boundary", "none"] = "layer"
    backend: Literal["graphviz", "diagrams"] = "graphviz"
    facts: tuple[Id, ...] = Field(default=(), max_length=100)
    legend: bool = True
    annotate: Literal["none", "suppliers"] = "none"


class Claim(Frozen):
    """A statement of a source about the model, in a form the checks can evaluate.

    ``reaches``: the ``subject`` element has a directed path to every one of ``objects``
    (element ids, or layer ids meaning every element of that layer). ``does_not_reach``: to none.
    ``via`` limits the relation kinds the path may use (empty: any).
    """

    id: Id
    statement: LongText
    kind: ClaimKind
    subject: Id
    objects: tuple[Id, ...] = Field(min_length=1, max_length=MAX_ITEMS)
    via: tuple[Id, ...] = Field(default=(), max_length=50)
    evidence: tuple[Evidence, ...] = Field(default=(), max_length=20)


class Suppression(Frozen):
    """Silence one rule for one item (or the whole model); it must say why."""

    code: Name
    target: Id | None = None
    justification: LongText = ""


class Counterpart(Frozen):
    """An explicit alignment for ``citystack compare``: this model's ``element`` is ``counterpart`` in ``model``.

    Needed only where names and kinds differ too much for the automatic alignment (same id,
    then same kind and layer, then similar names). Either model of a pair may declare it; an
    element mapped twice, or a counterpart the other model lacks, is bad input.
    """

    element: Id
    model: Id
    counterpart: Id
    reason: LongText = ""
