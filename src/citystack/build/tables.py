"""What the build writes besides figures: the vendor matrix (SVG, PNG, PDF, CSV, Markdown) and datasets (CSV, JSON).

Both are computed from the loaded models in memory, like a figure, and handed to the build to
write atomically; the matrix becomes a gallery figure, each dataset a gallery dataset entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from citystack.dataset import COLUMNS, fact_rows, is_register, rows_csv, rows_json
from citystack.errors import UsageError
from citystack.load import LoadedModel
from citystack.render.build_scene import citation
from citystack.render.matrix import MATRIX_ID, render_matrix
from citystack.render.pipeline import RenderedFigure
from citystack.render.scene import DatasetRecord, FigureRecord
from citystack.vendors import is_deployment, matrix_csv, matrix_markdown, vendor_matrix

__all__ = ["Extra", "MatrixRenderer", "dataset_outputs", "matrix_outputs"]

#: How the matrix is drawn: ``render_matrix``, or the build's cached version of it.
MatrixRenderer = Callable[..., RenderedFigure]


@dataclass(frozen=True)
class Extra:
    """Files (output-relative path → bytes) and the gallery record they make."""

    files: dict[str, bytes]
    figure: FigureRecord | None = None
    dataset: DatasetRecord | None = None


def _matrix_sources(loaded: Sequence[LoadedModel]) -> tuple[str, ...]:
    """Full citations of the sources the deployments' vendors rest on, each once, in model order."""
    seen: dict[str, str] = {}
    for item in loaded:
        model = item.model
        cited = {ev.source for e in model.elements if e.vendors for ev in e.evidence}
        for source in model.sources:
            if source.id in cited:
                seen.setdefault(source.id, citation(source))
    return tuple(seen.values())


def matrix_outputs(
    loaded: Sequence[LoadedModel],
    formats: tuple[str, ...],
    variants: list[tuple[str, tuple[str, ...]]],
    *,
    theme: str,
    dpi: int,
    timeout: float,
    render: MatrixRenderer = render_matrix,
) -> Extra | None:
    """The vendor matrix of the deployments among ``loaded``; None when there is none.

    ``render`` draws it (``render_matrix``'s signature); the build passes one that asks its cache first.
    """
    deployments = [item for item in loaded if is_deployment(item.model)]
    if not deployments:
        return None
    first = deployments[0].model.vocab.id
    for item in deployments:
        if item.model.vocab.id != first:
            raise UsageError(
                f"{item.file}: deployment {item.model.id!r} uses vocabulary {item.model.vocab.id!r}, but "
                f"{deployments[0].file} uses {first!r}: the vendor matrix needs one vocabulary for all deployments"
            )
    matrix = vendor_matrix([item.model for item in deployments])
    sources = _matrix_sources(deployments)
    files: dict[str, bytes] = {}
    drawn = render(matrix, formats, theme=theme, sources=sources, dpi=dpi, timeout=timeout)
    names = {fmt: f"{MATRIX_ID}.{fmt}" for fmt in drawn.outputs}
    for fmt, data in drawn.outputs.items():
        files[names[fmt]] = data
    for variant, variant_formats in variants:
        extra = render(matrix, variant_formats, theme=variant, sources=sources, dpi=dpi, timeout=timeout)
        for fmt, data in extra.outputs.items():
            names[f"{variant}-{fmt}"] = f"{MATRIX_ID}-{variant}.{fmt}"
            files[names[f"{variant}-{fmt}"]] = data
    files[f"{MATRIX_ID}.csv"] = matrix_csv(matrix).encode("utf-8")
    files[f"{MATRIX_ID}.md"] = matrix_markdown(matrix).encode("utf-8")
    names["csv"], names["md"] = f"{MATRIX_ID}.csv", f"{MATRIX_ID}.md"
    scene = drawn.scene
    record = FigureRecord(
        figure_id=MATRIX_ID,
        model_id=", ".join(item.model.id for item in deployments),
        view_id="matrix",
        title=scene.title,
        caption=scene.caption,
        alt_text=scene.alt_text,
        sources=sources,
        files=names,
    )
    return Extra(files=files, figure=record)


def dataset_outputs(loaded: Sequence[LoadedModel]) -> list[Extra]:
    """A CSV and a JSON file for every register model (vocabulary ``facts``) among ``loaded``."""
    extras = []
    for item in loaded:
        model = item.model
        if not is_register(model):
            continue
        rows = fact_rows(model)
        citations = {source.id: citation(source) for source in model.sources}
        files = {
            f"{model.id}.csv": rows_csv(rows).encode("utf-8"),
            f"{model.id}.json": rows_json(rows, title=model.title, sources=citations).encode("utf-8"),
        }
        record = DatasetRecord(
            dataset_id=model.id,
            title=model.title,
            caption=model.description,
            columns=COLUMNS,
            rows=len(rows),
            files={"csv": f"{model.id}.csv", "json": f"{model.id}.json"},
        )
        extras.append(Extra(files=files, dataset=record))
    return extras
