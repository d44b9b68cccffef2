"""Rendering: scenes from views, DOT from scenes, SVG master, PNG, PDF and text exports."""

from citystack.render.build_scene import default_view, figure_slug, pick_view, scene_from_view
from citystack.render.notebook import Figure, figure
from citystack.render.pipeline import (
    EXTENSIONS,
    FORMATS,
    RenderedFigure,
    dot_source,
    parse_formats,
    render_figure,
    render_scene,
    scene_json,
)
from citystack.render.scene import FigureRecord, LegendEntry, Scene, SceneEdge, SceneGroup, SceneNode
from citystack.render.themes import THEME_NAMES, Theme, get_theme

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
