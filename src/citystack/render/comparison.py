"""Two stacks side by side: one table laid out by ``dot``, then the usual SVG master.

A band per layer (the stack's top first, outside actors last), matched elements on the same
row, elements present in one model only on a row of their own with the other side empty, and
between the two columns the classes in which a row differs, each in its own colour and word (so
that the print theme tells them apart by word alone). A legend row explains every class. Every
cell carries a tooltip: an element's kind and evidence, a row's differences in full.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from citystack.compare import Comparison, Difference, DifferenceClass
from citystack.compare.records import CLASS_ORDER
from citystack.compare.wording import CLASS_TITLES, difference_cells
from citystack.model import Element, Model
from citystack.render.build_scene import evidence_text
from citystack.render.dotlang import html_lines
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT
from citystack.render.pipeline import RenderedFigure, render_dot_figure
from citystack.render.scene import Scene
from citystack.render.themes import Theme, get_theme

__all__ = ["CLASS_WORDS", "comparison_dot", "comparison_figure_id", "comparison_scene", "render_comparison"]

#: The word each class is marked with in the middle column and the legend.
CLASS_WORDS = {
    DifferenceClass.ONLY_IN_ONE: "one side only",
    DifferenceClass.DIFFERENT_OPERATOR: "operator",
    DifferenceClass.DIFFERENT_PURPOSE: "purpose",
    DifferenceClass.DATA_ELSEWHERE: "data elsewhere",
    DifferenceClass.OVERSIGHT: "oversight",
    DifferenceClass.OUTSIDE_ACCESS: "outside access",
}
_WRAP = 30
_TIP_LIMIT = 900

Row = tuple[str | None, str | None]


def comparison_figure_id(comparison: Comparison) -> str:
    """``compare-<a>-vs-<b>``: the figure's id, file name and the prefix of every id in its SVG."""
    return f"compare-{comparison.a.id}-vs-{comparison.b.id}"


def _counts_sentence(comparison: Comparison) -> str:
    counts = comparison.counts()
    return "; ".join(f"{CLASS_TITLES[cls]}: {counts[cls.value]}" for cls in CLASS_ORDER)


def comparison_scene(comparison: Comparison, sources: tuple[str, ...] = ()) -> Scene:
    """The scene that names the figure (title, caption, alt text); the table itself is DOT."""
    a, b = comparison.a, comparison.b
    layers = len(comparison.layers)
    return Scene(
        figure_id=comparison_figure_id(comparison),
        title=f"Side by side: {a.title}; {b.title}",
        caption=(
            f"The {a.elements} elements of {a.title} (left) and the {b.elements} of {b.title} (right), layer by "
            "layer: matched elements share a row, elements present in one model only have a row to themselves, and "
            "the middle column names the classes in which a row differs. Point at a cell for its evidence. "
            "Drawn by citystack compare."
        ),
        alt_text=(
            f"A table of {layers} layer bands with two columns, {a.title} on the left and {b.title} on the right. "
            f"{len(comparison.matches)} elements are matched on shared rows; {len(comparison.only_in_a)} are only "
            f"on the left and {len(comparison.only_in_b)} only on the right. Differences by class: "
            f"{_counts_sentence(comparison)}."
        ),
        direction="TB",
        nodes=(),
        edges=(),
        sources=sources,
        model_id=comparison_figure_id(comparison),
        view_id="compare",
    )


def _rows(comparison: Comparison, a: Model, b: Model, layer: str) -> list[Row]:
    """Matched pairs of one layer, then its elements only in A, then those only in B."""
    layer_a = {e.id: e.layer for e in a.elements}
    layer_b = {e.id: e.layer for e in b.elements}
    rows: list[Row] = [(m.a, m.b) for m in comparison.matches if m.layer == layer]
    rows += [(e, None) for e in comparison.only_in_a if layer_a.get(e) == layer]
    rows += [(None, e) for e in comparison.only_in_b if layer_b.get(e) == layer]
    return rows


def _element_cell(model: Model, element_id: str | None, fill: str, cell_id: str, theme: Theme) -> str:
    common = f'ID="{cell_id}" ALIGN="LEFT" BALIGN="LEFT"'
    if element_id is None:
        return f'<TD {common} BGCOLOR="{fill}"><FONT COLOR="{theme.muted}">—</FONT></TD>'
    element: Element | None = model.element(element_id)
    name = element.name if element else element_id
    kind = element.kind if element else ""
    tip = evidence_text(model, f"{name} ({kind})", element.evidence if element else ())
    tooltip = html.escape(tip[:_TIP_LIMIT], quote=True)
    return (
        f'<TD {common} HREF="#" TOOLTIP="{tooltip}" BGCOLOR="{theme.node_fill}">'
        f'{html_lines(name, wrap=_WRAP)}<BR/><FONT POINT-SIZE="{theme.font_size - 2:g}" '
        f'COLOR="{theme.muted}">{html.escape(kind)}</FONT></TD>'
    )


def _class_colour(cls: DifferenceClass, theme: Theme) -> str:
    return theme.foreground if theme.greys_only else theme.edge(CLASS_ORDER.index(cls))


