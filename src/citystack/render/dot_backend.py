"""The graphviz back end: a scene as a ``graphviz.Digraph``, emitted in a sorted, stable order.

Every attribute comes from the scene through :mod:`citystack.render.dotlang` (escaped labels,
allow-listed shapes) or from the theme; nothing a model writes reaches ``fontname``, ``URL``,
``image`` or any other attribute that reads files or injects markup. The icon back end reuses
the node, edge, legend and note helpers so both kinds of figure share one look.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

import graphviz

from citystack.render.dotlang import dot_id, dot_label, label_lines, safe_shape
from citystack.render.icons import IconFile
from citystack.render.scene import LegendEntry, Scene, SceneEdge, SceneGroup, SceneNode
from citystack.render.themes import Theme

__all__ = [
    "add_edges",
    "add_legend",
    "arrowhead",
    "cluster_attrs",
    "edge_attrs",
    "graph_attrs",
    "graphviz_digraph",
    "node_attrs",
]

_STATUS_STYLE = {"asserted": "", "inferred": "dashed", "contested": "dotted"}
_STATUS_ARROW = {"asserted": "", "inferred": "o", "contested": "ol"}  # filled, open, open left half
_KIND_ARROWS = ("normal", "box", "diamond", "inv")


def arrowhead(kind_rank: int, status: str, theme: Theme) -> str:
    """The arrowhead of an edge: open for inferred, half open for contested.

    Themes without colour (``print``) also vary its shape by relation kind, so that two kinds
    drawn in the same line style can still be told apart.
    """
    shape = _KIND_ARROWS[kind_rank % len(_KIND_ARROWS)] if theme.greys_only else "normal"
    return _STATUS_ARROW[status] + shape


_LINE_STYLE = {"solid": "solid", "dashed": "dashed", "dotted": "dotted", "bold": "bold"}
_LABEL_WRAP = 22
_ICON_WIDTH = 1.3  # inches; the icon is a square this wide on top of its label


def _icon_wrap(width: float, size: float) -> int:
    """How many characters of ``size`` points fit under an icon ``width`` inches wide."""
    return max(8, int(width * 72 / (0.6 * size)))


def _icon_height(label: str, width: float, size: float) -> str:
    """Room for the square icon plus the label's lines below it (``size`` points each)."""
    lines = len(label_lines(label, _icon_wrap(width, size)))
    return f"{width + lines * size * 1.3 / 72 + 0.08:.2f}"


def prefix(scene: Scene) -> str:
    """The prefix of every id in the figure, so two figures can share one page."""
    return scene.figure_id


def graph_attrs(scene: Scene, theme: Theme) -> dict[str, str]:
    """Attributes of the whole graph: direction, colours and a fixed font; never from a model."""
    return {
        "id": dot_id(prefix(scene), "graph"),
        "rankdir": scene.direction,
        "newrank": "true",
        "compound": "true",
        "bgcolor": theme.background,
        "fontname": theme.font,
        "fontsize": f"{theme.font_size + 1:g}",
        "fontcolor": theme.foreground,
        "nodesep": "0.35",
        "ranksep": "0.55",
        "pad": "0.25",
        "outputorder": "edgesfirst",
        "labeljust": "l",
        "charset": "UTF-8",
    }


