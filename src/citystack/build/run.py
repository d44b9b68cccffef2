"""``build``: the whole-build shortcut first (``manifest.py``), the figure-by-figure build when it misses.

Kept apart from ``figures.py`` so that a build with nothing to do imports neither the models
nor the renderer.
"""

from __future__ import annotations

from pathlib import Path

from citystack.build.cache import FigureCache
from citystack.build.manifest import build_key, recall, remember
from citystack.build.options import BuildOptions, BuildResult, Progress, normalised

__all__ = ["build"]


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

    With a cache (``options.cache_dir``), a build whose inputs, options and tools are unchanged
    and whose outputs are as it left them is done at once; otherwise every figure is looked up
    in the cache and only what is missing is drawn (see ``figures.build_figures``).

    Raises LoadError (exit 2) for bad models before anything is written, RenderError (exit 3) for
    a figure that cannot be drawn: every figure drawn completely is written, the one that failed
    keeps its earlier files, and the gallery is left as it was.
    """
    options = normalised(options)
    cache = FigureCache(options.cache_dir)
    key = build_key(models, out, options, title) if options.cache_dir is not None else None
    done = recall(cache, key, out, check=check)
    if done is not None:
        return done
    from citystack.build.figures import build_figures

    result = build_figures(models, out, options, check=check, progress=progress, title=title)
    remember(cache, key, out, result)
    return result
