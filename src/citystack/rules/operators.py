"""Operator rules: what each operator of the stack can reach, and operators that reach nothing."""

from __future__ import annotations

from collections.abc import Iterator

from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import ModelGraph
from citystack.rules.registry import rule

__all__ = ["is_support", "operator_reach"]


def operator_reach(graph: ModelGraph, element_id: str) -> list[str]:
    """The stacked layers (other than its own) an element reaches over non-feedback relations, bottom first.

    One backward search per layer answers this for every element.
    """
    own = graph.layer(element_id)
    return [layer for layer in graph.roles.stacked if layer != own and graph.reaches_layer(element_id, layer)]


def is_support(graph: ModelGraph, element_id: str) -> bool:
    """An element of an operator layer that reaches no other layer but that others of its layer rely on.

    A manual or a contract the staff depend on sits in the operation layer without operating
    anything; it is support, not an operator.
    """
    layer = graph.layer(element_id)
    relied_on = any(graph.layer(r.source) == layer for r in graph.incoming.get(element_id, ()))
    return relied_on and not operator_reach(graph, element_id)


@rule("OPR001", Severity.INFO, "operator-reach")
def operator_reach_report(ctx: RuleContext) -> Iterator[Finding]:
    """Which layers of the stack each operator can reach: reported for every operator, for the record.

    What it checks: for every element of an operator layer (a layer that controls other
    control layers, like `operation`), the stacked layers it reaches by following relations
    (feedback kinds aside), listed bottom first together with those it does not reach.
    Support elements (see OPR002) and orphans are left out. Claims about what an operator
    reaches are evaluated by CLM001/CLM002; this report shows the reach they are judged against.
    Why it matters: who runs the system, and how far down their reach goes, is the paper's
    central concern: "Those who operate this system can control everything from the city's
    infrastructure to the consciousness and behavior of its residents."
    Example: `command-centre -controls-> police -controls-> residents` reaches `application`
    and `city`; a report line says so, and says which layers it does not reach.
    """
    graph = ctx.graph
    for element in graph.in_layers(graph.roles.operator):
        if graph.is_orphan(element.id) or is_support(graph, element.id):
            continue
        layers = operator_reach(graph, element.id)
        others = [layer for layer in graph.roles.stacked if layer not in layers and layer != element.layer]
        missing = f" (not: {', '.join(others)})" if others else " (every other layer)"
        yield ctx.finding(
            f"operator {element.id!r} reaches {len(layers)} of {len(graph.roles.stacked) - 1} other stacked layers: "
            f"{', '.join(layers) or 'none'}{missing}",
            item=element.id,
            hint="Compare with the model's claims about this operator.",
        )


@rule("OPR002", Severity.WARNING, "operator-reaches-nothing")
def operator_reaches_nothing(ctx: RuleContext) -> Iterator[Finding]:
    """An operator reaches no other layer of the stack: it operates nothing.

    What it checks: for every element of an operator layer, that some path of relations
    (feedback kinds aside) leads from it to an element of another stacked layer. Elements that
    other elements of the same layer depend on (targets of relations from their own layer,
    such as a manual the staff rely on) are support, not operators, and are left alone;
    orphans are left to CON005.
    Why it matters: an operator box with no control over anything misstates who runs the
    system; usually its `controls` relations are missing.
    Example: `Element(id="vendor-staff", kind="vendor_staff", layer="operation")` with an
    incoming relation but no `controls` towards the platform or applications it runs.
    """
    graph = ctx.graph
    for element in graph.in_layers(graph.roles.operator):
        if graph.is_orphan(element.id) or is_support(graph, element.id) or operator_reach(graph, element.id):
            continue
        yield ctx.finding(
            f"operator {element.id!r} reaches no other layer of the stack",
            item=element.id,
            hint="Add the `controls` relations to what this operator runs.",
        )
