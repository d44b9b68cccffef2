"""The boxes, arrows and borders of a model."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from citystack.model.base import Frozen, Id, LongText, Name, Url, filled_in
from citystack.model.evidence import Evidence

__all__ = ["Boundary", "BoundaryKind", "Element", "Relation", "relation_id"]

BoundaryKind = Literal["city", "closed_net", "country", "region", "organisation", "group"]


class Element(Frozen):
    """A box: a camera, a network, a platform, an operator, a driver of demand...

    ``aliases`` are the source's own terms for the element ("individuals in the closed net" for
    residents): a quote that uses one of them names the element.
    """

    id: Id
    name: Name
    kind: Id
    layer: Id
    description: LongText = ""
    aliases: tuple[Name, ...] = Field(default=(), max_length=20)
    vendors: tuple[Name, ...] = Field(default=(), max_length=50)
    operator: Name | None = None
    icon: Name | None = None
    url: Url | None = None
    tags: tuple[Id, ...] = Field(default=(), max_length=50)
    evidence: tuple[Evidence, ...] = Field(default=(), max_length=50)


def relation_id(source: str, target: str, kind: str) -> str:
    """The id a relation gets when its model does not name one."""
    return f"{source}.{kind}.{target}"


class Relation(Frozen):
    """An arrow from one element to another, of a kind the vocabulary defines."""

    id: Id = filled_in("Unique id; when left out, 'SOURCE.KIND.TARGET'.")
    source: Id
    target: Id
    kind: Id
    label: Name | None = None
    description: LongText = ""
    evidence: tuple[Evidence, ...] = Field(default=(), max_length=50)

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        """Give an unnamed relation the id ``source.kind.target`` so findings can name it."""
        if isinstance(data, dict) and "id" not in data:
            source, target, kind = data.get("source"), data.get("target"), data.get("kind")
            if all(isinstance(part, str) for part in (source, target, kind)):
                return {**data, "id": relation_id(str(source), str(target), str(kind))}
        return data


class Boundary(Frozen):
    """A border drawn around elements: a city, a closed net, a country.

    Relations may cross a ``closed_net`` only through one of its ``gateways``. ``parent`` nests
    a boundary in another (a city's closed net inside a country).
    """

    id: Id
    name: Name
    kind: BoundaryKind
    members: tuple[Id, ...] = ()  # capped by the loader with the elements (``--max-elements``)
    gateways: tuple[Id, ...] = Field(default=(), max_length=100)
    parent: Id | None = None
    description: LongText = ""
    evidence: tuple[Evidence, ...] = Field(default=(), max_length=50)
