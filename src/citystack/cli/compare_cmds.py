"""The ``compare`` command: two models aligned, their differences classified, both models' metrics.

The comparison and the loader are imported when the command runs, not when ``--help`` is shown.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from citystack.cli.app import app, guarded
from citystack.cli.models_folder import DEFAULT_MODELS, ModelsOption
from citystack.cli.options import MAX_ELEMENTS, MAX_FILE_MB, MaxElementsOption, MaxFileMbOption, caps
from citystack.cli.output import write_output
from citystack.errors import LoadError, Problem
from citystack.render.themes import THEME_NAMES, get_theme

if TYPE_CHECKING:
    from citystack.compare import Comparison, IncomparableModels
    from citystack.load import LoadedModel

__all__ = ["compare_command"]


class CompareFormat(StrEnum):
    """Formats a comparison can be written in."""

    text = "text"
    json = "json"
    md = "md"
    html = "html"
    svg = "svg"


def located(error: IncomparableModels, a: LoadedModel, b: LoadedModel) -> LoadError:
    """Each problem of a comparison placed at its file and line."""
    problems = []
    for problem in error.problems:
        loaded = a if problem.side == "a" else b
        line, column = loaded.locate(problem.loc)
        where = ".".join(str(part) for part in problem.loc)
        problems.append(Problem(loaded.file, line, column, where, problem.message))
    return LoadError(problems)


def render_comparison(comparison: Comparison, a: LoadedModel, b: LoadedModel, fmt: CompareFormat, theme: str) -> bytes:
    """The comparison in one format, as bytes."""
    if fmt in (CompareFormat.svg, CompareFormat.html):
        from citystack.render.build_scene import citation
        from citystack.render.comparison import render_comparison as draw
        from citystack.report.comparison import comparison_html

        figure = draw(comparison, a.model, b.model, ["svg"], theme=theme)
        if fmt is CompareFormat.svg:
            return figure.outputs["svg"]
        citations = {s.id: citation(s) for s in (*b.model.sources, *a.model.sources)}
        return comparison_html(comparison, figure.outputs["svg"], figure.scene.caption, citations).encode("utf-8")
    if fmt is CompareFormat.json:
        return (comparison.model_dump_json(indent=2) + "\n").encode("utf-8")
    if fmt is CompareFormat.text:
        from citystack.cli.compare_table import comparison_text

        return comparison_text(comparison).encode("utf-8")
    from citystack.report.comparison import comparison_markdown

    return comparison_markdown(comparison).encode("utf-8")


@app.command("compare")
@guarded
def compare_command(
    model_a: Annotated[str, typer.Argument(metavar="MODEL_A", help="A model file, or a model id under --models.")],
    model_b: Annotated[str, typer.Argument(metavar="MODEL_B", help="The model to compare it with.")],
    *,
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of stdout.")
    ] = None,
    theme: Annotated[
        str, typer.Option("--theme", metavar="NAME", help=f"Theme of the figure (svg, html): {', '.join(THEME_NAMES)}.")
    ] = "default",
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when the models differ at all.")] = False,
    models: ModelsOption = None,
    max_elements: MaxElementsOption = MAX_ELEMENTS,
    max_file_mb: MaxFileMbOption = MAX_FILE_MB,
) -> None:
    """Compare two stack models: aligned elements, classified differences and both models' metrics."""
    from citystack.compare import IncomparableModels, compare
    from citystack.load import resolve_model

    get_theme(theme)  # an unknown theme is a usage error before anything loads
    limits, folder = caps(max_elements, max_file_mb), models or DEFAULT_MODELS
    a, b = resolve_model(model_a, folder, limits), resolve_model(model_b, folder, limits)
    try:
        comparison = compare(a.model, b.model)
    except IncomparableModels as error:
        raise located(error, a, b) from None
    write_output(render_comparison(comparison, a, b, fmt, theme), output)
    if output is not None:
        sys.stderr.write(f"wrote {output}\n")
    if exit_code and not comparison.identical:
        raise typer.Exit(1)
