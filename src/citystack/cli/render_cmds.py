"""Commands that draw: ``render`` one view of one model, ``build`` every figure into a folder.

The renderer, loader and cache are imported when a command runs, not when ``--help`` is shown.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from citystack.cli.app import app, guarded
from citystack.cli.models_folder import DEFAULT_MODELS, ModelsOption, models_folder
from citystack.cli.options import (
    MAX_ELEMENTS,
    MAX_FILE_MB,
    MAX_NODES,
    MaxElementsOption,
    MaxFigureElementsOption,
    MaxFileMbOption,
    caps,
)
from citystack.cli.output import write_output
from citystack.errors import UsageError
from citystack.render.formats import FORMATS, TEXT_FORMATS, parse_formats
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT
from citystack.render.themes import THEME_NAMES

if TYPE_CHECKING:
    from citystack.build import BuildResult

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
    max_elements: MaxElementsOption = MAX_ELEMENTS,
    max_file_mb: MaxFileMbOption = MAX_FILE_MB,
    max_figure_elements: MaxFigureElementsOption = MAX_NODES,
) -> None:
    """Draw one view of a model as SVG, PNG, PDF, DOT, Mermaid or JSON."""
    if "," in fmt:
        raise UsageError("render writes one format; use `citystack build --format` for several")
    (chosen,) = parse_formats([fmt])
    if output is None and chosen not in TEXT_FORMATS and sys.stdout.isatty():
        raise UsageError(f"{chosen} is binary: give -o FILE or redirect stdout")
    from citystack.load import resolve_model
    from citystack.render.build_scene import scene_from_view
    from citystack.render.pipeline import render_scene

    loaded = resolve_model(model, models or DEFAULT_MODELS, caps(max_elements, max_file_mb))
    scene = scene_from_view(loaded, view, max_elements=max_figure_elements)
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
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            max=64,
            show_default=False,
            help="Worker processes that lay out and convert figures side by side (default: one per core).",
        ),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 naming every stale or missing file.")
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            metavar="DIR",
            show_default=False,
            help="Folder of the figure cache (default: the user's cache folder, $XDG_CACHE_HOME/citystack).",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Draw every figure, reading and keeping no cache.")
    ] = False,
    max_elements: MaxElementsOption = MAX_ELEMENTS,
    max_file_mb: MaxFileMbOption = MAX_FILE_MB,
    max_figure_elements: MaxFigureElementsOption = MAX_NODES,
) -> None:
    """Draw every view of every model into OUT, with a gallery README and embedding snippets.

    Figures already drawn with the same content, options and tools come from the cache: a
    rebuild with nothing changed runs no graphviz and writes nothing.
    """
    from citystack.build import BuildOptions, build, default_cache_dir
    from citystack.cli.progress import progress_bar

    folder = models_folder(models)
    options = BuildOptions(
        formats=parse_formats(formats),
        theme=theme,
        dpi=dpi,
        timeout=timeout,
        jobs=jobs,
        cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
        caps=caps(max_elements, max_file_mb),
        max_figure_elements=max_figure_elements,
    )
    with progress_bar("checking" if check else "drawing") as advance:
        result = build(folder, out, options, check=check, progress=advance)
    for warning in result.warnings:
        _warn(warning)
    _report(result, out, check)


def _report(result: BuildResult, out: Path, check: bool) -> None:
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
    drawn = f"{result.drawn} drawing(s) made, {result.cached} from the cache"
    sys.stderr.write(
        f"{figures} figure(s) in {out}: {len(result.written)} file(s) written, "
        f"{len(result.unchanged)} unchanged ({drawn})\n"
    )
