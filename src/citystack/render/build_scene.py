"""From a model and one of its views to a scene: what the figure shows, sorted, bounded, cited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from citystack.errors import LoadError, Problem, UsageError
from citystack.load import LoadedModel
from citystack.model import Boundary, Element, Evidence, Fact, Model, Relation, Source, View
from citystack.render.limits import FIGURE_CAP_OPTION, MAX_GROUP_DEPTH, MAX_NODES, figure_relation_cap
from citystack.render.scene import LegendEntry, Scene, SceneEdge, SceneGroup, SceneNode
from citystack.suggest import did_you_mean
from citystack.vendors import annotation

__all__ = [
    "STATUS_ORDER",
    "citation",
    "default_view",
    "figure_slug",
    "pick_view",
    "scene_from_view",
    "short_citation",
    "undrawn_icons",
]

#: Statuses from surest to least sure; an item takes the least sure status of its evidence.
STATUS_ORDER = ("asserted", "hedged", "inferred", "contested")
#: How a legend line draws each status (the outline of a box; arrows show it by their head).
STATUS_LINE = {"asserted": "solid", "hedged": "solid", "inferred": "dashed", "contested": "dotted"}


def default_view(model: Model) -> View:
    """The view drawn for a model that declares none: everything, stacked by layer."""
    return View(
        id="model",
        title=model.title,
        caption=model.description or model.title,
        alt_text=f"Diagram of {model.title}: {len(model.elements)} elements and {len(model.relations)} relations.",
    )


def pick_view(model: Model, view_id: str | None) -> View:
    """The view named ``view_id``, else the model's first view, else the default view."""
    if view_id is None:
        return model.views[0] if model.views else default_view(model)
    view = model.view(view_id)
    if view is None:
        known = [v.id for v in model.views]
        hint = did_you_mean(view_id, known, "views") if known else " (it has no views)"
        raise UsageError(f"model {model.id!r} has no view {view_id!r}{hint}")
    return view


def figure_slug(model: Model, view: View) -> str:
    """The figure id used for ids in the SVG and file names: ``model-view``."""
    return f"{model.id}-{view.id}".replace(".", "-")


def _status(evidence: Iterable[Evidence]) -> str:
    statuses = {e.status.value for e in evidence}
    return max(statuses, key=STATUS_ORDER.index) if statuses else "asserted"


def citation(source: Source) -> str:
    """A full citation: authors (date). Title. Publisher. URL."""
    parts = []
    head = ", ".join(source.authors)
    if source.date:
        head = f"{head} ({source.date})" if head else f"({source.date})"
    if head:
        parts.append(head)
    parts.append(source.title)
    if source.publisher:
        parts.append(source.publisher)
    if source.url:
        parts.append(source.url)
    return ". ".join(p.rstrip(".") for p in parts) + "."


def _selected(model: Model, view: View) -> list[Element]:
    wanted = set(view.elements)
    layers = set(view.layers)
    excluded = set(view.exclude)
    return [
        e
        for e in model.elements
        if (not wanted or e.id in wanted) and (not layers or e.layer in layers) and e.id not in excluded
    ]


def _fail(loaded: LoadedModel | None, model: Model, view: View, message: str) -> LoadError:
    file = loaded.file if loaded else model.id
    line = loaded.line_of_id(view.id) if loaded else 0
    return LoadError([Problem(file, line, 0, f"views.{view.id}", message)])


def _boundary_depths(boundaries: dict[str, Boundary]) -> dict[str, int] | str:
    """Nesting depth of every boundary, or the id of one in a cycle."""
    depths: dict[str, int] = {}
    for boundary_id in sorted(boundaries):
        depth, current, seen = 0, boundaries[boundary_id], {boundary_id}
        while current.parent is not None and current.parent in boundaries:
            if current.parent in seen:
                return boundary_id
            seen.add(current.parent)
            current = boundaries[current.parent]
            depth += 1
        depths[boundary_id] = depth
    return depths


