"""An element's suppliers and operator, with how sure the model is of them.

A supplier is a name in an element's ``vendors``; its status is the element's (the least sure of
its evidence), so a vendor named in a sentence whose country the paper leaves open is shown as
inferred wherever it appears. Only the stacked layers above the first are supplied: the first
(the city and its residents) is what the stack observes, and unstacked layers hold the outside
actors themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from citystack.model import Element, Layer, Status, Vocabulary, weakest_status

__all__ = ["Supplier", "annotation", "supplied_layers", "suppliers_of"]


@dataclass(frozen=True, order=True)
class Supplier:
    """A supplier named for one element or cell, and the status of that attribution."""

    name: str
    status: Status = Status.ASSERTED

    @property
    def text(self) -> str:
        """``Huawei``, or ``Dahua (inferred)`` when the attribution is not asserted."""
        return self.name if self.status is Status.ASSERTED else f"{self.name} ({self.status.value})"


def supplied_layers(vocab: Vocabulary) -> tuple[Layer, ...]:
    """The layers an element can be supplied in: the stacked layers after the first."""
    return tuple(layer for layer in vocab.layers if layer.stacked)[1:]


def suppliers_of(element: Element) -> tuple[Supplier, ...]:
    """The element's vendors, in the order the model gives them, each with the element's status."""
    status = weakest_status(element.evidence)
    return tuple(Supplier(name, status) for name in dict.fromkeys(element.vendors))


def annotation(element: Element, vocab: Vocabulary) -> str:
    """What a vendor view writes under an element's name: its vendors and its operator.

    ``vendor: ZTE, Huawei`` and ``operator: ...`` on separate lines; ``vendor: not named`` for a
    supplied element without vendors, except in the top layer (the operators: people, not
    equipment, unless a vendor dispatched them); empty for elements outside the supplied layers.
    """
    layers = [layer.id for layer in supplied_layers(vocab)]
    if element.layer not in layers:
        return ""
    lines = []
    if element.vendors or element.layer != layers[-1]:
        lines.append(f"vendor: {', '.join(dict.fromkeys(element.vendors)) or 'not named'}")
    if element.operator:
        lines.append(f"operator: {element.operator}")
    return "\n".join(lines)
