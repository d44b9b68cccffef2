"""Fallback layouts: a valid figure that makes ``dot`` abort or crash is laid out again, simpler.

Graphviz 2.43 aborts in ``merge_chain`` (class2.c) on some graphs with parallel edges between
clusters, and other layout bugs crash it outright. Such a figure is drawn with the first of
these layouts that ``dot`` survives, each simpler than the one before:

1. ``parallel relations merged``: relations with the same two ends become one arrow whose
   label names every relation kind (and label) it stands for;
2. ``without boundary frames``: as 1, and no cluster at all, so no cluster constraint either
   (layer bands and boundaries are left out; the boxes keep their layer order).

The figure's warnings say which fallback was used; when every one crashes, the error gives dot's
own message and its known cause. The transformations work on the scene, never on the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from citystack.render.scene import Scene, SceneEdge

__all__ = ["FALLBACKS", "Fallback", "merge_parallel", "without_clusters"]

Fallback = tuple[str, Callable[[Scene], Scene]]


def _merged(edges: list[SceneEdge]) -> SceneEdge:
    """One arrow for relations with the same two ends: the first one's look, every one's words."""
    first = edges[0]
    if len(edges) == 1:
        return first
    words = [f"{e.kind_name}: {e.label}" if e.label else e.kind_name for e in edges]
    tooltips = [e.tooltip for e in edges if e.tooltip]
    return replace(first, label="; ".join(words), tooltip="\n".join(tooltips))


def merge_parallel(scene: Scene) -> Scene:
    """The scene with relations that join the same two elements (either way round) merged into one."""
    bundles: dict[frozenset[str], list[SceneEdge]] = {}
    for edge in scene.edges:
        bundles.setdefault(frozenset((edge.source, edge.target)), []).append(edge)
    return replace(scene, edges=tuple(_merged(edges) for edges in bundles.values()))


def without_clusters(scene: Scene) -> Scene:
    """The merged scene with no clusters: every box loose, layer order kept by the rows."""
    merged = merge_parallel(scene)
    return replace(merged, groups=(), nodes=tuple(replace(n, group=None) for n in merged.nodes))


#: The fallback layouts, in the order they are tried.
FALLBACKS: tuple[Fallback, ...] = (
    ("parallel relations merged into one arrow", merge_parallel),
    ("parallel relations merged and boundary frames left out", without_clusters),
)