def _boundary_groups(
    model: Model, shown: set[str], loaded: LoadedModel | None, view: View
) -> tuple[list[SceneGroup], dict[str, str]]:
    """The boundaries that hold a shown element or none at all (and their parents), and each element's innermost one.

    A boundary with no members yet (a planned closed net) is drawn as an empty labelled frame.
    """
    boundaries = {b.id: b for b in model.boundaries}
    depths = _boundary_depths(boundaries)
    if isinstance(depths, str):
        raise _fail(loaded, model, view, f"boundary {depths!r} is nested inside itself")
    deepest = max(depths.values(), default=0)
    if deepest >= MAX_GROUP_DEPTH:
        raise _fail(loaded, model, view, f"boundaries nest {deepest + 1} deep; a figure allows {MAX_GROUP_DEPTH}")
    membership: dict[str, str] = {}
    for element_id in sorted(shown):
        holders = [b for b in boundaries.values() if element_id in b.members]
        if holders:
            membership[element_id] = max(holders, key=lambda b: (depths[b.id], b.id)).id
    used: set[str] = set()
    empty = {b.id for b in boundaries.values() if not b.members}  # drawn as labelled empty frames
    for boundary_id in set(membership.values()) | empty:
        current: str | None = boundary_id
        while current is not None and current in boundaries:
            used.add(current)
            current = boundaries[current].parent
    groups = [
        SceneGroup(
            id=b.id,
            label=b.name,
            kind=b.kind,
            parent=b.parent if b.parent in used else None,
            rank=depths[b.id],
        )
        for b in boundaries.values()
        if b.id in used
    ]
    return sorted(groups, key=lambda g: (g.rank, g.id)), membership


def _layer_groups(
    model: Model, elements: list[Element], loaded: LoadedModel | None, view: View
) -> tuple[list[SceneGroup], dict[str, str], set[str]]:
    """Layer bands and the boundaries drawn with them.

    A boundary that spans several layers holds one band per layer for its members (a closed net
    around the stack); its gateways sit on the boundary itself, outside its bands, so the figure
    shows where it is crossed. A boundary whose members share one layer is drawn inside that
    layer's band (a group of suppliers within the supply band). Elements outside every boundary
    sit in top-level bands.
    """
    vocab = model.vocab
    ranks = {layer.id: rank for rank, layer in enumerate(vocab.layers)}
    layer_of = {e.id: e.layer for e in elements}
    boundaries, inner = _boundary_groups(model, set(layer_of), loaded, view)
    parents = {g.id: g.parent for g in boundaries}
    spans: dict[str, set[str]] = {g.id: set() for g in boundaries}
    for element_id, boundary_id in inner.items():
        current: str | None = boundary_id
        while current is not None:
            spans[current].add(layer_of[element_id])
            current = parents[current]
    single = {b for b, layers in spans.items() if len(layers) == 1}

    def holder(boundary_id: str | None) -> str | None:
        """The nearest boundary (itself or above) that spans several layers: where bands live."""
        while boundary_id is not None and boundary_id in single:
            boundary_id = parents[boundary_id]
        return boundary_id

    bands: dict[tuple[str, str | None], SceneGroup] = {}
    taken = {g.id for g in boundaries}

    def band(layer_id: str, inside: str | None) -> str:
        """The band of ``layer_id`` (inside a boundary or not): ``layer`` or ``boundary.layer``.

        A boundary may have the id a band would get (a boundary ``city`` beside the ``city``
        layer); the band then takes a longer id, so that every cluster has an id of its own.
        """
        if (layer_id, inside) not in bands:
            band_id = layer_id if inside is None else f"{inside}.{layer_id}"
            while band_id in taken:
                band_id += ".band"
            taken.add(band_id)
            layer = vocab.layer(layer_id)
            bands[layer_id, inside] = SceneGroup(
                id=band_id,
                label=layer.name if layer else layer_id,
                kind="layer",
                parent=inside,
                rank=ranks.get(layer_id, 0),
                stacked=layer.stacked if layer else True,
                layer=layer_id,
            )
        return bands[layer_id, inside].id

    crossings = {b.id: set(b.gateways) for b in model.boundaries}
    gateways = {e for e, b in inner.items() if b not in single and e in crossings.get(b, set())}
    membership: dict[str, str] = {}
    for element in elements:
        container = inner.get(element.id)
        if container is not None and (element.id in gateways or container in single):
            membership[element.id] = container
        else:
            membership[element.id] = band(element.layer, container)
    placed = []
    for boundary in boundaries:
        if boundary.id in single and boundary.parent not in single:
            (layer_id,) = spans[boundary.id]
            boundary = replace(boundary, parent=band(layer_id, holder(boundary.parent)))  # noqa: PLW2901
        placed.append(boundary)
    ordered = sorted(bands.values(), key=lambda g: (g.rank, g.parent or "", g.id))
    return ordered + placed, membership, gateways


def _node(
    model: Model, element: Element, group: str | None, gateway: bool = False, annotate: str = "none"
) -> SceneNode:
    vocab = model.vocab
    kind = vocab.kind(element.kind)
    layer = vocab.layer(element.layer)
    return SceneNode(
        id=element.id,
        label=element.name,
        kind=element.kind,
        kind_name=kind.name if kind else element.kind,
        layer=element.layer,
        shape=kind.shape if kind else "box",
        icon=element.icon or (kind.icon if kind else None),
        group=group,
        status=_status(element.evidence),
        tooltip=evidence_text(model, element.description, element.evidence),
        url=element.url,
        layer_rank=vocab.rank(element.layer),
        gateway=gateway,
        stacked=layer.stacked if layer else True,
        annotation=annotation(element, vocab) if annotate == "suppliers" else "",
    )


