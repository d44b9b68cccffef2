"""The build: every view of every model rendered, written atomically, with a gallery and snippets.

A figure is rendered completely in memory (all formats) before any of its files is written, so
a failure leaves that figure's earlier files untouched. ``check`` renders the same bytes and only
compares them with what is on disk.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from citystack.build.atomic import safe_output_path, write_atomic
from citystack.build.comparisons import comparison_outputs
from citystack.build.names import figure_stem, unique_stems
from citystack.build.tables import dataset_outputs, matrix_outputs
from citystack.errors import UsageError
from citystack.load import LoadedModel, load_model, load_models
from citystack.render.build_scene import scene_from_view
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT
from citystack.render.pipeline import EXTENSIONS, RenderedFigure, parse_formats, render_scene
from citystack.render.scene import DatasetRecord, FigureRecord
from citystack.render.themes import get_theme

__all__ = [
    "DEFAULT_FORMATS",
    "DEFAULT_VARIANTS",
    "GALLERY",
    "VARIANT_FORMATS",
    "BuildOptions",
    "BuildResult",
    "FigureJob",
    "build",
    "plan",
]

DEFAULT_FORMATS = ("svg", "png", "pdf")
#: Extra themes every figure is also built in, and the formats they get (those also asked for).
DEFAULT_VARIANTS = ("print",)
VARIANT_FORMATS = ("svg", "pdf")
GALLERY = "README.md"
SNIPPETS = "snippets"
_SNIPPET_EXTENSIONS = {"markdown": "md", "latex": "tex", "html": "html", "sidecar": "json"}

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FigureJob:
    """One figure to build: which model file, which view, and the file name stem it gets."""

    model_path: Path
    model_id: str
    view_id: str
    stem: str


@dataclass(frozen=True)
class BuildOptions:
    """How to build: formats, theme, PNG resolution, ``dot`` timeout and worker processes.

    ``variants`` are further themes each figure is also drawn in (the ``print`` theme by default,
    for writers whose publisher wants greys), as ``<stem>-<theme>.svg`` and ``.pdf``.
    """

    formats: tuple[str, ...] = DEFAULT_FORMATS
    theme: str = "default"
    variants: tuple[str, ...] = DEFAULT_VARIANTS
    dpi: int = DEFAULT_DPI
    timeout: float = DEFAULT_TIMEOUT
    jobs: int = 1


@dataclass
class BuildResult:
    """What a build wrote (or, under ``check``, found stale or missing)."""

    records: list[FigureRecord] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def plan(loaded: Sequence[LoadedModel], theme: str = "default") -> list[FigureJob]:
    """Every view of every model, in model-file then view order, with unique file name stems."""
    pairs = [(item, view) for item in loaded for view in item.model.views]
    stems = unique_stems(
        [figure_stem(item.model, view, theme) for item, view in pairs],
        [f"{item.model.id} {view.id}" for item, view in pairs],
    )
    return [
        FigureJob(model_path=item.path, model_id=item.model.id, view_id=view.id, stem=stem)
        for (item, view), stem in zip(pairs, stems, strict=True)
    ]


@lru_cache(maxsize=16)
def _load(path: Path) -> LoadedModel:
    return load_model(path)


Rendered = list[tuple[str, RenderedFigure]]


def _variants(options: BuildOptions) -> list[tuple[str, tuple[str, ...]]]:
    """(theme, formats) of each extra theme other than the main one, with the formats it gets."""
    formats = tuple(f for f in options.formats if f in VARIANT_FORMATS)
    themes = dict.fromkeys(v for v in options.variants if v != options.theme)
    return [(theme, formats) for theme in themes] if formats else []


def _render(job: FigureJob, options: BuildOptions, loaded: LoadedModel | None = None) -> Rendered:
    """Render one job in its theme and each variant; a worker process loads the model file itself."""
    item = loaded if loaded is not None else _load(job.model_path)
    scene = scene_from_view(item, job.view_id)
    figures = [
        ("", render_scene(scene, options.formats, theme=options.theme, dpi=options.dpi, timeout=options.timeout))
    ]
    for theme, formats in _variants(options):
        figures.append((theme, render_scene(scene, formats, theme=theme, dpi=options.dpi, timeout=options.timeout)))
    return figures


def _rendered(jobs: Sequence[FigureJob], options: BuildOptions, loaded: dict[Path, LoadedModel]) -> Iterator[Rendered]:
    if options.jobs <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _render(job, options, loaded.get(job.model_path))
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=options.jobs) as pool:
        futures = [pool.submit(_render, job, options) for job in jobs]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


def _file(stem: str, variant: str, fmt: str) -> str:
    return f"{stem}-{variant}.{EXTENSIONS[fmt]}" if variant else f"{stem}.{EXTENSIONS[fmt]}"


def _record(job: FigureJob, figures: Rendered) -> FigureRecord:
    """The gallery's record: the main theme's files by format, a variant's as ``<theme>-<format>``."""
    scene = figures[0][1].scene
    files = {
        f"{variant}-{fmt}" if variant else fmt: _file(job.stem, variant, fmt)
        for variant, figure in figures
        for fmt in figure.outputs
    }
    return FigureRecord(
        figure_id=job.stem,
        model_id=job.model_id,
        view_id=job.view_id,
        title=scene.title,
        caption=scene.caption,
        alt_text=scene.alt_text,
        figure=scene.figure,
        sources=scene.sources,
        notes=scene.notes,
        files=files,
    )


