"""Commands about model files themselves: list, schema, export."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from citystack.cli.app import app, guarded
from citystack.cli.models_folder import DEFAULT_MODELS, ModelsOption, models_folder

__all__ = ["export_command", "list_command", "schema_command"]


class DataFormat(StrEnum):
    """Formats a model file can be written in."""

    json = "json"
    yaml = "yaml"


@app.command("list")
@guarded
def list_command(
    models: ModelsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
) -> None:
    """List the models, their views and the figures they draw."""
    from citystack.load import display_path, load_models

    folder = models_folder(models)
    loaded = load_models([folder])
    if not loaded:
        sys.stderr.write(f"citystack list: no model files under {display_path(folder)}\n")
    rows = [
        {
            "file": item.file,
            "id": item.model.id,
            "title": item.model.title,
            "views": [{"id": v.id, "title": v.title, "figure": v.figure} for v in item.model.views],
        }
        for item in loaded
    ]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    for item in loaded:
        sys.stdout.write(f"{item.model.id}  {item.model.title}  ({item.file})\n")
        for view in item.model.views:
            figure = f"  [{view.figure}]" if view.figure else ""
            sys.stdout.write(f"    view {view.id}: {view.title}{figure}\n")


@app.command("schema")
@guarded
def schema_command(
    vocabulary: Annotated[
        str | None,
        typer.Option(
            "--vocabulary",
            metavar="NAME",
            help="Schema for files using this vocabulary: its layers and kinds as enums an editor completes.",
        ),
    ] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of model files."""
    from citystack.serialize import model_schema_text
    from citystack.vocabularies import resolve_vocabulary

    vocab = resolve_vocabulary(vocabulary) if vocabulary is not None else None
    sys.stdout.write(model_schema_text(vocab))


@app.command("export")
@guarded
def export_command(
    model: Annotated[str, typer.Argument(metavar="MODEL", help="A model file, or a model id under --models.")],
    fmt: Annotated[DataFormat, typer.Option("--format", "-f", help="Output format.")] = DataFormat.json,
    models: ModelsOption = None,
) -> None:
    """Write a loaded model out as JSON or YAML (reading it back gives an equal model)."""
    from citystack.load import resolve_model
    from citystack.serialize import model_to_text

    loaded = resolve_model(model, models or DEFAULT_MODELS)
    sys.stdout.write(model_to_text(loaded.model, fmt.value))