def _edge(model: Model, relation: Relation) -> SceneEdge:
    vocab = model.vocab
    kind = vocab.relation_kind(relation.kind)
    ranks = [k.id for k in vocab.relation_kinds]
    return SceneEdge(
        id=relation.id,
        source=relation.source,
        target=relation.target,
        kind=relation.kind,
        kind_name=kind.name if kind else relation.kind,
        label=relation.label or "",
        line=kind.line if kind else "solid",
        status=_status(relation.evidence),
        tooltip=evidence_text(model, relation.description, relation.evidence),
        kind_rank=ranks.index(relation.kind) if relation.kind in ranks else 0,
        blocked=bool(kind and kind.blocked),
    )


def _legend(
    model: Model, nodes: list[SceneNode], edges: list[SceneEdge], with_icons: bool
) -> tuple[LegendEntry, ...]:
    """What the figure uses: kinds (with each icon drawn for them, in an icon figure), relation kinds, statuses."""
    vocab = model.vocab
    entries: list[LegendEntry] = []
    kind_ids = [k.id for k in vocab.kinds]
    for kind_id in sorted({n.kind for n in nodes}, key=lambda k: (kind_ids.index(k) if k in kind_ids else 0, k)):
        kind = vocab.kind(kind_id)
        default = kind.icon if kind else None
        # the icons the figure really draws for this kind: the kind's own first, then any an element chose
        drawn = sorted({n.icon for n in nodes if n.kind == kind_id}, key=lambda i: (i != default, i or ""))
        if not with_icons:
            drawn = [default]
        for index, icon in enumerate(drawn):
            entries.append(
                LegendEntry(
                    "kind",
                    kind_id if index == 0 else f"{kind_id}-{index}",
                    kind.name if kind else kind_id,
                    shape=kind.shape if kind else "box",
                    icon=icon,
                    rank=kind_ids.index(kind_id) if kind_id in kind_ids else 0,
                )
            )
    for edge in sorted({(e.kind_rank, e.kind): e for e in edges}.values(), key=lambda e: (e.kind_rank, e.kind)):
        entries.append(
            LegendEntry(
                "relation", edge.kind, edge.kind_name, line=edge.line, rank=edge.kind_rank, blocked=edge.blocked
            )
        )
    statuses = {n.status for n in nodes} | {e.status for e in edges}
    if statuses - {"asserted"}:
        for rank, status in enumerate(STATUS_ORDER):
            if status in statuses:
                entries.append(LegendEntry("status", status, status, line=STATUS_LINE[status], rank=rank))
    return tuple(entries)


def short_citation(source: Source) -> str:
    """Author-date form for a note: ``Beraja et al. 2024``, else the title."""
    if not source.authors:
        return source.title
    surname = source.authors[0].split()[-1]
    names = surname if len(source.authors) == 1 else f"{surname} et al."
    return f"{names} {source.date[:4]}".strip() if source.date else names


def evidence_text(model: Model, description: str, evidence: Iterable[Evidence]) -> str:
    """The tooltip of a box or arrow: what it is, then the sentence behind it or the reason inferred.

    It becomes the item's SVG ``<title>``, so a reader who points at any box or arrow sees the
    source's words (or the modeller's reason), and a screen reader hears them.
    """
    lines = [description] if description else []
    for item in evidence:
        source = model.source(item.source)
        where = [short_citation(source) if source else item.source]
        if item.locator:
            where.append(item.locator)
        if item.footnote is not None:
            where.append(f"fn {item.footnote}")
        cite = ", ".join(where)
        quoted = f"\u201c{item.quote}\u201d ({cite})" if item.quote else f"({cite})"
        if item.status.value == "inferred":
            basis = f" from {quoted}" if item.quote else ""
            lines.append(f"Inferred{basis}: {item.reason or 'no reason given'}")
            continue
        text = f"Hedged: {quoted}" if item.status.value == "hedged" else quoted
        if item.status.value == "contested":
            rivals = [short_citation(s) if (s := model.source(c)) else c for c in item.competing]
            text = f"Contested: {text}; see also {', '.join(rivals)}" if rivals else f"Contested: {text}"
        lines.append(text)
    return "\n".join(lines)


