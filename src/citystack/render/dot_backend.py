"""The graphviz back end: a scene as a ``graphviz.Digraph``, emitted in a stable order.

Every attribute comes from the scene through :mod:`citystack.render.dotlang` (escaped labels,
allow-listed shapes) or from the theme; nothing a model writes reaches ``fontname``, ``URL``,
``image`` or any other attribute that reads files or injects markup. The drawing of nodes,
clusters, layout aids, legend and notes is shared with the icon back end through a small
:class:`Canvas`, so both kinds of figure have one look and one layout.
"""

from __future__ import annotations

import contextlib
import html
import itertools
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Protocol

import graphviz

from citystack.render.dotlang import dot_id, dot_label, html_lines, safe_shape
from citystack.render.icons import IconFile
from citystack.render.scene import LegendEntry, Scene, SceneEdge, SceneGroup, SceneNode
from citystack.render.themes import Theme

__all__ = [
    "Canvas",
    "GraphvizCanvas",
    "add_body",
    "add_legend",
    "arrowhead",
    "cluster_attrs",
    "edge_attrs",
    "graph_attrs",
    "graphviz_digraph",
    "layer_rows",
    "node_attrs",
    "prefix",
]

_STATUS_STYLE = {"asserted": "", "hedged": "diagonals", "inferred": "dashed", "contested": "dotted"}
# Before the head's shape: filled, open, open left half; hedged adds an open dot behind the head.
_STATUS_ARROW = {"asserted": "", "hedged": "", "inferred": "o", "contested": "ol"}
_STATUS_TAIL = {"hedged": "odot"}
_BLOCKED_ARROW = "tee"
_STATUS_LEGEND = {"hedged": "corners cut, open dot: may, can, will"}
_KIND_ARROWS = ("normal", "box", "diamond", "inv")
_LINE_STYLE = {"solid": "solid", "dashed": "dashed", "dotted": "dotted", "bold": "bold"}
_LABEL_WRAP = 22
_ICON_SIZE = 34  # points: the icon drawn above an element's name
_ICON_WRAP = 16
_LEGEND_ICON = 14
_PER_ROW = {"kind": 6, "relation": 4}
_NOTE_WRAP = 64
#: The invisible node that gives an empty boundary (no members yet) its frame.
_EMPTY_FRAME = {"label": "", "shape": "box", "style": "invis", "width": "1.2", "height": "0.5"}
_ANNOTATION_WRAP = 28


def arrowhead(kind_rank: int, status: str, theme: Theme, *, blocked: bool = False) -> str:
    """The arrowhead of an edge: open for inferred, half open for contested, an open dot behind it for hedged.

    A blocked relation (access that does not happen) ends in a bar (``tee``) whatever its kind.
    Themes without colour (``print``) also vary the shape by relation kind, so that two kinds
    drawn in the same line style can still be told apart.
    """
    by_kind = _KIND_ARROWS[kind_rank % len(_KIND_ARROWS)] if theme.greys_only else "normal"
    shape = _BLOCKED_ARROW if blocked else by_kind
    return _STATUS_ARROW[status] + shape + _STATUS_TAIL.get(status, "")


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
        "fontsize": f"{theme.font_size:g}",
        "fontcolor": theme.foreground,
        "nodesep": "0.25",
        "ranksep": "0.45",
        "pad": "0.15",
        "outputorder": "edgesfirst",
        "labeljust": "l",
        "charset": "UTF-8",
    }


def _icon_label(icon: IconFile, text: str, size: float, wrap: int) -> str:
    """An HTML-like label: the icon in a square cell above the element's (escaped) name."""
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
        f'<TR><TD FIXEDSIZE="TRUE" WIDTH="{size:g}" HEIGHT="{size:g}">'
        f'<IMG SRC="{html.escape(icon.filename)}" SCALE="TRUE"/></TD></TR>'
        f"<TR><TD>{html_lines(text, wrap=wrap)}</TD></TR></TABLE>>"
    )


