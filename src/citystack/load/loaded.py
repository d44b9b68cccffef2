"""A loaded model together with the file it came from and a way to find any of its items there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from citystack.model import Model

__all__ = ["LoadedModel", "Locator", "item_path"]

Locator = Callable[[tuple[str | int, ...]], tuple[int, int]]


def _nowhere(_: tuple[str | int, ...]) -> tuple[int, int]:
    return (0, 0)


@dataclass(frozen=True)
class LoadedModel:
    """A model, the path it was read from (as shown to users) and its item locator."""

    model: Model
    file: str
    path: Path
    locate: Locator = field(default=_nowhere, compare=False, repr=False)

    def line_of(self, loc: tuple[str | int, ...]) -> int:
        """The line of an item, by its path in the model (``("elements", 3)``); 0 when unknown."""
        return self.locate(loc)[0]

    def line_of_id(self, item_id: str) -> int:
        """The line where the element, relation, boundary, fact, view or claim ``item_id`` is declared."""
        loc = item_path(self.model, item_id)
        return self.line_of(loc) if loc else 0


def item_path(model: Model, item_id: str) -> tuple[str | int, ...] | None:
    """The path in the model of the item with this id, searched in declaration order."""
    for field_name in ("elements", "relations", "boundaries", "facts", "views", "claims", "sources"):
        for index, item in enumerate(getattr(model, field_name)):
            if item.id == item_id:
                return (field_name, index)
    return None
