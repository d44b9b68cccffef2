"""Connectivity rules: data goes onward, reaches a decision, loops close; no orphans, no islands."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from citystack.model import Relation
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import ModelGraph
from citystack.rules.registry import rule

__all__ = ["has_onward_path"]


def has_onward_path(graph: ModelGraph, element_id: str) -> bool:
    """Whether non-feedback relations lead from the element to an element of another stacked layer.

    One backward search per layer answers this for every element of the layer.
    """
    layer = graph.layer(element_id)
    others = [x for x in graph.roles.stacked if x != layer]
    return element_id in graph.reachers(("onward", layer), lambda: graph.ids_in(others), graph.forward_kinds)


def _data(graph: ModelGraph) -> set[str]:
    return set(graph.roles.data_kinds - graph.roles.feedback_kinds)


@rule("CON001", Severity.WARNING, "dead-end")
def dead_end(ctx: RuleContext) -> Iterator[Finding]:
    """An element of a layer that passes things on has no path onward to another layer.

    What it checks: for every element of a stacked layer that the vocabulary lets pass data or
    causes on to another layer (a layer that "feeds another"), that following its outgoing
    relations (feedback kinds aside) leads to an element of a different stacked layer. Orphans
    are left to CON005.
    Why it matters: a camera whose data goes nowhere, or a platform that feeds no analysis, is
    a dead end: either an arrow is missing from the model, or the box does not belong in it.
    Example: a `fibre` element that cameras transmit to but that transmits to no platform is a
    dead end; add `Relation(source="fibre", target="fusion", kind="transmits")`.
    """
    graph = ctx.graph
    for element in graph.in_layers(graph.roles.feeding):
        if graph.is_orphan(element.id) or has_onward_path(graph, element.id):
            continue
        yield ctx.finding(
            f"element {element.id!r} in layer {element.layer!r} has no path onward to another layer",
            item=element.id,
            hint="Add the relation that carries it onward, or remove the element.",
        )


@rule("CON002", Severity.WARNING, "sensed-data-unused")
def sensed_data_unused(ctx: RuleContext) -> Iterator[Finding]:
    """A sensing element's data reaches no application or operator.

    What it checks: for every element of a sensing layer (where data enters the stack, see
    `citystack.rules.roles`), that a path of data-carrying relations leads to an element of a
    control layer (an application or an operator). Orphans and dead ends are left to CON005 and
    CON001.
    Why it matters: the paper's point is that smart cities are about integrated management,
    not only monitoring: data is collected to be acted on. A sensor whose data stops at the
    platform shows monitoring without management, which the model should say on purpose.
    Example: camera -transmits-> fibre -transmits-> fusion with no `feeds` from the platform
    through analytics to `police`: the camera's data is collected but used by no one.
    """
    graph = ctx.graph
    control = graph.roles.control
    if not control:
        return
    data = _data(graph)
    controlled = graph.reachers("data-to-control", lambda: graph.ids_in(control), data)
    for element in graph.in_layers(graph.roles.sensing):
        if graph.is_orphan(element.id) or not has_onward_path(graph, element.id) or element.id in controlled:
            continue
        reached = graph.reach(element.id, lambda r: r.kind in data)  # only to say where it stops
        top = max((graph.rank(other) for other in reached), default=graph.rank(element.id))
        stops = sorted(other for other in reached if graph.rank(other) == top)
        where = f"; it stops at {', '.join(stops)}" if stops else "; no data relation leaves it"
        yield ctx.finding(
            f"data of sensing element {element.id!r} reaches no element of {', '.join(sorted(control))}{where}",
            item=element.id,
            hint="Add the data-carrying relations that bring it to an application, or say why not (suppress).",
        )


@rule("CON003", Severity.WARNING, "application-not-fed")
def application_not_fed(ctx: RuleContext) -> Iterator[Finding]:
    """An application is fed by no data from the sensing layer.

    What it checks: for every element of an application layer (a layer that acts on the stack
    and is fed by a layer that does not), that a path of data-carrying relations leads to it
    from an element of a sensing layer (or, in a vocabulary without sensing layers, that some
    data-carrying relation arrives). Orphans are left to CON005.
    Why it matters: an application with no data behind it is the first half of an open
    control loop: the figure would show police or traffic control acting blind.
    Example: `police` with `controls` towards residents but no `feeds` from analytics.
    """
    graph = ctx.graph
    data = _data(graph)
    sensed = graph.reached_from("sensed-data", lambda: graph.ids_in(graph.roles.sensing), data)
    for element in graph.in_layers(graph.roles.application):
        if graph.is_orphan(element.id):
            continue
        if graph.roles.sensing:
            fed = element.id in sensed
        else:
            fed = any(r.kind in data for r in graph.incoming.get(element.id, ()))
        if fed:
            continue
        origin = ", ".join(sorted(graph.roles.sensing)) or "any layer"
        yield ctx.finding(
            f"application {element.id!r} is fed by no data from {origin}",
            item=element.id,
            hint="Add the data-carrying relation (for example `feeds` from analytics) that feeds it.",
        )


@rule("CON004", Severity.WARNING, "control-loop-open")
def control_loop_open(ctx: RuleContext) -> Iterator[Finding]:
    """An application controls nothing below it: its control loop is open.

    What it checks: for every element of an application layer, that a path of control
    relations (kinds with `controls`) leads from it to an element of a lower stacked layer.
    Orphans are left to CON005.
    Why it matters: integrated management closes a loop: the city is sensed, the data is
    fused and analysed, and an application acts back on the city. An application that acts on
    nothing leaves the loop open and the figure incomplete.
    Example: `traffic` fed by analytics but with no
    `Relation(source="traffic", target="roads", kind="controls")`.
    """
    graph = ctx.graph
    controls = graph.roles.control_kinds
    for element in graph.in_layers(graph.roles.application):
        if graph.is_orphan(element.id):
            continue
        rank = graph.rank(element.id)
        below = partial(graph.ids_in, graph.roles.stacked[:rank])
        if element.id in graph.reachers(("controls-below", rank), below, controls):
            continue
        yield ctx.finding(
            f"application {element.id!r} controls nothing in a lower layer: its control loop is open",
            item=element.id,
            hint="Add the control relation to what it acts on (residents, infrastructure, sensors).",
        )


@rule("CON005", Severity.WARNING, "orphan-element")
def orphan_element(ctx: RuleContext) -> Iterator[Finding]:
    """An element takes part in no relation at all.

    What it checks: that every element is the source or target of at least one relation.
    Why it matters: a box with no arrow says nothing about how the stack works; it is usually
    a relation forgotten or an element left over from an earlier draft.
    Example: `Element(id="plate-camera", kind="plate_camera", layer="sensing")` with no
    `captures` from the city and no `transmits` to a network.
    """
    for index, element in enumerate(ctx.model.elements):
        if ctx.graph.is_orphan(element.id):
            yield ctx.finding(
                f"element {element.id!r} ({element.layer}) takes part in no relation",
                item=element.id,
                loc=("elements", index),
                hint="Connect it to the elements it exchanges data or control with, or remove it.",
            )


def _components(graph: ModelGraph, relations: tuple[Relation, ...]) -> dict[str, str]:
    """Each layer mapped to a representative of its connected component (undirected)."""
    parent = {layer.id: layer.id for layer in graph.vocab.layers}

    def find(layer: str) -> str:
        while parent[layer] != layer:
            parent[layer] = parent[parent[layer]]
            layer = parent[layer]
        return layer

    for relation in relations:
        a, b = find(graph.layer(relation.source)), find(graph.layer(relation.target))
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {layer: find(layer) for layer in parent}


@rule("CON006", Severity.WARNING, "disconnected-layer")
def disconnected_layer(ctx: RuleContext) -> Iterator[Finding]:
    """A layer of the model is cut off from the rest: no relation joins it to the other layers.

    What it checks: the layers that hold elements, joined wherever a relation joins two of
    their elements, form one connected whole. Every layer outside the largest connected group
    (by number of elements; ties go to the group holding the lowest layer) is reported, at its
    first element, unless all its elements are orphans (CON005 reports those).
    Why it matters: the figure shows a stack because its layers work together; a layer that
    touches none of the others is drawn in the stack but plays no part in it.
    Example: an `analytics` layer whose `prediction` element feeds only another analytics
    element, with nothing from the platform and nothing to applications.
    """
    graph = ctx.graph
    present = [layer.id for layer in ctx.vocab.layers if graph.in_layers([layer.id])]
    if len(present) < 2:
        return
    component = _components(graph, ctx.model.relations)
    sizes: dict[str, int] = {}
    for element in ctx.model.elements:
        sizes[component[element.layer]] = sizes.get(component[element.layer], 0) + 1
    order = {layer: i for i, layer in enumerate(present)}
    first_layer = {comp: min((x for x in present if component[x] == comp), key=order.__getitem__) for comp in sizes}
    main = max(sizes, key=lambda comp: (sizes[comp], -order[first_layer[comp]]))
    for layer in present:
        if component[layer] == main:
            continue
        members = graph.in_layers([layer])
        if all(graph.is_orphan(e.id) for e in members):
            continue
        first = members[0]
        others = sorted(x for x in present if component[x] == component[layer] and x != layer)
        joined = f" (joined only to {', '.join(others)})" if others else ""
        yield ctx.finding(
            f"layer {layer!r} is not connected to the rest of the model{joined}",
            item=first.id,
            hint="Add the relations that join this layer's elements to the layers below or above it.",
        )