def _annotated_label(node: SceneNode, theme: Theme, icon: IconFile | None) -> str:
    """An HTML-like label: the icon (if any), the element's name, then its annotation, smaller and muted."""
    rows = []
    if icon is not None:
        rows.append(
            f'<TR><TD FIXEDSIZE="TRUE" WIDTH="{_ICON_SIZE:g}" HEIGHT="{_ICON_SIZE:g}">'
            f'<IMG SRC="{html.escape(icon.filename)}" SCALE="TRUE"/></TD></TR>'
        )
    rows.append(f"<TR><TD>{html_lines(node.label, wrap=_ICON_WRAP if icon else _LABEL_WRAP)}</TD></TR>")
    rows.append(
        f'<TR><TD><FONT POINT-SIZE="{theme.font_size - 2:g}" COLOR="{theme.muted}">'
        f"{html_lines(node.annotation, wrap=_ANNOTATION_WRAP)}</FONT></TD></TR>"
    )
    return '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"


def node_attrs(node: SceneNode, scene: Scene, theme: Theme, icon: IconFile | None = None) -> dict[str, str]:
    """A node in its kind's shape, or its icon above its name; its status shown by the outline.

    A gateway (where a boundary is crossed) gets a double outline, drawn on the boundary.
    """
    styles = [s for s in ("filled", _STATUS_STYLE[node.status]) if s]
    fill = theme.node_fill if scene.group_by == "layer" else theme.fill(node.layer_rank)
    attrs = {
        "id": dot_id(prefix(scene), "n", node.id),
        "class": f"kind-{node.kind} status-{node.status}",
        "label": dot_label(node.label, wrap=_LABEL_WRAP),
        "shape": safe_shape(node.shape),
        "style": ",".join(styles),
        "fillcolor": fill,
        "color": theme.node_line,
        "fontcolor": theme.foreground,
        "fontname": theme.font,
        "fontsize": f"{theme.font_size:g}",
        "penwidth": "1.2",
        "margin": "0.1,0.04",
    }
    if icon is not None:
        framed = node.status != "asserted" or node.gateway
        attrs.update(
            {
                "label": _icon_label(icon, node.label, _ICON_SIZE, _ICON_WRAP),
                "shape": "box" if framed else "none",
                "style": ",".join(s for s in ("rounded", _STATUS_STYLE[node.status]) if s) if framed else "solid",
                "margin": "0.04,0.02",
            }
        )
    if node.annotation:
        attrs["label"] = _annotated_label(node, theme, icon)
    if node.gateway:
        attrs["peripheries"] = "2"
    return attrs


def edge_attrs(edge: SceneEdge, scene: Scene, theme: Theme) -> dict[str, str]:
    """An arrow in its relation kind's line style and colour; its status shown by the arrowhead."""
    attrs = {
        "id": dot_id(prefix(scene), "e", edge.id),
        "class": f"kind-{edge.kind} status-{edge.status}",
        "style": _LINE_STYLE.get(edge.line, "solid"),
        "color": theme.edge(edge.kind_rank),
        "arrowhead": arrowhead(edge.kind_rank, edge.status, theme, blocked=edge.blocked),
        "arrowsize": "0.8",
        "fontname": theme.font,
        "fontsize": f"{theme.font_size - 2:g}",
        "fontcolor": theme.muted,
    }
    if edge.label:
        attrs["label"] = dot_label(edge.label, wrap=_LABEL_WRAP)
    return attrs


def cluster_attrs(group: SceneGroup, scene: Scene, theme: Theme) -> dict[str, str]:
    """A layer band or a boundary; closed nets get a bold dashed border, countries a bold one.

    A boundary drawn around layer bands is left unfilled so the bands inside it stand out.
    """
    style = {"closed_net": "rounded,filled,dashed,bold", "country": "rounded,filled,bold"}.get(
        group.kind, "rounded,filled"
    )
    around_bands = any(g.parent == group.id and g.kind == "layer" for g in scene.groups)
    return {
        "id": dot_id(prefix(scene), "g", group.id),
        "class": f"group-{group.kind}",
        "label": dot_label(group.label),
        "style": style,
        "fillcolor": theme.background if around_bands else theme.fill(group.rank),
        "color": theme.foreground if around_bands else theme.cluster_line,
        "fontcolor": theme.foreground if around_bands else theme.muted,
        "fontname": theme.font,
        "fontsize": f"{theme.font_size + (1 if around_bands else 0):g}",
        "labeljust": "l",
        "penwidth": "1.6" if around_bands else "1",
        "margin": "8",
    }


