"""Boundary rules: closed nets are crossed only at their gateways; one-way access and empty boundaries are reported."""

from __future__ import annotations

from collections.abc import Iterator

from citystack.model import Relation
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import ModelGraph, describe_path
from citystack.rules.registry import rule

__all__ = ["flow_kinds"]


def flow_kinds(graph: ModelGraph) -> frozenset[str]:
    """Kinds that travel through a network: data and control (every kind but blocked ones if it has neither)."""
    flows = graph.roles.data_kinds | graph.roles.control_kinds
    return flows or frozenset(graph.kinds) - graph.roles.blocked_kinds


def _index(ctx: RuleContext) -> dict[str, int]:
    return {relation.id: i for i, relation in enumerate(ctx.model.relations)}


@rule("BND001", Severity.ERROR, "closed-net-leak")
def closed_net_leak(ctx: RuleContext) -> Iterator[Finding]:
    """A data or control relation crosses a closed net's edge somewhere other than a declared gateway.

    What it checks: for every boundary of kind `closed_net` (with the members of the boundaries
    nested in it) and every relation of a data-carrying or controlling kind with exactly one end
    inside it, that the inside end is one of the boundary's `gateways`. Kinds that carry
    neither (supplying equipment, governing) do not travel through the network and are not
    checked, unless the vocabulary has no data or control kinds at all.
    Why it matters: a closed net is closed only if everything that enters or leaves it passes
    a known gateway. A flow that crosses anywhere else is a leak, either in the system or in
    the model; where the paper describes such access on purpose, suppress the finding with the
    quote that says so.
    Example: closed net `kenya-net` with gateway `intercity-link`; `Relation(source=
    "supplier-state", target="fusion", kind="accesses")` reaches the platform inside directly.
    """
    graph = ctx.graph
    flows = flow_kinds(graph)
    where = _index(ctx)
    for boundary in ctx.model.boundaries:
        if boundary.kind != "closed_net":
            continue
        inside = graph.members(boundary)
        gateways = set(boundary.gateways)
        for relation in ctx.model.relations:
            if relation.kind not in flows or (relation.source in inside) == (relation.target in inside):
                continue
            end = relation.source if relation.source in inside else relation.target
            if end in gateways:
                continue
            declared = ", ".join(boundary.gateways) or "none declared"
            yield ctx.finding(
                f"relation {relation.id!r} crosses closed net {boundary.id!r} at {end!r}, "
                f"which is not one of its gateways ({declared})",
                item=relation.id,
                loc=("relations", where[relation.id]),
                hint=f"Route it through a gateway of {boundary.id!r}, declare {end!r} a gateway, "
                "or suppress it with the source that describes this access.",
            )


def _one_way(graph: ModelGraph, relations: list[Relation], inside: frozenset[str]) -> dict[str, list[Relation]]:
    """Per outside element, the crossing relations of a pair that only goes one way."""
    inward: dict[str, list[Relation]] = {}
    outward: dict[str, list[Relation]] = {}
    for relation in relations:
        if relation.source in inside and relation.target not in inside:
            outward.setdefault(relation.target, []).append(relation)
        elif relation.target in inside and relation.source not in inside:
            inward.setdefault(relation.source, []).append(relation)
    lonely = {other: rels for other, rels in inward.items() if other not in outward}
    lonely.update({other: rels for other, rels in outward.items() if other not in inward})
    return lonely


@rule("BND002", Severity.INFO, "one-way-access")
def one_way_access(ctx: RuleContext) -> Iterator[Finding]:
    """Access across a boundary runs one way only: reported as such, for the record.

    What it checks: for every boundary and every element outside it that exchanges data or
    control with its members, whether that exchange runs in one direction only (in, or out).
    Each such pair is reported once, at its first crossing relation, as information.
    Why it matters: asymmetric access is what the paper describes as a feature of closed nets:
    the supplier state may reach information inside while the host country cannot look back.
    A report that lists every one-way crossing lets a reader check that the model shows
    exactly the asymmetries its sources describe.
    Example: `supplier-state -accesses-> fusion` into closed net `kenya-net`, with no relation
    from inside the net back to `supplier-state`.
    """
    graph = ctx.graph
    flows = flow_kinds(graph)
    where = _index(ctx)
    relations = [r for r in ctx.model.relations if r.kind in flows]
    for boundary in ctx.model.boundaries:
        inside = graph.members(boundary)
        for other, crossing in sorted(_one_way(graph, relations, inside).items()):
            first = crossing[0]
            inward = first.target in inside
            shown = "; ".join(describe_path([r]) for r in crossing)
            net = f"{boundary.kind} {boundary.id!r}"
            text = (
                f"{other!r} reaches into {net} ({shown}) and nothing inside reaches {other!r}"
                if inward
                else f"{net} reaches out to {other!r} ({shown}) and {other!r} reaches nothing inside"
            )
            yield ctx.finding(
                f"one-way access: {text}",
                item=first.id,
                loc=("relations", where[first.id]),
                hint="Nothing to fix if the sources describe this asymmetry; otherwise add the missing direction.",
            )


@rule("BND003", Severity.WARNING, "empty-boundary")
def empty_boundary(ctx: RuleContext) -> Iterator[Finding]:
    """A boundary with no members, and no boundary nested in it.

    What it checks: that every boundary lists at least one element, or holds a boundary that does.
    Why it matters: an empty boundary is often a slip (the members were listed under another
    boundary), and sometimes a fact (a closed net that is planned but has no equipment yet).
    Figures draw it as an empty labelled frame, so it does not vanish; the warning asks the
    modeller to confirm it, with a suppression quoting the source, or to fill it.
    Example: `Boundary(id="planned-net", name="Planned closed net", kind="closed_net", members=())`.
    """
    holders = {b.parent for b in ctx.model.boundaries if b.parent is not None}
    for index, boundary in enumerate(ctx.model.boundaries):
        if boundary.members or boundary.id in holders:
            continue
        yield ctx.finding(
            f"{boundary.kind} {boundary.id!r} ({boundary.name}) has no members; it is drawn as an empty frame",
            item=boundary.id,
            loc=("boundaries", index),
            hint="List its members, or suppress this finding with the source that says it is empty (planned).",
        )