def _marks(found: Iterable[Difference], fill: str, cell_id: str, theme: Theme) -> str:
    differences = sorted(found, key=lambda d: CLASS_ORDER.index(d.kind))
    if not differences:
        return f'<TD ID="{cell_id}" BGCOLOR="{fill}"> </TD>'
    words = "<BR/>".join(
        f'<FONT COLOR="{_class_colour(d.kind, theme)}"><B>{html.escape(CLASS_WORDS[d.kind])}</B></FONT>'
        for d in differences
    )
    tip = " | ".join(
        f"{CLASS_TITLES[d.kind]}: A {cells[0]}; B {cells[1]}" for d in differences for cells in [difference_cells(d)]
    )
    tooltip = html.escape(tip[:_TIP_LIMIT], quote=True)
    return f'<TD ID="{cell_id}" HREF="#" TOOLTIP="{tooltip}" BGCOLOR="{fill}">{words}</TD>'


def _legend(theme: Theme) -> str:
    entries = "<BR/>".join(
        f'<FONT COLOR="{_class_colour(cls, theme)}"><B>{html.escape(CLASS_WORDS[cls])}</B></FONT>'
        f'<FONT COLOR="{theme.foreground}">: {html.escape(CLASS_TITLES[cls])}</FONT>'
        for cls in CLASS_ORDER
    )
    note = "— : the element has no counterpart in this model"
    return (
        f'<TR><TD COLSPAN="4" ALIGN="LEFT" BALIGN="LEFT" BORDER="0" ID="legend">'
        f'<B>Differs in</B><BR ALIGN="LEFT"/>{entries}<BR ALIGN="LEFT"/>'
        f'<FONT COLOR="{theme.muted}">{html.escape(note)}</FONT></TD></TR>'
    )


def _order(comparison: Comparison, a: Model) -> list[str]:
    """Layers top of the stack first, then the layers beside it (outside actors)."""
    stacked = [layer.id for layer in a.vocab.layers if layer.stacked]
    beside = [layer.id for layer in a.vocab.layers if not layer.stacked]
    return [layer for layer in (*reversed(stacked), *beside) if layer in comparison.layers]


def comparison_dot(comparison: Comparison, a: Model, b: Model, theme: Theme) -> str:
    """The DOT source: one plain node holding the table; every word escaped, every attribute from constants."""
    by_row: dict[Row, list[Difference]] = {}
    for difference in comparison.differences:
        by_row.setdefault((difference.a, difference.b), []).append(difference)
    head = (
        f'<TR><TD BGCOLOR="{theme.background}"><B>Layer</B></TD>'
        f'<TD BGCOLOR="{theme.background}" ID="title-a"><B>{html_lines(a.title, wrap=_WRAP)}</B></TD>'
        f'<TD BGCOLOR="{theme.background}"><B>Differs in</B></TD>'
        f'<TD BGCOLOR="{theme.background}" ID="title-b"><B>{html_lines(b.title, wrap=_WRAP)}</B></TD></TR>'
    )
    rows = [head]
    for rank, layer_id in enumerate(_order(comparison, a)):
        cells = _rows(comparison, a, b, layer_id)
        if not cells:
            continue
        layer = a.vocab.layer(layer_id)
        fill = theme.fill(rank)
        for index, (left, right) in enumerate(cells):
            row_id = f"row-{layer_id}-{index}"
            band = ""
            if index == 0:
                band = (
                    f'<TD ROWSPAN="{len(cells)}" BGCOLOR="{fill}" ALIGN="LEFT" VALIGN="TOP" ID="band-{layer_id}">'
                    f"<B>{html_lines(layer.name if layer else layer_id, wrap=14)}</B></TD>"
                )
            rows.append(
                f"<TR>{band}{_element_cell(a, left, fill, f'{row_id}-a', theme)}"
                f"{_marks(by_row.get((left, right), ()), fill, f'{row_id}-marks', theme)}"
                f"{_element_cell(b, right, fill, f'{row_id}-b', theme)}</TR>"
            )
    rows.append(_legend(theme))
    table = (
        f'<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="6" COLOR="{theme.node_line}">'
        + "".join(rows)
        + "</TABLE>>"
    )
    return (
        "digraph comparison {\n"
        f'  graph [id="graph" bgcolor="{theme.background}" pad="0.15" charset="UTF-8"];\n'
        f'  node [shape=plaintext fontname="{theme.font}" fontsize="{theme.font_size:g}" '
        f'fontcolor="{theme.foreground}"];\n'
        f'  table [id="table" label={table}];\n'
        "}\n"
    )


def render_comparison(
    comparison: Comparison,
    a: Model,
    b: Model,
    formats: Iterable[str] = ("svg",),
    *,
    theme: str | Theme = "default",
    sources: tuple[str, ...] | None = None,
    dpi: int = DEFAULT_DPI,
    timeout: float = DEFAULT_TIMEOUT,
) -> RenderedFigure:
    """The side-by-side figure in each drawn format asked for (svg, png, pdf, dot).

    ``sources`` are the citations the caption lists (by default the titles of both models' sources).
    """
    theme = get_theme(theme) if isinstance(theme, str) else theme
    if sources is None:
        sources = tuple(dict.fromkeys(s.title for s in (*a.sources, *b.sources)))
    scene = comparison_scene(comparison, sources)
    source = comparison_dot(comparison, a, b, theme)
    return render_dot_figure(scene, source, formats, dpi=dpi, timeout=timeout)