class Canvas(Protocol):
    """How a back end creates nodes, clusters and edges; layout aids go straight into the graph."""

    def node(self, container: graphviz.Digraph, node_id: str, attrs: dict[str, str]) -> None:
        """Add a node to ``container`` (a cluster or the graph)."""

    def cluster(
        self, container: graphviz.Digraph, name: str, attrs: dict[str, str]
    ) -> contextlib.AbstractContextManager[graphviz.Digraph]:
        """A cluster inside ``container``, open while the context lasts."""

    def edge(self, graph: graphviz.Digraph, tail: str, head: str, attrs: dict[str, str]) -> None:
        """Add an edge of the scene from ``tail`` to ``head`` (``dir`` may turn its arrow round)."""


class GraphvizCanvas:
    """The plain ``graphviz`` canvas."""

    def node(self, container: graphviz.Digraph, node_id: str, attrs: dict[str, str]) -> None:
        """Add a node to ``container``."""
        container.node(node_id, **attrs)

    @contextlib.contextmanager
    def cluster(self, container: graphviz.Digraph, name: str, attrs: dict[str, str]) -> Iterator[graphviz.Digraph]:
        """A ``cluster_`` subgraph of ``container``."""
        with container.subgraph(name=name) as sub:
            sub.attr(**attrs)
            yield sub

    def edge(self, graph: graphviz.Digraph, tail: str, head: str, attrs: dict[str, str]) -> None:
        """Add an edge to the graph."""
        graph.edge(tail, head, **attrs)


def layer_rows(scene: Scene) -> dict[int, list[str]]:
    """The rows of a layered figure: node ids by the rank of their layer, in scene order.

    Nodes of a layer that is not stacked (outside actors) share one row: the row of the stacked
    layer they are most connected to, so they stand beside what they touch instead of being
    pulled to an end of the figure. A non-stacked layer with no such connection gets a row of
    its own after the stack. Empty for figures not grouped by layer.
    """
    if scene.group_by != "layer":
        return {}
    rows: dict[int, list[str]] = {}
    stacked = {n.id: n.layer_rank for n in scene.nodes if n.stacked}
    for node in scene.nodes:
        if node.stacked:
            rows.setdefault(node.layer_rank, []).append(node.id)
    loose: dict[str, list[SceneNode]] = {}
    for node in scene.nodes:
        if not node.stacked:
            loose.setdefault(node.layer, []).append(node)
    for members in loose.values():
        ids = {n.id for n in members}
        touched: Counter[int] = Counter()
        for edge in scene.edges:
            for here, there in ((edge.source, edge.target), (edge.target, edge.source)):
                if here in ids and there in stacked:
                    touched[stacked[there]] += 1
        if touched:
            row = max(touched, key=lambda rank: (touched[rank], -rank))
        else:
            row = max(stacked.values(), default=0) + 1 + members[0].layer_rank
        rows.setdefault(row, []).extend(n.id for n in members)
    return dict(sorted(rows.items()))


def _children(scene: Scene) -> dict[str | None, list[SceneGroup]]:
    children: dict[str | None, list[SceneGroup]] = {}
    for group in scene.groups:
        children.setdefault(group.parent, []).append(group)
    return children


def _add_group(  # noqa: PLR0917  (a private recursion over the cluster tree)
    canvas: Canvas,
    container: graphviz.Digraph,
    group: SceneGroup,
    scene: Scene,
    theme: Theme,
    icons: Mapping[str, IconFile],
    children: dict[str | None, list[SceneGroup]],
) -> None:
    with canvas.cluster(container, f"cluster_{prefix(scene)}_{group.id}", cluster_attrs(group, scene, theme)) as sub:
        for node in scene.nodes:
            if node.group == group.id:
                canvas.node(sub, node.id, node_attrs(node, scene, theme, icons.get(node.icon or "")))
        for child in children.get(group.id, []):
            _add_group(canvas, sub, child, scene, theme, icons, children)
        if not children.get(group.id) and not any(node.group == group.id for node in scene.nodes):
            # dot draws no cluster without a node: an invisible one keeps an empty boundary's frame
            sub.node(f"_empty_{group.id}", id=dot_id(prefix(scene), "empty", group.id), **_EMPTY_FRAME)


