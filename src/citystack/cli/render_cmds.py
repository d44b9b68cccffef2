"""Commands that draw: ``render`` one view of one model, ``build`` every figure into a folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from citystack.build import BuildOptions, build
from citystack.cli.app import app, guarded
from citystack.cli.models_folder import DEFAULT_MODELS, ModelsOption, models_folder
from citystack.cli.output import write_output
from citystack.errors import UsageError
from citystack.load import resolve_model
from citystack.render.build_scene import scene_from_view
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT
from citystack.render.pipeline import FORMATS, TEXT_FORMATS, parse_formats, render_scene
from citystack.render.themes import THEME_NAMES

__all__ = ["build_command", "render_command"]

ThemeOption = Annotated[str, typer.Option("--theme", metavar="NAME", help=f"Colour theme: {', '.join(THEME_NAMES)}.")]
DpiOption = Annotated[
    int, typer.Option("--dpi", metavar="N", help="PNG resolution in dots per inch (print quality by default).")
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout", metavar="SECONDS", help="Seconds graphviz may take to lay out one figure before it is stopped."
    ),
]


def _warn(text: str) -> None:
    for line in text.splitlines():
        sys.stderr.write(f"warning: {line}\n")


@app.command("render")
@guarded
def render_command(
    model: Annotated[str, typer.Argument(metavar="MODEL", help="A model file, or a model id under --models.")],
    *,
    view: Annotated[
        str | None, typer.Option("--view", metavar="VIEW", help="View id (default: the model's first view).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")
    ] = "svg",
    theme: ThemeOption = "default",
    dpi: DpiOption = DEFAULT_DPI,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="File to write (default: stdout for text formats)."),
    ] = None,
    models: ModelsOption = None,
) -> None:
    """Draw one view of a model as SVG, PNG, PDF, DOT, Mermaid or JSON."""
    if "," in fmt:
        raise UsageError("render writes one format; use `citystack build --format` for several")
    (chosen,) = parse_formats([fmt])
    if output is None and chosen not in TEXT_FORMATS and sys.stdout.isatty():
        raise UsageError(f"{chosen} is binary: give -o FILE or redirect stdout")
    loaded = resolve_model(model, models or DEFAULT_MODELS)
    scene = scene_from_view(loaded, view)
    figure = render_scene(scene, [chosen], theme=theme, dpi=dpi, timeout=timeout)
    if figure.warnings:
        _warn(f"{scene.figure_id}: {figure.warnings}")
    write_output(figure.outputs[chosen], output)
    if output is not None:
        sys.stderr.write(f"wrote {output}\n")


@app.command("build")
@guarded
def build_command(
    *,
    models: ModelsOption = None,
    out: Annotated[
        Path, typer.Option("--out", metavar="DIR", help="Folder the figures and gallery are written to.")
    ] = Path("output"),
    formats: Annotated[
        str,
        typer.Option("--format", "-f", metavar="FORMATS", help=f"Comma-separated formats among: {', '.join(FORMATS)}."),
    ] = "svg,png,pdf",
    theme: ThemeOption = "default",
    dpi: DpiOption = DEFAULT_DPI,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", metavar="N", min=1, max=64, help="Figures rendered in parallel.")
    ] = 1,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 naming every stale or missing file.")
    ] = False,
) -> None:
    """Draw every view of every model into OUT, with a gallery README and embedding snippets."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    folder = models_folder(models)
    options = BuildOptions(formats=parse_formats(formats), theme=theme, dpi=dpi, timeout=timeout, jobs=jobs)
    console = Console(stderr=True, no_color=True if os.environ.get("NO_COLOR") else None)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task("checking" if check else "rendering", total=None)

        def advance(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        result = build(folder, out, options, check=check, progress=advance)
    for warning in result.warnings:
        _warn(warning)
    figures = len(result.records)
    if check:
        for relative in result.stale:
            sys.stderr.write(f"stale: {out / relative}\n")
        for relative in result.missing:
            sys.stderr.write(f"missing: {out / relative}\n")
        if result.stale or result.missing:
            sys.stderr.write(
                f"{len(result.stale) + len(result.missing)} output file(s) out of date; run `citystack build`\n"
            )
            raise typer.Exit(1)
        sys.stderr.write(f"{figures} figure(s) up to date in {out}\n")
        return
    sys.stderr.write(
        f"{figures} figure(s) in {out}: {len(result.written)} file(s) written, {len(result.unchanged)} unchanged\n"
    )