def _fact_note(model: Model, fact: Fact) -> str:
    """``label: value unit``; an item not asserted says so, with competing values and who gives them."""
    note = f"{fact.label}: {fact.display_value()} {fact.unit}".rstrip()
    others = []
    for alternative in fact.alternatives:
        value = str(int(alternative.value)) if alternative.value.is_integer() else f"{alternative.value:g}"
        source = model.source(alternative.source)
        others.append(f"{value} per {short_citation(source) if source else alternative.source}")
    status = fact.status.value
    if others:
        note += f" ({status if status != 'asserted' else 'also'}: {'; '.join(others)})"
    elif status != "asserted":
        note += f" ({status})"
    return note


def _cited(model: Model, nodes: set[str], edges: set[str], facts: list[Fact]) -> tuple[str, ...]:
    evidence: list[Evidence] = []
    evidence += [ev for e in model.elements if e.id in nodes for ev in e.evidence]
    evidence += [ev for r in model.relations if r.id in edges for ev in r.evidence]
    evidence += [ev for f in facts for ev in f.evidence]
    cited = {ev.source for ev in evidence} | {c for ev in evidence for c in ev.competing}
    cited |= {a.source for f in facts for a in f.alternatives}
    return tuple(citation(s) for s in model.sources if s.id in cited)


def scene_from_view(
    loaded_or_model: LoadedModel | Model, view: View | str | None = None, *, max_elements: int = MAX_NODES
) -> Scene:
    """The scene of one view: nodes, edges, clusters, legend, notes and sources, all sorted.

    Raises ``LoadError`` (exit 2, with the view's file and line) when the figure would exceed the
    bounds on nodes (``max_elements``, the ``--max-figure-elements`` option), edges (four per
    node, at least ``MAX_EDGES``) or nesting: that is caught here, before ``dot`` ever runs.
    """
    loaded = loaded_or_model if isinstance(loaded_or_model, LoadedModel) else None
    model = loaded.model if loaded else loaded_or_model
    assert isinstance(model, Model)
    if not isinstance(view, View):
        view = pick_view(model, view)
    elements = _selected(model, view)
    if len(elements) > max_elements:
        message = f"the figure has {len(elements)} elements; at most {max_elements} are drawn"
        raise _fail(loaded, model, view, f"{message} (lift the cap with {FIGURE_CAP_OPTION} N)")
    max_relations = figure_relation_cap(max_elements)
    shown = {e.id for e in elements}
    relations = [r for r in model.relations if r.source in shown and r.target in shown]
    if len(relations) > max_relations:
        message = f"the figure has {len(relations)} relations; at most {max_relations} are drawn"
        raise _fail(loaded, model, view, f"{message} (lift the cap with {FIGURE_CAP_OPTION} N)")
    groups: list[SceneGroup] = []
    membership: dict[str, str] = {}
    gateways: set[str] = set()
    if view.group_by == "layer":
        groups, membership, gateways = _layer_groups(model, elements, loaded, view)
    elif view.group_by == "boundary":
        groups, membership = _boundary_groups(model, shown, loaded, view)
    order = {e.id: index for index, e in enumerate(model.elements)}
    nodes = sorted(
        (_node(model, e, membership.get(e.id), e.id in gateways, view.annotate) for e in elements),
        key=lambda n: (n.layer_rank, order[n.id]),
    )
    edges = [_edge(model, r) for r in relations]
    facts = [f for f in model.facts if f.id in set(view.facts)]
    facts.sort(key=lambda f: view.facts.index(f.id))
    return Scene(
        figure_id=figure_slug(model, view),
        title=view.title,
        caption=view.caption,
        alt_text=view.alt_text,
        direction=view.direction,
        nodes=tuple(nodes),
        edges=tuple(edges),
        groups=tuple(groups),
        legend=_legend(model, nodes, edges, view.backend == "diagrams") if view.legend else (),
        notes=tuple(_fact_note(model, f) for f in facts),
        sources=_cited(model, shown, {r.id for r in relations}, facts),
        backend=view.backend,
        model_id=model.id,
        view_id=view.id,
        figure=view.figure,
        group_by=view.group_by,
        warnings=undrawn_icons(view, elements),
    )


def undrawn_icons(view: View, elements: Iterable[Element]) -> tuple[str, ...]:
    """A warning per element whose own ``icon`` this view would not draw, naming the view.

    The graphviz back end draws kinds as shapes and no icons; only ``backend: diagrams`` draws
    an element's icon, so an ``icon:`` on an element shown in a graphviz view would be silently
    ignored.
    """
    if view.backend == "diagrams":
        return ()
    return tuple(
        f"view {view.id!r}: element {element.id!r} has icon {element.icon!r}, which the graphviz back end "
        "does not draw (it draws kinds as shapes); give the view `backend: diagrams` to draw icons"
        for element in elements
        if element.icon
    )
