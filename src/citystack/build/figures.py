"""The build: every view of every model drawn, written atomically, with a gallery and snippets.

Each format of each figure is looked up in the content-addressed cache first (``cache.py``):
a rebuild with nothing changed starts no ``dot``, draws nothing and writes nothing. What is
missing is drawn by ``jobs`` worker processes: each figure laid out once by ``dot`` (its SVG
master), then its PNG and PDF derived from that master as separate tasks, side by side. The
tasks call the render layer's ``lay_out`` and ``derive``, whatever converter those use.

A figure is complete in memory (all formats) before any of its files is written, so a failure
leaves that figure's earlier files untouched. ``check`` gets the same bytes (from the cache or
drawn) and only compares them with what is on disk.
"""

from __future__ import annotations

import concurrent.futures
import json
import multiprocessing
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citystack.build.atomic import safe_output_path, write_atomic
from citystack.build.cache import CachedOutput, FigureCache, entry_key, environment_digest
from citystack.build.comparisons import comparison_outputs
from citystack.build.names import figure_stem, unique_stems
from citystack.build.options import VARIANT_FORMATS, BuildOptions, BuildResult, Progress
from citystack.build.tables import dataset_outputs, matrix_outputs
from citystack.errors import UsageError
from citystack.load import LoadedModel, load_models
from citystack.render.build_scene import scene_from_view
from citystack.render.formats import DERIVED_FORMATS, EXTENSIONS
from citystack.render.matrix import MATRIX_ID, matrix_dot, matrix_scene, render_matrix
from citystack.render.pipeline import RenderedFigure
from citystack.render.scene import DatasetRecord, FigureRecord, Scene, scene_json
from citystack.render.themes import get_theme

if TYPE_CHECKING:
    from citystack.vendors import VendorMatrix

__all__ = ["GALLERY", "FigureJob", "build_figures", "plan"]

GALLERY = "README.md"
SNIPPETS = "snippets"
_SNIPPET_EXTENSIONS = {"markdown": "md", "latex": "tex", "html": "html", "sidecar": "json"}


@dataclass(frozen=True)
class FigureJob:
    """One figure to build: which model file, which view, and the file name stem it gets."""

    model_path: Path
    model_id: str
    view_id: str
    stem: str


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


def _variants(options: BuildOptions) -> list[tuple[str, str, tuple[str, ...]]]:
    """(suffix, theme, formats): the main theme with every format, then each extra theme's formats."""
    parts = [("", options.theme, options.formats)]
    formats = tuple(f for f in options.formats if f in VARIANT_FORMATS)
    themes = dict.fromkeys(v for v in options.variants if v != options.theme)
    parts += [(theme, theme, formats) for theme in themes] if formats else []
    return parts


@dataclass
class _Part:
    """One theme of one figure: its scene, the key of each format, and the bytes found or drawn."""

    job: FigureJob
    variant: str
    theme: str
    scene: Scene
    keys: dict[str, str]
    outputs: dict[str, bytes] = field(default_factory=dict)
    warnings: str = ""

    @property
    def name(self) -> str:
        return f"{self.job.stem}-{self.variant}" if self.variant else self.job.stem

    @property
    def complete(self) -> bool:
        return set(self.outputs) >= set(self.keys)

    def needs_layout(self) -> tuple[str, ...]:
        """Formats only a layout gives (``svg`` too when a derived format still needs its master)."""
        missing = [f for f in self.keys if f not in self.outputs and f not in DERIVED_FORMATS]
        if "svg" not in self.outputs and any(f in self.keys and f not in self.outputs for f in DERIVED_FORMATS):
            missing.append("svg")
        return tuple(dict.fromkeys(missing))

    def needs_derived(self) -> list[str]:
        return [f for f in DERIVED_FORMATS if f in self.keys and f not in self.outputs]


def _lay_out_task(scene: Scene, formats: tuple[str, ...], theme: str, timeout: float) -> tuple[dict[str, bytes], str]:
    """A worker's layout: every format ``dot`` gives, with the SVG master (see ``render.pipeline.lay_out``)."""
    from citystack.render.pipeline import lay_out

    laid = lay_out(scene, formats, theme=theme, timeout=timeout)
    return laid.outputs, laid.warnings


def _derive_task(scene: Scene, svg: bytes, fmt: str, dpi: int) -> bytes:
    """A worker's conversion of the SVG master to PNG or PDF (see ``render.pipeline.derive``)."""
    from citystack.render.pipeline import derive

    return derive(scene, svg, fmt, dpi=dpi)