def node_attrs(node: SceneNode, scene: Scene, theme: Theme, icon: IconFile | None = None) -> dict[str, str]:
    """A node drawn in its kind's shape (or as an icon) with its status shown by the outline."""
    styles = [s for s in ("filled", _STATUS_STYLE[node.status]) if s]
    fill = theme.node_fill if scene.group_by == "layer" else theme.fill(node.layer_rank)
    attrs = {
        "id": dot_id(prefix(scene), "n", node.id),
        "class": f"kind-{node.kind} status-{node.status}",
        "label": dot_label(node.label, wrap=_icon_wrap(_ICON_WIDTH, theme.font_size) if icon else _LABEL_WRAP),
        "shape": safe_shape(node.shape),
        "style": ",".join(styles),
        "fillcolor": fill,
        "color": theme.node_line,
        "fontcolor": theme.foreground,
        "fontname": theme.font,
        "fontsize": f"{theme.font_size:g}",
        "penwidth": "1.2",
    }
    if icon is not None:
        framed = node.status != "asserted"
        attrs.update(
            {
                "shape": "box" if framed else "none",
                "style": f"rounded,{_STATUS_STYLE[node.status]}" if framed else "",
                "image": icon.filename,
                "imagescale": "true",
                "fixedsize": "true",
                "width": f"{_ICON_WIDTH:g}",
                "height": _icon_height(node.label, _ICON_WIDTH, theme.font_size),
                "labelloc": "b",
            }
        )
        if not framed:
            del attrs["style"]
    return attrs


def edge_attrs(edge: SceneEdge, scene: Scene, theme: Theme) -> dict[str, str]:
    """An arrow in its relation kind's line style and colour; its status shown by the arrowhead."""
    attrs = {
        "id": dot_id(prefix(scene), "e", edge.id),
        "class": f"kind-{edge.kind} status-{edge.status}",
        "style": _LINE_STYLE.get(edge.line, "solid"),
        "color": theme.edge(edge.kind_rank),
        "arrowhead": arrowhead(edge.kind_rank, edge.status, theme),
        "fontname": theme.font,
        "fontsize": f"{theme.font_size - 2:g}",
        "fontcolor": theme.muted,
    }
    if edge.label:
        attrs["label"] = dot_label(edge.label, wrap=_LABEL_WRAP)
    return attrs


def cluster_attrs(group: SceneGroup, scene: Scene, theme: Theme) -> dict[str, str]:
    """A layer band or a boundary; closed nets get a bold dashed border, countries a bold one."""
    style = {"closed_net": "rounded,filled,dashed,bold", "country": "rounded,filled,bold"}.get(
        group.kind, "rounded,filled"
    )
    return {
        "id": dot_id(prefix(scene), "g", group.id),
        "class": f"group-{group.kind}",
        "label": dot_label(group.label),
        "style": style,
        "fillcolor": theme.fill(group.rank),
        "color": theme.cluster_line,
        "fontcolor": theme.muted,
        "fontname": theme.font,
        "fontsize": f"{theme.font_size:g}",
        "labeljust": "l",
        "penwidth": "1.2",
    }


def add_edges(graph: graphviz.Digraph, scene: Scene, theme: Theme, pinned: frozenset[str] = frozenset()) -> None:
    """Every edge of the scene, in the scene's sorted order.

    Edges between ``pinned`` nodes (whose rank the layer stack already fixes) do not constrain
    the ranking, so arrows that run down the stack (control) cannot pull layers out of order.
    """
    for edge in scene.edges:
        attrs = edge_attrs(edge, scene, theme)
        if edge.source in pinned and edge.target in pinned:
            attrs["constraint"] = "false"
        graph.edge(edge.source, edge.target, **attrs)


def _legend_node(entry: LegendEntry, scene: Scene, theme: Theme, icons: Mapping[str, IconFile]) -> dict[str, str]:
    node = SceneNode(
        id=f"legend-{entry.id}", label=entry.label, kind=entry.id, kind_name=entry.label, layer="", shape=entry.shape
    )
    icon = icons.get(entry.icon) if entry.icon else None
    attrs = node_attrs(node, scene, theme, icon)
    attrs.update({"fillcolor": theme.node_fill, "fontsize": f"{theme.font_size - 1:g}"})
    if icon is not None:
        size = theme.font_size - 1
        attrs.update(
            {
                "label": dot_label(entry.label, wrap=_icon_wrap(1.0, size)),
                "width": "1",
                "height": _icon_height(entry.label, 1.0, size),
            }
        )
    attrs["class"] = f"legend-entry legend-kind kind-{entry.id}"
    attrs["id"] = dot_id(prefix(scene), "legend", "kind", entry.id)
    return attrs


