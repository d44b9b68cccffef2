"""The model as a directed graph: neighbours, reachability with paths, boundary membership."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from citystack.model import Boundary, Element, Model, Relation, RelationKind
from citystack.rules.roles import Roles

__all__ = ["Follow", "ModelGraph", "describe_path"]

#: Which relations a walk may use.
Follow = Callable[[Relation], bool]


def _any(_: Relation) -> bool:
    return True


class ModelGraph:
    """Read-only indexes over one model, computed once and shared by every rule.

    ``outgoing`` and ``incoming`` hold the relations that are paths; relations of a blocked kind
    (access a source says does not happen) are kept apart in ``blocked``, so no walk follows them.
    """

    def __init__(self, model: Model) -> None:
        self.model = model
        self.vocab = model.vocab
        self.roles = Roles.of(self.vocab)
        self.elements: dict[str, Element] = {e.id: e for e in model.elements}
        self.kinds: dict[str, RelationKind] = {k.id: k for k in self.vocab.relation_kinds}
        self.outgoing: dict[str, list[Relation]] = {e.id: [] for e in model.elements}
        self.incoming: dict[str, list[Relation]] = {e.id: [] for e in model.elements}
        #: Relations of blocked kinds (access that does not happen), by the elements they touch.
        self.blocked: dict[str, list[Relation]] = {}
        for relation in model.relations:
            if relation.kind in self.roles.blocked_kinds:
                self.blocked.setdefault(relation.source, []).append(relation)
                self.blocked.setdefault(relation.target, []).append(relation)
                continue
            self.outgoing.setdefault(relation.source, []).append(relation)
            self.incoming.setdefault(relation.target, []).append(relation)
        self.boundaries: dict[str, Boundary] = {b.id: b for b in model.boundaries}

    def kind(self, relation: Relation) -> RelationKind:
        """The relation's kind (integrity guarantees it exists)."""
        return self.kinds[relation.kind]

    def layer(self, element_id: str) -> str:
        """The layer of an element."""
        return self.elements[element_id].layer

    def rank(self, element_id: str) -> int:
        """The stacked rank of an element's layer; -1 beside the stack."""
        return self.roles.rank(self.layer(element_id))

    def in_layers(self, layers: Iterable[str]) -> list[Element]:
        """The elements of these layers, in declaration order."""
        wanted = set(layers)
        return [e for e in self.model.elements if e.layer in wanted]

    def is_orphan(self, element_id: str) -> bool:
        """An element no relation touches (a blocked relation touches its ends too)."""
        return not (self.outgoing.get(element_id) or self.incoming.get(element_id) or self.blocked.get(element_id))

    def reach(self, start: str, follow: Follow = _any, *, backward: bool = False) -> dict[str, Relation]:
        """Every element reachable from ``start`` by one or more steps, with the relation that first got there.

        Breadth-first in declaration order, so the recorded paths are shortest and deterministic.
        ``start`` is in the result only if a cycle leads back to it.
        """
        edges = self.incoming if backward else self.outgoing
        came_by: dict[str, Relation] = {}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for relation in edges.get(node, ()):
                if not follow(relation):
                    continue
                step = relation.source if backward else relation.target
                if step not in came_by:
                    came_by[step] = relation
                    queue.append(step)
        return came_by

    def path(self, start: str, target: str, came_by: dict[str, Relation]) -> list[Relation]:
        """The relations from ``start`` to ``target`` recorded by ``reach`` (empty when unreached)."""
        steps: list[Relation] = []
        node = target
        seen: set[str] = set()
        while node in came_by and node not in seen:
            seen.add(node)
            relation = came_by[node]
            steps.append(relation)
            node = relation.source
            if node == start:
                return steps[::-1]
        return []

    def members(self, boundary: Boundary) -> frozenset[str]:
        """A boundary's members together with those of every boundary nested in it."""
        found = set(boundary.members)
        children = {b.id: [c for c in self.model.boundaries if c.parent == b.id] for b in self.model.boundaries}
        queue = deque(children.get(boundary.id, []))
        seen = {boundary.id}
        while queue:
            child = queue.popleft()
            if child.id in seen:
                continue
            seen.add(child.id)
            found.update(child.members)
            queue.extend(children.get(child.id, []))
        return frozenset(found)


def describe_path(relations: list[Relation]) -> str:
    """``a -feeds-> b -controls-> c``: a path as a reader can follow it."""
    if not relations:
        return ""
    parts = [relations[0].source]
    for relation in relations:
        parts.append(f"-{relation.kind}-> {relation.target}")
    return " ".join(parts)