class _Inline(concurrent.futures.Executor):
    """Runs each task at once in this process: one job, or one task, needs no workers."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(error)
        return future


class _FreshProcesses(concurrent.futures.Executor):
    """Runs each task in a process of its own, forked from this one (which draws nothing itself).

    An in-process converter (cairo) draws a PNG a little differently after it has drawn a PDF
    in the same process, so a converted figure's bytes would depend on what that process did
    before, and a build that takes half its figures from the cache would differ from a cold one.
    A fresh process per task gives the same bytes whatever the order, the cache or ``--jobs``;
    forking one costs milliseconds.
    """

    def __init__(self, workers: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._pool = context.Pool(workers, maxtasksperchild=1)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_running_or_notify_cancel()
        self._pool.apply_async(fn, args, kwargs, callback=future.set_result, error_callback=future.set_exception)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures or not wait:
            self._pool.terminate()
        else:
            self._pool.close()
        self._pool.join()


def _executor(jobs: int, tasks: int, *, fresh: bool) -> concurrent.futures.Executor:
    """Workers for the tasks: fresh processes when a task converts (see ``_FreshProcesses``) or
    when several run at once, this process otherwise."""
    if not fresh and (jobs <= 1 or tasks <= 1):
        return _Inline()
    return _FreshProcesses(max(1, min(jobs, tasks)))


class _Drawing:
    """The tasks still to run, submitted as their inputs become ready, and the progress they make."""

    def __init__(self, parts: list[_Part], options: BuildOptions, cache: FigureCache, progress: Progress | None):
        self.options = options
        self.cache = cache
        self.progress = progress
        layouts = [p for p in parts if p.needs_layout()]
        derived = sum(len(p.needs_derived()) for p in parts)
        self.total = len(layouts) + derived
        self.done = 0
        self.layouts = layouts
        self.ready = [p for p in parts if not p.needs_layout() and p.needs_derived()]

    def run(self) -> int:
        """Draw everything missing; return how many tasks ran. A failure is raised after the
        tasks already running have finished (their results are kept)."""
        if not self.total:
            return 0
        derived = any(p.needs_derived() for p in [*self.layouts, *self.ready])
        pool = _executor(self.options.jobs or 1, self.total, fresh=derived)
        pending: dict[concurrent.futures.Future[Any], tuple[_Part, str]] = {}
        failure: BaseException | None = None
        with pool:
            for part in self.layouts:
                layout = pool.submit(_lay_out_task, part.scene, part.needs_layout(), part.theme, self.options.timeout)
                pending[layout] = (part, "layout")
            for part in self.ready:
                self._submit_derived(pool, part, pending)
            while pending:
                finished, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                for future in finished:
                    part, task = pending.pop(future)
                    try:
                        self._settle(future, part, task)
                    except BaseException as error:  # noqa: BLE001 - raised once the running tasks end
                        failure = failure or error
                        for other in pending:
                            other.cancel()
                        continue
                    if failure is None and task == "layout":
                        self._submit_derived(pool, part, pending)
        if failure is not None:
            raise failure
        return self.done

    def _submit_derived(
        self, pool: concurrent.futures.Executor, part: _Part, pending: dict[concurrent.futures.Future[Any], Any]
    ) -> None:
        for fmt in part.needs_derived():
            pending[pool.submit(_derive_task, part.scene, part.outputs["svg"], fmt, self.options.dpi)] = (part, fmt)

    def _settle(self, future: concurrent.futures.Future[Any], part: _Part, task: str) -> None:
        if task == "layout":
            outputs, warnings = future.result()
            part.warnings = warnings
            for fmt, data in outputs.items():
                part.outputs[fmt] = data
                if fmt in part.keys:
                    self.cache.put(part.keys[fmt], CachedOutput(data, warnings))
        else:
            data = future.result()
            part.outputs[task] = data
            self.cache.put(part.keys[task], CachedOutput(data))
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, part.name)


def _file(stem: str, variant: str, fmt: str) -> str:
    return f"{stem}-{variant}.{EXTENSIONS[fmt]}" if variant else f"{stem}.{EXTENSIONS[fmt]}"


def _record(parts: Sequence[_Part]) -> FigureRecord:
    """The gallery's record: the main theme's files by format, a variant's as ``<theme>-<format>``."""
    job, scene = parts[0].job, parts[0].scene
    files = {
        f"{part.variant}-{fmt}" if part.variant else fmt: _file(job.stem, part.variant, fmt)
        for part in parts
        for fmt in part.keys
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


def _parts(loaded: Sequence[LoadedModel], options: BuildOptions) -> list[list[_Part]]:
    """Each figure's parts (one per theme), with the cache key of every format it gets."""
    by_path = {item.path: item for item in loaded}
    figures = []
    for job in plan(loaded, options.theme):
        scene = scene_from_view(by_path[job.model_path], job.view_id, max_elements=options.max_figure_elements)
        content = scene_json(scene)
        figures.append(
            [
                _Part(
                    job,
                    variant,
                    theme,
                    scene,
                    {
                        fmt: entry_key(
                            content, model=job.model_id, view=job.view_id, theme=theme, fmt=fmt, dpi=options.dpi
                        )
                        for fmt in formats
                    },
                )
                for variant, theme, formats in _variants(options)
            ]
        )
    return figures


def _from_cache(parts: Sequence[_Part], cache: FigureCache) -> int:
    found = 0
    for part in parts:
        for fmt, key in part.keys.items():
            entry = cache.get(key)
            if entry is not None:
                part.outputs[fmt] = entry.data
                part.warnings = part.warnings or entry.warnings
                found += 1
    return found


def _companions_cached(
    records: Sequence[FigureRecord], title: str, datasets: Sequence[DatasetRecord], cache: FigureCache
) -> dict[str, bytes]:
    """The gallery and snippets, from the cache when the records and citystack are unchanged."""
    content = json.dumps([[asdict(r) for r in records], [asdict(d) for d in datasets]], sort_keys=True)
    key = entry_key(content, model="", view="", theme=title, fmt="companions", dpi=0)
    entry = cache.get(key)
    if entry is not None:
        try:
            return {name: text.encode("utf-8") for name, text in json.loads(entry.data).items()}
        except (ValueError, AttributeError):
            pass  # an entry that is intact but not what we wrote: draw again
    files = _companions(records, title, datasets)
    text = json.dumps({name: data.decode("utf-8") for name, data in files.items()}, sort_keys=True)
    cache.put(key, CachedOutput(text.encode("utf-8")))
    return files


def _cached_matrix(
    cache: FigureCache,
    result: BuildResult,
    matrix: VendorMatrix,
    formats: Sequence[str],
    *,
    theme: str,
    sources: tuple[str, ...],
    dpi: int,
    timeout: float,
) -> RenderedFigure:
    """``render_matrix`` asking the cache first: the matrix is drawn only when a deployment changed."""

    scene = matrix_scene(matrix, sources)
    content = scene_json(scene) + matrix_dot(matrix, get_theme(theme))
    wanted = [f for f in formats if f in {"svg", "png", "pdf", "dot"}]
    keys = {f: entry_key(content, model=MATRIX_ID, view="matrix", theme=theme, fmt=f, dpi=dpi) for f in wanted}
    found = {f: entry for f, key in keys.items() if (entry := cache.get(key)) is not None}
    if len(found) == len(keys):
        result.cached += len(found)
        warnings = next((e.warnings for e in found.values() if e.warnings), "")
        return RenderedFigure(scene=scene, outputs={f: e.data for f, e in found.items()}, warnings=warnings)
    drawn = render_matrix(matrix, formats, theme=theme, sources=sources, dpi=dpi, timeout=timeout)
    result.drawn += 1 + sum(f in DERIVED_FORMATS for f in drawn.outputs)
    for fmt, data in drawn.outputs.items():
        cache.put(keys[fmt], CachedOutput(data, drawn.warnings))
    return drawn


def _settle_figure(out: Path, parts: Sequence[_Part], check: bool, result: BuildResult) -> None:
    for part in parts:
        if part.warnings:
            result.warnings.append(f"{part.name}: {part.warnings}")
        for fmt in part.keys:
            _settle(out, _file(part.job.stem, part.variant, fmt), part.outputs[fmt], check, result)
    result.records.append(_record(parts))


def build_figures(
    models: Path,
    out: Path,
    options: BuildOptions,
    *,
    check: bool = False,
    progress: Progress | None = None,
    title: str = "citystack figures",
) -> BuildResult:
    """The figure-by-figure build behind ``build`` (which checks and completes ``options`` first)."""
    loaded = load_models([models], options.caps)
    if not loaded:
        # An empty gallery would overwrite the real one: refuse rather than lose earlier output.
        raise UsageError(f"no model files under {models}: nothing to build")
    cache = FigureCache(options.cache_dir)
    if options.cache_dir is not None:
        environment_digest()  # computed once here, not in each worker
    figures = _parts(loaded, options)
    result = BuildResult()
    result.cached = _from_cache([p for parts in figures for p in parts], cache)
    drawing = _Drawing([p for parts in figures for p in parts], options, cache, progress)
    try:
        result.drawn = drawing.run()
    finally:
        for parts in figures:
            if all(part.complete for part in parts):
                _settle_figure(out, parts, check, result)
    extras = dataset_outputs(loaded)
    variants = [(theme, formats) for variant, theme, formats in _variants(options) if variant]
    matrix = matrix_outputs(
        loaded,
        options.formats,
        variants,
        theme=options.theme,
        dpi=options.dpi,
        timeout=options.timeout,
        render=partial(_cached_matrix, cache, result),
    )
    if matrix is not None:
        extras.append(matrix)
    extras += comparison_outputs(
        loaded, options.formats, variants, theme=options.theme, dpi=options.dpi, timeout=options.timeout
    )
    for extra in extras:
        for relative, data in sorted(extra.files.items()):
            _settle(out, relative, data, check, result)
        if extra.figure is not None:
            result.records.append(extra.figure)
    datasets = [extra.dataset for extra in extras if extra.dataset is not None]
    drawn = set(options.formats)
    if drawn & {"svg", "png"} and drawn & {"pdf", "png"}:  # what the web and LaTeX snippets embed
        for relative, data in sorted(_companions_cached(result.records, title, datasets, cache).items()):
            _settle(out, relative, data, check, result)
    return result
