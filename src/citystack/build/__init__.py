"""Models to figures on disk: plan, render, write atomically, gallery and snippets, freshness check."""

from citystack.build.atomic import safe_output_path, write_atomic
from citystack.build.figures import DEFAULT_FORMATS, GALLERY, BuildOptions, BuildResult, FigureJob, build, plan
from citystack.build.names import figure_stem, slug

__all__ = [
    "DEFAULT_FORMATS",
    "GALLERY",
    "BuildOptions",
    "BuildResult",
    "FigureJob",
    "build",
    "figure_stem",
    "plan",
    "safe_output_path",
    "slug",
    "write_atomic",
]
