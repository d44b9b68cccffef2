"""The vendor matrix: deployments × supplied layers, the suppliers named in each cell.

One data structure, :class:`VendorMatrix`, from which the CSV, the Markdown table and (in
``citystack.render.matrix``) the SVG are all written, so the three cannot disagree. A cell's
text is the single truth each writer prints: its suppliers joined by ``; ``, ``not named`` when
the deployment has elements in that layer but the sources name no supplier, and empty when the
model has no element there (the Markdown and SVG show an empty cell as ``—``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from citystack.model import Model, Status
from citystack.vendors.supply import Supplier, supplied_layers, suppliers_of

__all__ = [
    "EMPTY_MARK",
    "KEY",
    "NOT_NAMED",
    "MatrixCell",
    "MatrixColumn",
    "MatrixRow",
    "VendorMatrix",
    "is_deployment",
    "matrix_csv",
    "matrix_markdown",
    "vendor_matrix",
]

#: What the Markdown table and the SVG show for a cell with no element at all.
EMPTY_MARK = "—"
#: A cell whose deployment has elements in the layer, none with a named supplier.
NOT_NAMED = "not named"
#: The key printed under the Markdown table and the drawn table.
KEY = (
    f"{EMPTY_MARK} no element in this layer; {NOT_NAMED}: elements whose supplier no source names; "
    "(inferred), (hedged): an attribution the paper does not state in so many words, or states as a plan or forecast."
)
_SURE = (Status.ASSERTED, Status.HEDGED, Status.INFERRED, Status.CONTESTED)


@dataclass(frozen=True)
class MatrixRow:
    """A deployment: its model's id and title."""

    model_id: str
    title: str


@dataclass(frozen=True)
class MatrixColumn:
    """A supplied layer: its id and name in the vocabulary."""

    layer_id: str
    name: str


@dataclass(frozen=True)
class MatrixCell:
    """The suppliers of one layer of one deployment, and how many of its elements sit there."""

    suppliers: tuple[Supplier, ...]
    elements: int

    @property
    def text(self) -> str:
        """What every writer prints for the cell (see the module docstring)."""
        if self.suppliers:
            return "; ".join(s.text for s in self.suppliers)
        return NOT_NAMED if self.elements else ""

    @property
    def empty(self) -> bool:
        """True when no supplier is named in the cell."""
        return not self.suppliers


@dataclass(frozen=True)
class VendorMatrix:
    """Rows (deployments) × columns (layers) → cells; ``cell(row, column)`` looks one up."""

    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]

    def cell(self, model_id: str, layer_id: str) -> MatrixCell:
        """The cell of a deployment (model id) and a layer id; KeyError when either is unknown."""
        rows = [r.model_id for r in self.rows]
        columns = [c.layer_id for c in self.columns]
        if model_id not in rows or layer_id not in columns:
            raise KeyError((model_id, layer_id))
        return self.cells[rows.index(model_id)][columns.index(layer_id)]

    def texts(self) -> list[list[str]]:
        """Every cell's text, row by row: what the CSV, Markdown and SVG must all show."""
        return [[cell.text for cell in row] for row in self.cells]


def is_deployment(model: Model) -> bool:
    """A model is a deployment, and a row of the matrix, when one of its views annotates suppliers."""
    return any(view.annotate == "suppliers" for view in model.views)


def _cell(model: Model, layer_id: str) -> MatrixCell:
    """The suppliers of a layer, each once, at the surest status any element gives it."""
    elements = [e for e in model.elements if e.layer == layer_id]
    best: dict[str, Supplier] = {}
    for element in elements:
        for supplier in suppliers_of(element):
            known = best.get(supplier.name)
            if known is None or _SURE.index(supplier.status) < _SURE.index(known.status):
                best[supplier.name] = supplier
    return MatrixCell(suppliers=tuple(best.values()), elements=len(elements))


def vendor_matrix(models: Sequence[Model]) -> VendorMatrix:
    """The matrix of the deployments among ``models`` (in the order given), on their shared layers.

    Columns are the supplied layers of the first deployment's vocabulary; a deployment on another
    vocabulary is a ValueError, since its layers would not line up.
    """
    deployments = [m for m in models if is_deployment(m)]
    if not deployments:
        return VendorMatrix(rows=(), columns=(), cells=())
    vocab = deployments[0].vocab
    for model in deployments[1:]:
        if model.vocab.id != vocab.id:
            raise ValueError(f"deployment {model.id!r} uses vocabulary {model.vocab.id!r}, not {vocab.id!r}")
    columns = tuple(MatrixColumn(layer.id, layer.name) for layer in supplied_layers(vocab))
    return VendorMatrix(
        rows=tuple(MatrixRow(m.id, m.title) for m in deployments),
        columns=columns,
        cells=tuple(tuple(_cell(m, c.layer_id) for c in columns) for m in deployments),
    )


def _header(matrix: VendorMatrix) -> list[str]:
    return ["deployment", "model", *(c.name for c in matrix.columns)]


def matrix_csv(matrix: VendorMatrix) -> str:
    """The matrix as CSV (RFC 4180, ``\\r\\n`` line ends): a row per deployment, a column per layer."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_header(matrix))
    for row, texts in zip(matrix.rows, matrix.texts(), strict=True):
        writer.writerow([row.title, row.model_id, *texts])
    return out.getvalue()


def _md(text: str) -> str:
    """A cell's text made safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def matrix_markdown(matrix: VendorMatrix) -> str:
    """The matrix as a Markdown (GFM) table; an empty cell shows ``—``."""
    header = _header(matrix)
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    for row, texts in zip(matrix.rows, matrix.texts(), strict=True):
        cells = [_md(row.title), f"`{row.model_id}`", *(_md(t) if t else EMPTY_MARK for t in texts)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + f"\n\n{KEY}\n"