_PER_ROW = {"kind": 5, "relation": 3, "status": 3}


def _legend_edge(
    row: graphviz.Digraph, legend: graphviz.Digraph, entry: LegendEntry, scene: Scene, theme: Theme
) -> list[str]:
    """Two points joined by an arrow drawn like the relation kind (or status) it stands for.

    The arrow runs across the row; in a left-to-right figure rows are columns, so there the arrow
    runs from its row to the next rank instead.
    """
    across = scene.direction in ("LR", "RL")
    base = prefix(scene)
    key = f"_legend_{entry.category}_{entry.id}"  # "_" never starts a model id
    head = f"{key}-to"
    point = {"shape": "point", "width": "0.06", "color": theme.muted, "label": ""}
    if entry.category == "relation":
        style, color, text = _LINE_STYLE.get(entry.line, "solid"), theme.edge(entry.rank), entry.label
        arrow = arrowhead(entry.rank, "asserted", theme)
    else:
        style, arrow, color = _LINE_STYLE[entry.line], arrowhead(0, entry.id, theme), theme.foreground
        text = f"{entry.label} (outline, arrowhead)"
    row.node(key, id=dot_id(base, "legend", entry.category, entry.id), **point)
    (legend if across else row).node(head, id=dot_id(base, "legend", entry.category, entry.id, "to"), **point)
    legend.edge(
        key,
        head,
        id=dot_id(base, "legend", entry.category, entry.id, "edge"),
        label=dot_label(text),
        style=style,
        color=color,
        arrowhead=arrow,
        fontname=theme.font,
        fontsize=f"{theme.font_size - 1:g}",
        fontcolor=theme.foreground,
        minlen="1" if across else "2",
    )
    return [key] if across else [key, head]


def _legend_rows(scene: Scene) -> list[list[LegendEntry]]:
    """Entries in rows of a few of one category each, so the legend stays compact."""
    rows: list[list[LegendEntry]] = []
    for category, per_row in _PER_ROW.items():
        entries = [e for e in scene.legend if e.category == category]
        rows += [entries[i : i + per_row] for i in range(0, len(entries), per_row)]
    return rows


def _place_legend(graph: graphviz.Digraph, scene: Scene, top: str) -> None:
    """One invisible edge that puts the legend after the figure (below it, or beside it for LR/RL)."""
    stacked = {g.id for g in scene.groups if g.stacked} if scene.group_by == "layer" else None
    anchors = [n.id for n in scene.nodes if stacked is None or n.group in stacked]
    if not anchors:
        return
    attrs = {"id": dot_id(prefix(scene), "legend", "anchor"), "style": "invis", "weight": "0"}
    if scene.direction in ("BT", "RL"):
        graph.edge(top, anchors[0], **attrs)
    else:
        graph.edge(anchors[-1], top, **attrs)


