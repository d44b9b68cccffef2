"""Commands that write tables: ``vendors`` (the deployments × layers vendor matrix) and ``facts`` (a dataset)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from citystack.cli.app import app, guarded
from citystack.cli.models_folder import DEFAULT_MODELS, ModelsOption
from citystack.cli.output import write_output
from citystack.cli.render_cmds import ThemeOption
from citystack.errors import UsageError
from citystack.render.themes import get_theme

__all__ = ["facts_command", "vendors_command"]

OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="File to write (default: stdout).")
]


class MatrixFormat(StrEnum):
    """Forms of the vendor matrix: Markdown table, CSV, or the drawn table."""

    md = "md"
    csv = "csv"
    svg = "svg"
    png = "png"
    pdf = "pdf"


class DatasetFormat(StrEnum):
    """Forms of a dataset."""

    csv = "csv"
    json = "json"


@app.command("vendors")
@guarded
def vendors_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[PATH ...]", help="Model files or folders (default: models/deployments)."),
    ] = None,
    fmt: Annotated[MatrixFormat, typer.Option("--format", "-f", help="Output format.")] = MatrixFormat.md,
    theme: ThemeOption = "default",
    output: OutputOption = None,
) -> None:
    """Print the vendor matrix: a row per deployment, a column per layer, the suppliers in each cell.

    A deployment is a model with a view that annotates suppliers (annotate: suppliers).
    """
    from citystack.load import display_path, load_models
    from citystack.vendors import is_deployment, matrix_csv, matrix_markdown, vendor_matrix

    chosen = paths or [Path("models/deployments")]
    get_theme(theme)
    loaded = [item for item in load_models(chosen) if is_deployment(item.model)]
    if not loaded:
        shown = ", ".join(display_path(p) for p in chosen)
        raise UsageError(f"no deployment model under {shown} (a model with a view whose annotate is 'suppliers')")
    try:
        matrix = vendor_matrix([item.model for item in loaded])
    except ValueError as error:
        raise UsageError(str(error)) from None
    if fmt is MatrixFormat.md:
        data = matrix_markdown(matrix).encode("utf-8")
    elif fmt is MatrixFormat.csv:
        data = matrix_csv(matrix).encode("utf-8")
    else:
        if output is None and fmt is not MatrixFormat.svg and sys.stdout.isatty():
            raise UsageError(f"{fmt.value} is binary: give -o FILE or redirect stdout")
        from citystack.render.matrix import render_matrix

        data = render_matrix(matrix, (fmt.value,), theme=theme).outputs[fmt.value]
    write_output(data, output)


@app.command("facts")
@guarded
def facts_command(
    model: Annotated[str, typer.Argument(metavar="MODEL", help="A register model (vocabulary 'facts'), or its id.")],
    fmt: Annotated[DatasetFormat, typer.Option("--format", "-f", help="Output format.")] = DatasetFormat.csv,
    output: OutputOption = None,
    models: ModelsOption = None,
) -> None:
    """Print a register's facts as a dataset (CSV or JSON; columns in docs/facts-dataset.md)."""
    from citystack.dataset import fact_rows, is_register, rows_csv, rows_json
    from citystack.load import resolve_model
    from citystack.render.build_scene import citation

    loaded = resolve_model(model, models or DEFAULT_MODELS)
    if not is_register(loaded.model):
        raise UsageError(f"{loaded.file}: model {loaded.model.id!r} is not a register (its vocabulary is not 'facts')")
    rows = fact_rows(loaded.model)
    if fmt is DatasetFormat.csv:
        text = rows_csv(rows)
    else:
        citations = {source.id: citation(source) for source in loaded.model.sources}
        text = rows_json(rows, title=loaded.model.title, sources=citations)
    write_output(text.encode("utf-8"), output)
