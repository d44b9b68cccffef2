"""Models to figures on disk: plan, cache, render in parallel, write atomically, gallery, freshness check.

Names are imported on first use (``citystack._lazy``): ``write_atomic`` must not load the renderer.
"""

from __future__ import annotations

import typing

from citystack._lazy import lazy_exports

if typing.TYPE_CHECKING:
    from citystack.build.atomic import safe_output_path, write_atomic
    from citystack.build.cache import FigureCache, default_cache_dir
    from citystack.build.figures import GALLERY, FigureJob, plan
    from citystack.build.names import figure_stem, slug
    from citystack.build.options import DEFAULT_FORMATS, BuildOptions, BuildResult, default_jobs
    from citystack.build.run import build

_EXPORTS = {
    **dict.fromkeys(("safe_output_path", "write_atomic"), "citystack.build.atomic"),
    **dict.fromkeys(("FigureCache", "default_cache_dir"), "citystack.build.cache"),
    **dict.fromkeys(("GALLERY", "FigureJob", "plan"), "citystack.build.figures"),
    **dict.fromkeys(("DEFAULT_FORMATS", "BuildOptions", "BuildResult", "default_jobs"), "citystack.build.options"),
    "build": "citystack.build.run",
    **dict.fromkeys(("figure_stem", "slug"), "citystack.build.names"),
}

__all__ = [
    "DEFAULT_FORMATS",
    "GALLERY",
    "BuildOptions",
    "BuildResult",
    "FigureCache",
    "FigureJob",
    "build",
    "default_cache_dir",
    "default_jobs",
    "figure_stem",
    "plan",
    "safe_output_path",
    "slug",
    "write_atomic",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
