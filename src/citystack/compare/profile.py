"""What each element of one model does in its stack, derived once from the model alone.

Both models of a comparison get a profile made by this one function, so every metric and
difference is computed the same way for each. The roles come from the vocabulary's own fields
(``Layer.stacked``, ``carries_data``, ``controls``, ``oversight``), never from layer names.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from citystack.model import Element, Model, Relation
from citystack.rules.graph import ModelGraph
from citystack.rules.operators import is_support

__all__ = ["StackProfile", "profile", "walk"]

#: Boundaries whose members are "inside" (the city, or a closed net of it).
INSIDE_KINDS = ("city", "closed_net")


@dataclass(frozen=True)
class StackProfile:
    """Roles and reach of every element of one model (ids only; the model holds the rest)."""

    graph: ModelGraph
    rank: dict[str, int]
    inside: frozenset[str]
    inside_scope: str
    outside: tuple[str, ...]
    operators: tuple[str, ...]
    platform_layers: frozenset[str]
    reached_by: dict[str, frozenset[str]]
    outside_reach: dict[str, tuple[str, ...]]
    sends_to: dict[str, frozenset[str]]
    receives: dict[str, frozenset[str]]
    operated_by: dict[str, frozenset[str]]
    governed_by: dict[str, frozenset[str]]
    overseers: frozenset[str]
    serves: dict[str, frozenset[str]]

    @property
    def model(self) -> Model:
        return self.graph.model

    def element(self, element_id: str) -> Element:
        return self.graph.elements[element_id]

    def ordered(self, ids: Iterable[str]) -> tuple[str, ...]:
        """Element ids bottom layer first, then by id: one order for every list a comparison shows."""
        return tuple(sorted(ids, key=lambda i: (self.rank.get(self.graph.layer(i), len(self.rank)), i)))


def walk(
    starts: Iterable[str], edges: dict[str, list[Relation]], follow: Callable[[Relation], bool], *, backward: bool
) -> set[str]:
    """Every element reached from any of ``starts`` by one or more steps over the relations ``follow`` keeps."""
    seen: set[str] = set()
    queue = deque(starts)
    while queue:
        node = queue.popleft()
        for relation in edges.get(node, ()):
            if follow(relation):
                step = relation.source if backward else relation.target
                if step not in seen:
                    seen.add(step)
                    queue.append(step)
    return seen


def _inside(graph: ModelGraph, stacked: set[str]) -> tuple[frozenset[str], str]:
    """Stacked elements inside a city or closed-net boundary; every stacked element when there is none."""
    chosen = [b for b in graph.model.boundaries if b.kind in INSIDE_KINDS]
    in_stack = {e.id for e in graph.model.elements if e.layer in stacked}
    if not chosen:
        return frozenset(in_stack), "stack"
    members: set[str] = set()
    for boundary in chosen:
        members |= graph.members(boundary)
    scope = "closed_net" if any(b.kind == "closed_net" for b in chosen) else "city"
    return frozenset(members & in_stack), scope


def _platform_layers(graph: ModelGraph, stacked: set[str]) -> frozenset[str]:
    """Layers two data steps above sensing: where the networks deliver (the integrated data platform)."""
    data_pairs = [
        (pair.source, pair.target)
        for kind in graph.vocab.relation_kinds
        if kind.carries_data and not kind.feedback
        for pair in kind.pairs
        if pair.source in stacked and pair.target in stacked
    ]
    sensing = set(graph.roles.sensing)
    networks = {t for s, t in data_pairs if s in sensing and t not in sensing}
    return frozenset(t for s, t in data_pairs if s in networks and t not in networks | sensing)


def _inverse(forward: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for start, reached in forward.items():
        for element in reached:
            found.setdefault(element, set()).add(start)
    return {element: frozenset(starts) for element, starts in found.items()}


def profile(model: Model) -> StackProfile:
    """Derive the roles and reach of every element of ``model`` (see docs/compare.md)."""
    graph = ModelGraph(model)
    roles = graph.roles
    stacked = set(roles.stacked)
    kinds = graph.kinds
    data = {k for k, kind in kinds.items() if kind.carries_data and not kind.feedback}
    control = {k for k, kind in kinds.items() if kind.controls and not kind.feedback}
    oversight = {k for k, kind in kinds.items() if kind.oversight}
    access = data | control

    inside, scope = _inside(graph, stacked)
    outside = tuple(e.id for e in model.elements if e.layer not in stacked)

    position = {e.id: index for index, e in enumerate(model.elements)}
    outside_reach: dict[str, tuple[str, ...]] = {}
    reach_sets: dict[str, set[str]] = {}
    sends: dict[str, set[str]] = {}
    for actor in outside:
        reached = walk([actor], graph.outgoing, lambda r: r.kind in access, backward=False) & inside
        reach_sets[actor] = reached
        outside_reach[actor] = tuple(sorted(reached, key=position.__getitem__))
        sends[actor] = walk([actor], graph.incoming, lambda r: r.kind in data, backward=True) & inside

    operators = tuple(
        e.id for e in graph.in_layers(roles.operator) if not graph.is_orphan(e.id) and not is_support(graph, e.id)
    )
    operated = {op: walk([op], graph.outgoing, lambda r: r.kind in control, backward=False) for op in operators}

    governed: dict[str, set[str]] = {}
    for relation in model.relations:
        if relation.kind in oversight:
            governed.setdefault(relation.target, set()).add(relation.source)

    applications = [e for e in model.elements if e.layer in roles.application]
    serves: dict[str, set[str]] = {e.id: {e.kind} for e in applications}
    for app in applications:
        for element in walk([app.id], graph.incoming, lambda r: r.kind in data, backward=True):
            serves.setdefault(element, set()).add(app.kind)

    return StackProfile(
        graph=graph,
        rank={layer.id: index for index, layer in enumerate(graph.vocab.layers)},
        inside=inside,
        inside_scope=scope,
        outside=outside,
        operators=operators,
        platform_layers=_platform_layers(graph, stacked),
        reached_by=_inverse(reach_sets),
        outside_reach=outside_reach,
        sends_to=_inverse(sends),
        receives={actor: frozenset(elements) for actor, elements in sends.items()},
        operated_by=_inverse(operated),
        governed_by={element: frozenset(sources) for element, sources in governed.items()},
        overseers=frozenset(s for sources in governed.values() for s in sources),
        serves={element: frozenset(found) for element, found in serves.items()},
    )
