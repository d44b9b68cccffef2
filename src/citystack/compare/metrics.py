"""The metrics of one model, each a function of its profile alone (formulas in docs/compare.md)."""

from __future__ import annotations

from collections import deque

from citystack.compare.profile import StackProfile, walk
from citystack.compare.records import (
    Asymmetry,
    FusionBreadth,
    Metrics,
    OperatorReach,
    OutsideAccess,
    Path,
    VendorConcentration,
    VendorShare,
)
from citystack.model import Relation
from citystack.rules.operators import operator_reach

__all__ = ["metrics"]

#: Shares and indexes are rounded so that JSON output is the same on every platform.
DIGITS = 4


def fusion_breadth(p: StackProfile) -> FusionBreadth:
    """Distinct kinds of sensing element whose data reaches an element of a platform layer."""
    graph = p.graph
    data = {k for k, kind in graph.kinds.items() if kind.carries_data and not kind.feedback}
    fusion = [e.id for e in p.model.elements if e.layer in p.platform_layers]
    upstream = walk(fusion, graph.incoming, lambda r: r.kind in data, backward=True)
    kinds = sorted({graph.elements[e].kind for e in upstream if graph.layer(e) in graph.roles.sensing})
    return FusionBreadth(breadth=len(kinds), source_kinds=tuple(kinds), fusion_elements=p.ordered(fusion))


def operator_reaches(p: StackProfile) -> tuple[OperatorReach, ...]:
    """For each operator, the other stacked layers it reaches and their share of all other stacked layers."""
    others = len(p.graph.roles.stacked) - 1
    found = []
    for operator in p.operators:
        layers = tuple(operator_reach(p.graph, operator))
        share = round(len(layers) / others, DIGITS) if others > 0 else 0.0
        found.append(OperatorReach(operator=operator, name=p.element(operator).name, layers=layers, share=share))
    return tuple(found)


def outside_access(p: StackProfile) -> tuple[OutsideAccess, ...]:
    """For each outside actor that reaches inside at all, the inside elements it reaches."""
    return tuple(
        OutsideAccess(actor=actor, name=p.element(actor).name, reaches=p.ordered(p.outside_reach[actor]))
        for actor in p.outside
        if p.outside_reach[actor]
    )


def asymmetry(p: StackProfile) -> Asymmetry:
    """Pairs (outside actor, inside element it reaches) against pairs (inside element, outside actor it feeds)."""
    inward = sum(len(actors) for element, actors in p.reached_by.items() if element in p.inside)
    outward = sum(len(actors) for element, actors in p.sends_to.items() if element in p.inside)
    total = inward + outward
    index = round((inward - outward) / total, DIGITS) if total else None
    return Asymmetry(scope=p.inside_scope, inward=inward, outward=outward, index=index)


def sensing_to_enforcement(p: StackProfile) -> Path:
    """Fewest relations from a sensing element to an element that controls something in the bottom layer."""
    graph = p.graph
    roles = graph.roles
    bottom = roles.stacked[0] if roles.stacked else None
    usable = {k for k, kind in graph.kinds.items() if (kind.carries_data or kind.controls) and not kind.feedback}
    enforcing = {
        r.source for r in p.model.relations if r.kind in roles.control_kinds and graph.layer(r.target) == bottom
    }
    starts = [e.id for e in p.model.elements if e.layer in roles.sensing]
    came_by: dict[str, Relation | None] = dict.fromkeys(starts)
    queue = deque(starts)
    while queue:
        node = queue.popleft()
        if node in enforcing:
            steps: list[str] = [node]
            while (relation := came_by[steps[-1]]) is not None:
                steps.append(relation.source)
            return Path(steps=len(steps) - 1, elements=tuple(reversed(steps)))
        for relation in graph.outgoing.get(node, ()):
            if relation.kind in usable and relation.target not in came_by:
                came_by[relation.target] = relation
                queue.append(relation.target)
    return Path(steps=None, elements=())


def vendor_concentration(p: StackProfile) -> tuple[VendorConcentration, ...]:
    """Per stacked layer, each vendor's share of vendor-named elements and their Herfindahl-Hirschman index."""
    found = []
    for layer in p.graph.roles.stacked:
        elements = [e for e in p.model.elements if e.layer == layer]
        weights: dict[str, float] = {}
        named = [e for e in elements if e.vendors]
        for element in named:
            vendors = sorted(set(element.vendors))
            for vendor in vendors:
                weights[vendor] = weights.get(vendor, 0.0) + 1 / len(vendors)
        shares = sorted(((v, w / len(named)) for v, w in weights.items()), key=lambda item: (-item[1], item[0]))
        hhi = round(sum(share * share for _, share in shares), DIGITS) if shares else None
        found.append(
            VendorConcentration(
                layer=layer,
                elements=len(elements),
                with_vendor=len(named),
                vendors=tuple(VendorShare(vendor=v, share=round(s, DIGITS)) for v, s in shares),
                hhi=hhi,
            )
        )
    return tuple(found)


def metrics(p: StackProfile) -> Metrics:
    """Every metric of one model."""
    return Metrics(
        fusion=fusion_breadth(p),
        operator_reach=operator_reaches(p),
        outside_access=outside_access(p),
        asymmetry=asymmetry(p),
        sensing_to_enforcement=sensing_to_enforcement(p),
        vendor_concentration=vendor_concentration(p),
    )