def _companions(
    records: Sequence[FigureRecord], title: str, datasets: Sequence[DatasetRecord] = ()
) -> dict[str, bytes]:
    """The gallery and every figure's embedding snippets, by output-relative path."""
    from citystack import report

    files = {GALLERY: report.gallery_markdown(records, title=title, datasets=datasets).encode("utf-8")}
    for record in records:
        snippets = {
            "markdown": report.snippet_markdown(record),
            "latex": report.snippet_latex(record),
            "html": report.snippet_html(record),
            "sidecar": report.figure_sidecar_json(record),
        }
        for kind, text in snippets.items():
            files[f"{SNIPPETS}/{record.figure_id}.{_SNIPPET_EXTENSIONS[kind]}"] = text.encode("utf-8")
    return files


def _settle(out: Path, relative: str, data: bytes, check: bool, result: BuildResult) -> None:
    path = safe_output_path(out, relative)
    if check:
        if not path.is_file():
            result.missing.append(relative)
        elif path.read_bytes() != data:
            result.stale.append(relative)
        else:
            result.unchanged.append(relative)
    elif write_atomic(path, data):
        result.written.append(relative)
    else:
        result.unchanged.append(relative)


def build(
    models: Path,
    out: Path,
    options: BuildOptions | None = None,
    *,
    check: bool = False,
    progress: Progress | None = None,
    title: str = "citystack figures",
) -> BuildResult:
    """Build (or, with ``check``, verify) every figure of every model under ``models`` into ``out``.

    Raises LoadError (exit 2) for bad models before anything is written, RenderError (exit 3) for
    a figure that cannot be drawn: figures finished before it are written, its own files and the
    gallery are left as they were.
    """
    options = options or BuildOptions()
    options = BuildOptions(
        formats=parse_formats(options.formats),
        theme=get_theme(options.theme).name,
        variants=tuple(get_theme(v).name for v in options.variants),
        dpi=options.dpi,
        timeout=options.timeout,
        jobs=max(1, options.jobs),
    )
    loaded = load_models([models])
    if not loaded:
        # An empty gallery would overwrite the real one: refuse rather than lose earlier output.
        raise UsageError(f"no model files under {models}: nothing to build")
    jobs = plan(loaded, options.theme)
    result = BuildResult()
    by_path = {item.path: item for item in loaded}
    for done, (job, figures) in enumerate(zip(jobs, _rendered(jobs, options, by_path), strict=False), start=1):
        if progress is not None:
            progress(done, len(jobs), job.stem)
        for variant, figure in figures:
            if figure.warnings:
                result.warnings.append(f"{job.stem}{'-' + variant if variant else ''}: {figure.warnings}")
            for fmt, data in figure.outputs.items():
                _settle(out, _file(job.stem, variant, fmt), data, check, result)
        result.records.append(_record(job, figures))
    extras = dataset_outputs(loaded)
    matrix = matrix_outputs(
        loaded,
        options.formats,
        _variants(options),
        theme=options.theme,
        dpi=options.dpi,
        timeout=options.timeout,
    )
    if matrix is not None:
        extras.append(matrix)
    extras += comparison_outputs(
        loaded, options.formats, _variants(options), theme=options.theme, dpi=options.dpi, timeout=options.timeout
    )
    for extra in extras:
        for relative, data in sorted(extra.files.items()):
            _settle(out, relative, data, check, result)
        if extra.figure is not None:
            result.records.append(extra.figure)
    datasets = [extra.dataset for extra in extras if extra.dataset is not None]
    drawn = set(options.formats)
    if drawn & {"svg", "png"} and drawn & {"pdf", "png"}:  # what the web and LaTeX snippets embed
        for relative, data in sorted(_companions(result.records, title, datasets).items()):
            _settle(out, relative, data, check, result)
    return result