def add_body(
    graph: graphviz.Digraph,
    scene: Scene,
    theme: Theme,
    icons: Mapping[str, IconFile] | None = None,
    canvas: Canvas | None = None,
) -> None:
    """Clusters with their nodes, loose nodes, the rows of a layered figure and every edge.

    In a layered figure each layer is one row (``rank=same``) and invisible edges keep the rows
    in vocabulary order. An arrow that runs against the stack (control, feedback) is laid out
    as if it ran with it and drawn with its arrowhead at the other end (``dir=back``): it then
    follows the stack between the bands instead of looping around the figure, and it cannot
    pull layers out of order.
    """
    icons = icons or {}
    canvas = canvas or GraphvizCanvas()
    children = _children(scene)
    for group in children.get(None, []):
        _add_group(canvas, graph, group, scene, theme, icons, children)
    for node in scene.nodes:
        if node.group is None:
            canvas.node(graph, node.id, node_attrs(node, scene, theme, icons.get(node.icon or "")))
    rows = layer_rows(scene)
    row_of = {node_id: row for row, ids in rows.items() for node_id in ids}
    base = prefix(scene)
    for row, ids in rows.items():
        # never a name starting "cluster" (a figure id may): a row drawn as a cluster crashes dot
        with graph.subgraph(name=f"row_{base}_{row}") as same:
            same.attr(rank="same")
            for node_id in ids:
                same.node(node_id)
    for index, (lower, upper) in enumerate(itertools.pairwise(rows.values())):
        graph.edge(lower[0], upper[0], id=dot_id(base, "stack", str(index)), style="invis", weight="0")
    for edge in scene.edges:
        attrs = edge_attrs(edge, scene, theme)
        source, target = row_of.get(edge.source), row_of.get(edge.target)
        if source is not None and target is not None and target < source:
            attrs.update({"dir": "back", "arrowtail": attrs.pop("arrowhead"), "weight": "0"})
            canvas.edge(graph, edge.target, edge.source, attrs)
        else:
            canvas.edge(graph, edge.source, edge.target, attrs)


def _legend_icons(entries: list[LegendEntry], scene: Scene, theme: Theme, icons: Mapping[str, IconFile]) -> str:
    """The kinds drawn as icons, as one table: a small icon beside each kind's name, in columns."""
    cells = [
        f'<TD FIXEDSIZE="TRUE" WIDTH="{_LEGEND_ICON}" HEIGHT="{_LEGEND_ICON}">'
        f'<IMG SRC="{html.escape(icons[e.icon or ""].filename)}" SCALE="TRUE"/></TD>'
        f'<TD ALIGN="LEFT">{html_lines(e.label)}</TD>'
        for e in entries
    ]
    columns = _PER_ROW["kind"]
    rows = "".join(f"<TR>{''.join(cells[i : i + columns])}</TR>" for i in range(0, len(cells), columns))
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="1">{rows}</TABLE>>'


def _legend_kind(entry: LegendEntry, scene: Scene, theme: Theme) -> dict[str, str]:
    """A small copy of the kind's shape with its name inside."""
    return {
        "id": dot_id(prefix(scene), "legend", "kind", entry.id),
        "class": f"legend-entry legend-kind kind-{entry.id}",
        "fontname": theme.font,
        "fontsize": f"{theme.font_size - 2:g}",
        "fontcolor": theme.foreground,
        "color": theme.node_line,
        "height": "0.25",
        "margin": "0.06,0.02",
        "penwidth": "0.8",
        "shape": safe_shape(entry.shape),
        "label": dot_label(entry.label),
        "style": "filled",
        "fillcolor": theme.node_fill,
    }


def _legend_edge(
    row: graphviz.Digraph, legend: graphviz.Digraph, entry: LegendEntry, scene: Scene, theme: Theme
) -> list[str]:
    """Two points joined by a short arrow drawn like the relation kind (or status) it stands for.

    The arrow runs across the row; in a left-to-right figure rows are columns, so there the arrow
    runs from its row to the next rank instead.
    """
    across = scene.direction in ("LR", "RL")
    base = prefix(scene)
    key = f"_legend_{entry.category}_{entry.id}"  # "_" never starts a model id
    head = f"{key}-to"
    point = {"shape": "point", "width": "0.04", "color": theme.muted, "label": ""}
    if entry.category == "relation":
        style, color, text = _LINE_STYLE.get(entry.line, "solid"), theme.edge(entry.rank), entry.label
        arrow = arrowhead(entry.rank, "asserted", theme, blocked=entry.blocked)
    else:
        style, arrow, color = _LINE_STYLE[entry.line], arrowhead(0, entry.id, theme), theme.foreground
        text = f"{entry.label} ({_STATUS_LEGEND.get(entry.id, 'outline, arrowhead')})"
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
        arrowsize="0.7",
        fontname=theme.font,
        fontsize=f"{theme.font_size - 2:g}",
        fontcolor=theme.foreground,
        minlen="1",
    )
    return [key] if across else [key, head]