def add_legend(graph: graphviz.Digraph, scene: Scene, theme: Theme, icons: Mapping[str, IconFile]) -> None:
    """A legend cluster listing exactly what the figure uses, and the view's facts as a note."""
    if not scene.legend and not scene.notes:
        return
    base = prefix(scene)
    with graph.subgraph(name=f"cluster_{base}_legend") as legend:
        legend.attr(
            id=dot_id(base, "legend"),
            label=dot_label("Legend"),
            style="rounded",
            color=theme.cluster_line,
            fontcolor=theme.muted,
            fontname=theme.font,
            fontsize=f"{theme.font_size:g}",
            margin="10",
        )
        firsts: list[str] = []
        for row_entries in _legend_rows(scene):
            keys: list[str] = []
            with legend.subgraph() as row:
                row.attr(rank="same")
                for entry in row_entries:
                    if entry.category == "kind":
                        key = f"_legend_{entry.category}_{entry.id}"
                        row.node(key, **_legend_node(entry, scene, theme, icons))
                        keys.append(key)
                    else:
                        keys.extend(_legend_edge(row, legend, entry, scene, theme))
            for index, (left, right) in enumerate(itertools.pairwise(keys)):
                legend.edge(left, right, id=dot_id(base, "legend", "row", keys[0], str(index)), style="invis")
            firsts.append(keys[0])
        if scene.notes:
            legend.node(
                "_legend_notes",
                id=dot_id(base, "notes"),
                label=dot_label("\n".join(scene.notes), wrap=56, left=True),
                shape="note",
                style="filled",
                fillcolor=theme.node_fill,
                color=theme.node_line,
                fontcolor=theme.foreground,
                fontname=theme.font,
                fontsize=f"{theme.font_size - 1:g}",
                margin="0.15,0.08",
            )
            firsts.append("_legend_notes")
        _place_legend(graph, scene, firsts[0])
        if scene.direction in ("BT", "RL"):
            firsts.reverse()  # so the legend reads from the top (or the left) down
        for index, (upper, lower) in enumerate(itertools.pairwise(firsts)):
            legend.edge(upper, lower, id=dot_id(base, "legend", "chain", str(index)), style="invis")


def _children(scene: Scene) -> dict[str | None, list[SceneGroup]]:
    children: dict[str | None, list[SceneGroup]] = {}
    for group in scene.groups:
        children.setdefault(group.parent, []).append(group)
    return children


def _add_group(
    graph: graphviz.Digraph,
    group: SceneGroup,
    scene: Scene,
    theme: Theme,
    children: dict[str | None, list[SceneGroup]],
) -> None:
    with graph.subgraph(name=f"cluster_{prefix(scene)}_{group.id}") as cluster:
        cluster.attr(**cluster_attrs(group, scene, theme))
        members = [n for n in scene.nodes if n.group == group.id]
        if scene.group_by == "layer" and group.stacked and members:
            with cluster.subgraph() as row:
                row.attr(rank="same")
                for node in members:
                    row.node(node.id, **node_attrs(node, scene, theme))
        else:
            for node in members:
                cluster.node(node.id, **node_attrs(node, scene, theme))
        for child in children.get(group.id, []):
            _add_group(cluster, child, scene, theme, children)


def _stack_order(graph: graphviz.Digraph, scene: Scene) -> None:
    """Invisible edges from each stacked layer to the next, so layers stay in vocabulary order."""
    firsts = []
    for group in scene.groups:
        members = [n.id for n in scene.nodes if n.group == group.id]
        if group.stacked and members:
            firsts.append(members[0])
    for index, (lower, upper) in enumerate(itertools.pairwise(firsts)):
        graph.edge(lower, upper, id=dot_id(prefix(scene), "stack", str(index)), style="invis", weight="0")


def add_body(graph: graphviz.Digraph, scene: Scene, theme: Theme) -> None:
    """Clusters with their nodes, loose nodes, the stacking order and every edge (no icons)."""
    children = _children(scene)
    for group in children.get(None, []):
        _add_group(graph, group, scene, theme, children)
    for node in scene.nodes:
        if node.group is None:
            graph.node(node.id, **node_attrs(node, scene, theme))
    pinned: frozenset[str] = frozenset()
    if scene.group_by == "layer":
        _stack_order(graph, scene)
        stacked = {g.id for g in scene.groups if g.stacked}
        pinned = frozenset(n.id for n in scene.nodes if n.group in stacked)
    add_edges(graph, scene, theme, pinned)


def graphviz_digraph(scene: Scene, theme: Theme) -> graphviz.Digraph:
    """The conceptual figure: shapes and line styles, no icons."""
    graph = graphviz.Digraph(name=scene.figure_id)
    graph.attr("graph", **graph_attrs(scene, theme))
    graph.attr("node", fontname=theme.font)
    graph.attr("edge", fontname=theme.font)
    add_body(graph, scene, theme)
    add_legend(graph, scene, theme, {})
    return graph
