"""Causal rules: cycles must be declared as feedback; every driver must lead to an outcome."""

from __future__ import annotations

from collections.abc import Iterator

from citystack.model import Relation
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import Follow, ModelGraph, describe_path
from citystack.rules.registry import rule

__all__ = ["undeclared_cycles"]


def _strongly_connected(nodes: list[str], edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's components, iteratively (no recursion limit), in a deterministic order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            successors = edges.get(node, [])
            if position < len(successors):
                work.append((node, position + 1))
                nxt = successors[position]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def _only(ids: set[str]) -> Follow:
    """A walk restricted to the relations with these ids."""
    return lambda relation: relation.id in ids


def undeclared_cycles(graph: ModelGraph) -> list[list[Relation]]:
    """Each group of elements that non-feedback relations join in a cycle, as one example cycle."""
    skipped = graph.roles.feedback_kinds | graph.roles.blocked_kinds
    relations = [r for r in graph.model.relations if r.kind not in skipped]
    edges: dict[str, list[str]] = {}
    for relation in relations:
        edges.setdefault(relation.source, []).append(relation.target)
    nodes = [e.id for e in graph.model.elements]
    component_of = {
        node: index for index, component in enumerate(_strongly_connected(nodes, edges)) for node in component
    }
    inner: dict[int, list[Relation]] = {}
    for relation in relations:  # one pass: each relation inside a component joins that component's list
        component = component_of.get(relation.source)
        if component is not None and component == component_of.get(relation.target):
            inner.setdefault(component, []).append(relation)
    cycles = []
    for members in inner.values():  # a single element without a self-loop has no inner relation
        first = members[0]
        came_by = graph.reach(first.target, _only({r.id for r in members}))
        path = [first] if first.target == first.source else [first, *graph.path(first.target, first.source, came_by)]
        cycles.append(path)
    order = {relation.id: index for index, relation in enumerate(graph.model.relations)}
    return sorted(cycles, key=lambda path: order[path[0].id])


@rule("CAU001", Severity.ERROR, "undeclared-cycle")
def undeclared_cycle(ctx: RuleContext) -> Iterator[Finding]:
    """A cycle of causes that is not declared as a feedback loop.

    What it checks: in a model whose vocabulary declares feedback kinds (the causal chain, the
    market), that the relations of the other kinds form no cycle: every loop must be closed by
    at least one relation of a feedback kind. Each cycle is reported once, at its first relation.
    Stack vocabularies, which declare no feedback kinds, close their loops with control
    relations by design and are not checked.
    Why it matters: a causal chain read as a figure runs from drivers to an outcome; a loop
    hidden among ordinary `causes` arrows makes the chain circular without saying so. A loop
    the sources describe (more unrest, more demand for control, more unrest) should be drawn
    as the feedback it is.
    Example: `instability -causes-> rulers -causes-> demand` and `demand -causes-> instability`;
    make the last one `kind="reinforces"`.
    """
    if not ctx.roles.causal:
        return
    where = {relation.id: i for i, relation in enumerate(ctx.model.relations)}
    feedback = ", ".join(sorted(ctx.roles.feedback_kinds))
    for cycle in undeclared_cycles(ctx.graph):
        yield ctx.finding(
            f"cycle without a feedback relation: {describe_path(cycle)}",
            item=cycle[0].id,
            loc=("relations", where[cycle[0].id]),
            hint=f"Make the relation that closes the loop a feedback kind ({feedback}), or break the cycle.",
        )


@rule("CAU002", Severity.WARNING, "driver-without-outcome")
def driver_without_outcome(ctx: RuleContext) -> Iterator[Finding]:
    """A driver (an element of the first layer) leads to no element of the last layer.

    What it checks: in a model whose vocabulary declares feedback kinds, that every element of
    the first stacked layer reaches, over relations of non-feedback kinds, at least one element
    of the last stacked layer. Orphans are left to CON005.
    Why it matters: a figure of causes exists to show how each driver ends in the outcome; a
    driver whose chain stops halfway is either missing a link or does not belong in the figure.
    Example: `epidemics -causes-> destabilisation` where `destabilisation` causes nothing further.
    """
    roles = ctx.roles
    if not roles.causal or len(roles.stacked) < 2:
        return
    graph = ctx.graph
    first, last = roles.stacked[0], roles.stacked[-1]
    outcomes = graph.in_layers([last])
    for index, element in enumerate(ctx.model.elements):
        if element.layer != first or graph.is_orphan(element.id) or graph.reaches_layer(element.id, last):
            continue
        names = ", ".join(e.id for e in outcomes) or f"no element of {last!r} exists"
        yield ctx.finding(
            f"driver {element.id!r} reaches no element of the last layer {last!r} ({names})",
            item=element.id,
            loc=("elements", index),
            hint="Add the missing links of the chain, from this driver up to the outcome.",
        )
