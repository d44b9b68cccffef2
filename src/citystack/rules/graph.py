"""The model as a directed graph: neighbours, reachability with paths, boundary membership."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Hashable, Iterable
from functools import cached_property

from citystack.model import Boundary, Element, Model, Relation, RelationKind
from citystack.rules.roles import Roles

__all__ = ["Follow", "ModelGraph", "Targets", "describe_path"]

#: Which relations a walk may use.
Follow = Callable[[Relation], bool]
#: The elements a search starts from, given when the search runs (not at every question).
Targets = Callable[[], Iterable[str]]


def _any(_: Relation) -> bool:
    return True


class ModelGraph:
    """Read-only indexes over one model, computed once and shared by every rule.

    ``outgoing`` and ``incoming`` hold the relations that are paths; relations of a blocked kind
    (access a source says does not happen) are kept apart in ``blocked``, so no walk follows them.

    Rules ask which elements reach a whole set of targets (``reachers``) or are reached from a
    whole set of starts (``reached_from``): one search over the graph answers the question for
    every element at once, and is remembered under its key, so a rule costs linear time however
    many elements it asks about. ``reach`` (one element's search, with paths) is for the few
    elements a message must describe.
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
        self._searches: dict[Hashable, frozenset[str]] = {}

    def _search(self, starts: Iterable[str], kinds: Collection[str], *, backward: bool) -> frozenset[str]:
        """Every element one or more steps from some start, over relations of ``kinds`` only."""
        edges = self.incoming if backward else self.outgoing
        found: set[str] = set()
        queue = deque(starts)
        while queue:
            node = queue.popleft()
            for relation in edges.get(node, ()):
                if relation.kind not in kinds:
                    continue
                step = relation.source if backward else relation.target
                if step not in found:
                    found.add(step)
                    queue.append(step)
        return frozenset(found)

    def reachers(self, key: Hashable, targets: Targets, kinds: Collection[str]) -> frozenset[str]:
        """Elements with a path of one or more ``kinds`` relations to some target: one backward search,
        remembered under ``key`` (which must name the targets and kinds); ``targets`` is called once."""
        if ("reachers", key) not in self._searches:
            self._searches["reachers", key] = self._search(targets(), kinds, backward=True)
        return self._searches["reachers", key]

    def reached_from(self, key: Hashable, starts: Targets, kinds: Collection[str]) -> frozenset[str]:
        """Elements one or more ``kinds`` relations away from some start: one forward search,
        remembered under ``key``; ``starts`` is called once."""
        if ("reached", key) not in self._searches:
            self._searches["reached", key] = self._search(starts(), kinds, backward=False)
        return self._searches["reached", key]

    @cached_property
    def forward_kinds(self) -> frozenset[str]:
        """Every relation kind but the feedback kinds: what "leads to" follows."""
        return frozenset(self.kinds) - self.roles.feedback_kinds

    def reaches_layer(self, element_id: str, layer: str) -> bool:
        """Whether non-feedback relations lead from the element to some element of ``layer``."""
        return element_id in self.reachers(("layer", layer), lambda: self.ids_in([layer]), self.forward_kinds)

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

    def ids_in(self, layers: Iterable[str]) -> list[str]:
        """The ids of the elements of these layers, in declaration order."""
        return [e.id for e in self.in_layers(layers)]

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
