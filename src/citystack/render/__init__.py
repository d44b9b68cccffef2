"""Rendering: scenes from views, DOT from scenes, SVG master, PNG, PDF and text exports.

Names are imported on first use (``citystack._lazy``): importing ``citystack.render.limits``
for an option's default must not load graphviz.
"""

from __future__ import annotations

import typing

from citystack._lazy import lazy_exports

if typing.TYPE_CHECKING:
    from citystack.render.build_scene import default_view, figure_slug, pick_view, scene_from_view
    from citystack.render.formats import EXTENSIONS, FORMATS, parse_formats
    from citystack.render.notebook import Figure, figure
    from citystack.render.pipeline import (
        RenderedFigure,
        dot_source,
        render_figure,
        render_scene,
    )
    from citystack.render.scene import FigureRecord, LegendEntry, Scene, SceneEdge, SceneGroup, SceneNode, scene_json
    from citystack.render.themes import THEME_NAMES, Theme, get_theme

_EXPORTS = {
    **dict.fromkeys(("default_view", "figure_slug", "pick_view", "scene_from_view"), "citystack.render.build_scene"),
    **dict.fromkeys(("Figure", "figure"), "citystack.render.notebook"),
    **dict.fromkeys(("RenderedFigure", "dot_source", "render_figure", "render_scene"), "citystack.render.pipeline"),
    **dict.fromkeys(("EXTENSIONS", "FORMATS", "parse_formats"), "citystack.render.formats"),
    **dict.fromkeys(
        ("FigureRecord", "LegendEntry", "Scene", "SceneEdge", "SceneGroup", "SceneNode", "scene_json"),
        "citystack.render.scene",
    ),
    **dict.fromkeys(("THEME_NAMES", "Theme", "get_theme"), "citystack.render.themes"),
}

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "THEME_NAMES",
    "Figure",
    "FigureRecord",
    "LegendEntry",
    "RenderedFigure",
    "Scene",
    "SceneEdge",
    "SceneGroup",
    "SceneNode",
    "Theme",
    "default_view",
    "dot_source",
    "figure",
    "figure_slug",
    "get_theme",
    "parse_formats",
    "pick_view",
    "render_figure",
    "render_scene",
    "scene_from_view",
    "scene_json",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