def _legend_rows(scene: Scene, icons: Mapping[str, IconFile]) -> list[list[LegendEntry]]:
    """Rows of the legend: kinds drawn as icons (one table), kinds drawn as shapes, then lines."""
    kinds = [e for e in scene.legend if e.category == "kind"]
    iconic = [e for e in kinds if e.icon in icons]
    shaped = [e for e in kinds if e.icon not in icons]
    lines = [e for e in scene.legend if e.category != "kind"]
    rows: list[list[LegendEntry]] = [iconic] if iconic else []
    for entries, most in ((shaped, _PER_ROW["kind"]), (lines, _PER_ROW["relation"])):
        per_row = max(1, len(entries)) if len(entries) <= most + 2 else most  # no short second row
        rows += [entries[i : i + per_row] for i in range(0, len(entries), per_row)]
    return rows


def _notes_label(scene: Scene, theme: Theme) -> str:
    """The view's facts as a bulleted table: one fact per row, wrapped lines hang under the bullet."""
    rows = "".join(
        f'<TR><TD VALIGN="TOP">&#8226;</TD><TD ALIGN="LEFT" BALIGN="LEFT">{html_lines(note, wrap=_NOTE_WRAP)}</TD></TR>'
        for note in scene.notes
    )
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
        f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Facts</B></TD></TR>{rows}</TABLE>>'
    )


def _place_legend(graph: graphviz.Digraph, scene: Scene, top: str) -> None:
    """One invisible edge that puts the legend after the figure (below it, or beside it for LR/RL)."""
    rows = layer_rows(scene)
    anchors = list(itertools.chain.from_iterable(rows.values())) or [n.id for n in scene.nodes]
    if not anchors:
        return
    attrs = {"id": dot_id(prefix(scene), "legend", "anchor"), "style": "invis", "weight": "0"}
    if scene.direction in ("BT", "RL"):
        graph.edge(top, next(iter(rows.values()))[0] if rows else anchors[0], **attrs)
    else:
        graph.edge(list(rows.values())[-1][0] if rows else anchors[-1], top, **attrs)


def add_legend(graph: graphviz.Digraph, scene: Scene, theme: Theme, icons: Mapping[str, IconFile]) -> None:
    """A compact legend listing exactly what the figure uses, and the view's facts as a note."""
    if not scene.legend and not scene.notes:
        return
    base = prefix(scene)
    # "_legend": no group id starts with "_", so a boundary or layer called "legend" stays apart
    with graph.subgraph(name=f"cluster_{base}__legend") as legend:
        legend.attr(
            id=dot_id(base, "legend"),
            label=dot_label("Legend"),
            style="rounded",
            color=theme.cluster_line,
            fontcolor=theme.muted,
            fontname=theme.font,
            fontsize=f"{theme.font_size - 1:g}",
            margin="6",
        )
        firsts: list[str] = []
        for row_entries in _legend_rows(scene, icons):
            keys: list[str] = []
            with legend.subgraph() as row:
                row.attr(rank="same")
                if row_entries[0].category == "kind" and row_entries[0].icon in icons:
                    row.node(
                        "_legend_kinds",
                        id=dot_id(base, "legend", "kinds"),
                        label=_legend_icons(row_entries, scene, theme, icons),
                        shape="none",
                        margin="0",
                        fontname=theme.font,
                        fontsize=f"{theme.font_size - 2:g}",
                        fontcolor=theme.foreground,
                    )
                    keys.append("_legend_kinds")
                for entry in row_entries:
                    if keys == ["_legend_kinds"]:
                        break
                    if entry.category == "kind":
                        key = f"_legend_{entry.category}_{entry.id}"
                        row.node(key, **_legend_kind(entry, scene, theme))
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
                label=_notes_label(scene, theme),
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
            legend.edge(upper, lower, id=dot_id(base, "legend", "chain", str(index)), style="invis", minlen="1")


def graphviz_digraph(scene: Scene, theme: Theme) -> graphviz.Digraph:
    """The conceptual figure: shapes and line styles, no icons."""
    graph = graphviz.Digraph(name=scene.figure_id)
    graph.attr("graph", **graph_attrs(scene, theme))
    graph.attr("node", fontname=theme.font)
    graph.attr("edge", fontname=theme.font)
    add_body(graph, scene, theme)
    add_legend(graph, scene, theme, {})
    return graph
