"""The metamodel: ordered layers, the element kinds each allows, and the relation kinds between them."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from citystack.model.base import Frozen, Id, LongText, Name, filled_in

__all__ = [
    "Direction",
    "ElementKind",
    "Layer",
    "LayerPair",
    "LineStyle",
    "RelationKind",
    "Vocabulary",
    "default_reverse_reading",
]

#: Which way along the layer order a relation kind may run: ``up`` means towards later layers.
Direction = Literal["up", "down", "same", "any"]
LineStyle = Literal["solid", "dashed", "dotted", "bold"]


class Layer(Frozen):
    """One layer of a vocabulary; its position in ``Vocabulary.layers`` is its rank.

    ``stacked=False`` marks a layer that stands beside the stack (an outside actor), so the
    direction and skip rules leave it alone.
    """

    id: Id
    name: Name
    description: LongText = ""
    stacked: bool = True


class ElementKind(Frozen):
    """A kind of box (a CCTV camera, a data-fusion platform...) and the layers it may sit in."""

    id: Id
    name: Name
    layers: tuple[Id, ...] = Field(min_length=1, max_length=50)
    icon: Id | None = None
    shape: Name = "box"
    description: LongText = ""


class LayerPair(Frozen):
    """An allowed (source layer, target layer) pair for a relation kind."""

    source: Id
    target: Id


class RelationKind(Frozen):
    """A kind of arrow and where it may go.

    ``pairs`` lists the allowed (source layer, target layer) pairs (empty: any pair);
    ``direction`` and ``max_step`` say how far and which way along the stack it may run;
    ``feedback`` marks kinds whose cycles are intended (causal feedback loops); ``oversight``
    marks kinds by which a body oversees or governs data collection and use (compare reports
    oversight present in one model only);
    ``blocked`` marks a kind that draws access a source says cannot happen or is refused: it is
    drawn (with a bar for its arrowhead) so that the absence is visible, and it is never a path.

    ``reading`` and ``reverse_reading`` say the arrow in words, source first and target first:
    "cameras *captures* residents" uses ``reading``; "residents *is captured by* cameras" uses
    ``reverse_reading``. Tooltips, alt text and the vocabulary reference use them. Both are optional
    in a file: ``reading`` defaults to ``name`` and ``reverse_reading`` to a neutral phrase built
    from it (see :func:`default_reverse_reading`); every shipped kind gives both.
    """

    id: Id
    name: Name
    description: LongText = ""
    reading: Name = filled_in("Source first: 'A <reading> B' (default: the kind's name).")
    reverse_reading: Name = filled_in("Target first: 'B <reverse_reading> A' ('B is captured by A').")
    pairs: tuple[LayerPair, ...] = Field(default=(), max_length=500)
    direction: Direction = "any"
    max_step: int | None = Field(default=None, ge=0, le=100)
    line: LineStyle = "solid"
    feedback: bool = False
    carries_data: bool = False
    controls: bool = False
    oversight: bool = False
    blocked: bool = False

    @model_validator(mode="before")
    @classmethod
    def _fill_readings(cls, data: Any) -> Any:
        """A kind written without readings reads as its name forwards and a neutral phrase backwards."""
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            name = data["name"]
            if data.get("reading") is None:
                data = {**data, "reading": name}
            if data.get("reverse_reading") is None:
                data = {**data, "reverse_reading": default_reverse_reading(name)}
        return data


def default_reverse_reading(name: str) -> str:
    """The reverse reading of a kind that gives none: ``"is the target of 'captures' from"``."""
    return f"is the target of '{name}' from"


class Vocabulary(Frozen):
    """A metamodel shared by many models: the stack, the market, the causal chain."""

    id: Id
    name: Name
    description: LongText = ""
    layers: tuple[Layer, ...] = Field(min_length=1, max_length=50)
    kinds: tuple[ElementKind, ...] = Field(min_length=1, max_length=200)
    relation_kinds: tuple[RelationKind, ...] = Field(min_length=1, max_length=100)

    def layer(self, layer_id: str) -> Layer | None:
        """The layer with this id, or None."""
        return next((layer for layer in self.layers if layer.id == layer_id), None)

    def rank(self, layer_id: str) -> int:
        """The position of a layer in the stack (0 is the bottom); -1 when unknown."""
        for index, layer in enumerate(self.layers):
            if layer.id == layer_id:
                return index
        return -1

    def kind(self, kind_id: str) -> ElementKind | None:
        """The element kind with this id, or None."""
        return next((kind for kind in self.kinds if kind.id == kind_id), None)

    def relation_kind(self, kind_id: str) -> RelationKind | None:
        """The relation kind with this id, or None."""
        return next((kind for kind in self.relation_kinds if kind.id == kind_id), None)
