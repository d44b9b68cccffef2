"""Small helpers that keep the vocabulary tables short and readable."""

from __future__ import annotations

from citystack.model.vocabulary import LayerPair

__all__ = ["pairs"]


def pairs(*spec: str) -> tuple[LayerPair, ...]:
    """``pairs("a>b", "b>c")`` is the allowed-pairs table ``(a, b), (b, c)``."""
    table = []
    for item in spec:
        source, target = item.split(">")
        table.append(LayerPair(source=source.strip(), target=target.strip()))
    return tuple(table)
