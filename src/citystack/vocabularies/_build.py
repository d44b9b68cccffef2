"""Small helpers that keep the vocabulary tables short and readable."""

from __future__ import annotations

from citystack.model.vocabulary import ElementKind, LayerPair

__all__ = ["pairs", "with_meanings"]


def pairs(*spec: str) -> tuple[LayerPair, ...]:
    """``pairs("a>b", "b>c")`` is the allowed-pairs table ``(a, b), (b, c)``."""
    table = []
    for item in spec:
        source, target = item.split(">")
        table.append(LayerPair(source=source.strip(), target=target.strip()))
    return tuple(table)


def with_meanings(kinds: tuple[ElementKind, ...], meanings: dict[str, str]) -> tuple[ElementKind, ...]:
    """The kinds, each with its one-line meaning from ``meanings`` (every kind must have one)."""
    return tuple(kind.model_copy(update={"description": meanings[kind.id]}) for kind in kinds)
