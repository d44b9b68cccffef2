"""The vendor matrix drawn as a figure: one HTML-like table laid out by ``dot``, then the usual SVG master.

Every cell is written from :class:`citystack.vendors.VendorMatrix` and carries the id
``cell-<model>-<layer>`` (prefixed ``vendor-matrix-a_`` in the SVG) and a tooltip naming its
deployment and layer, so the SVG can be read back and compared with the CSV and Markdown. A
cell that names no supplier is filled grey and shows ``—`` (no element in that layer) or
``not named`` (elements, no supplier), so an empty cell is visibly empty in every theme.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from citystack.render.dotlang import html_lines
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT
from citystack.render.pipeline import RenderedFigure, render_dot_figure
from citystack.render.scene import Scene
from citystack.render.themes import Theme, get_theme
from citystack.vendors import EMPTY_MARK, KEY, MatrixCell, VendorMatrix

__all__ = ["MATRIX_ID", "cell_id", "matrix_alt_text", "matrix_dot", "matrix_scene", "render_matrix"]

MATRIX_ID = "vendor-matrix"
MATRIX_TITLE = "Who supplies each layer: the paper's deployments"
_EMPTY_FILL = "#D9D9D9"


def cell_id(model_id: str, layer_id: str) -> str:
    """The id of a cell in the DOT (graphviz writes it as ``a_<id>`` in the SVG)."""
    return f"cell-{model_id}-{layer_id}"


def matrix_alt_text(matrix: VendorMatrix) -> str:
    """Alt text that says what the table says, row by row."""
    parts = [
        f"A table with a row per deployment ({len(matrix.rows)}) and a column per layer "
        f"({', '.join(c.name for c in matrix.columns)}); each cell lists the suppliers the sources name."
    ]
    for row, cells in zip(matrix.rows, matrix.cells, strict=True):
        named = [f"{c.name}: {cell.text}" for c, cell in zip(matrix.columns, cells, strict=True) if cell.suppliers]
        parts.append(f"{row.title}: " + ("; ".join(named) if named else "no supplier named") + ".")
    return " ".join(parts)


def matrix_scene(matrix: VendorMatrix, sources: tuple[str, ...] = ()) -> Scene:
    """The scene that names the figure (title, caption, alt text, sources); the table itself is DOT."""
    return Scene(
        figure_id=MATRIX_ID,
        title=MATRIX_TITLE,
        caption=(
            "The deployments of Ichida (2023) against the layers of the smart-city stack: each cell lists the "
            "suppliers the paper (or a cited public source) names for that layer; '(inferred)' marks an "
            "attribution the paper does not make in so many words, '(hedged)' one it states as a plan or forecast, "
            "'—' a layer with no element, 'not named' elements whose supplier no source names. The same cells are "
            "written as CSV and Markdown."
        ),
        alt_text=matrix_alt_text(matrix),
        direction="TB",
        nodes=(),
        edges=(),
        sources=sources,
        model_id=MATRIX_ID,
        view_id="matrix",
    )


def _cell(row_title: str, column: str, identifier: str, cell: MatrixCell, theme: Theme) -> str:
    tip = html.escape(f"{row_title} × {column}: {cell.text or 'no element'}", quote=True)
    common = f'ID="{html.escape(identifier, quote=True)}" HREF="#" TOOLTIP="{tip}" ALIGN="LEFT" BALIGN="LEFT"'
    if cell.suppliers:
        text = html_lines("\n".join(s.text for s in cell.suppliers), wrap=28)
        return f'<TD {common} BGCOLOR="{theme.node_fill}">{text}</TD>'
    shown = html.escape(cell.text or EMPTY_MARK)
    return f'<TD {common} BGCOLOR="{_EMPTY_FILL}"><FONT COLOR="#333333">{shown}</FONT></TD>'


def matrix_dot(matrix: VendorMatrix, theme: Theme) -> str:
    """The DOT source: one plain node holding the table; every word escaped, every attribute from constants."""
    header = "".join(
        f'<TD BGCOLOR="{theme.background}"><B>{html_lines(text, wrap=14)}</B></TD>'
        for text in ("Deployment", *(c.name for c in matrix.columns))
    )
    rows = [f"<TR>{header}</TR>"]
    for row, cells in zip(matrix.rows, matrix.cells, strict=True):
        tds = [f'<TD ALIGN="LEFT"><B>{html_lines(row.title, wrap=18)}</B></TD>']
        for column, cell in zip(matrix.columns, cells, strict=True):
            tds.append(_cell(row.title, column.name, cell_id(row.model_id, column.layer_id), cell, theme))
        rows.append("<TR>" + "".join(tds) + "</TR>")
    rows.append(
        f'<TR><TD COLSPAN="{len(matrix.columns) + 1}" ALIGN="LEFT" BALIGN="LEFT" BORDER="0">'
        f'<FONT POINT-SIZE="{theme.font_size - 2:g}" COLOR="{theme.muted}">{html_lines(KEY, wrap=110)}</FONT></TD></TR>'
    )
    table = (
        f'<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="6" COLOR="{theme.node_line}">'
        + "".join(rows)
        + "</TABLE>>"
    )
    return (
        "digraph matrix {\n"
        f'  graph [id="graph" bgcolor="{theme.background}" pad="0.15" charset="UTF-8"];\n'
        f'  node [shape=plaintext fontname="{theme.font}" fontsize="{theme.font_size:g}" '
        f'fontcolor="{theme.foreground}"];\n'
        f'  table [id="table" label={table}];\n'
        "}\n"
    )


def render_matrix(
    matrix: VendorMatrix,
    formats: Iterable[str] = ("svg",),
    *,
    theme: str | Theme = "default",
    sources: tuple[str, ...] = (),
    dpi: int = DEFAULT_DPI,
    timeout: float = DEFAULT_TIMEOUT,
) -> RenderedFigure:
    """The matrix in each drawn format asked for (svg, png, pdf; dot too); others are the caller's (CSV, Markdown)."""
    theme = get_theme(theme) if isinstance(theme, str) else theme
    scene = matrix_scene(matrix, sources)
    source = matrix_dot(matrix, theme)
    return render_dot_figure(scene, source, formats, dpi=dpi, timeout=timeout)
