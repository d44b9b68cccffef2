"""One figure in every format: scene to DOT, one layout by ``dot``, SVG master, then PNG and PDF.

Everything happens in memory; nothing here writes a file (that is the build's job), so a figure
that fails in any format leaves no trace.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from citystack.errors import UsageError
from citystack.load import LoadedModel
from citystack.model import Model, View
from citystack.render.build_scene import scene_from_view
from citystack.render.dot_backend import graphviz_digraph
from citystack.render.icons import IconFile, IconResolver, greyed, resolve_icon
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT, check_dpi, check_timeout
from citystack.render.mermaid import mermaid_flowchart
from citystack.render.runner import run_dot
from citystack.render.scene import Scene
from citystack.render.svg import finish_svg
from citystack.render.themes import Theme, get_theme

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "TEXT_FORMATS",
    "RenderedFigure",
    "dot_source",
    "parse_formats",
    "render_dot_figure",
    "render_figure",
    "render_scene",
    "scene_icons",
    "scene_json",
]

#: Every format a figure can be written in, and the file extension each gets.
EXTENSIONS = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "mermaid": "mmd", "json": "json"}
FORMATS = tuple(EXTENSIONS)
TEXT_FORMATS = frozenset({"svg", "dot", "mermaid", "json"})


@dataclass(frozen=True)
class RenderedFigure:
    """A figure's scene and the bytes of each requested format; ``warnings`` from ``dot``."""

    scene: Scene
    outputs: dict[str, bytes] = field(default_factory=dict)
    warnings: str = ""


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``svg,png,pdf`` as a tuple of known formats, in the order given, without repeats."""
    items = text.split(",") if isinstance(text, str) else list(text)
    formats: list[str] = []
    for item in (i.strip().lower() for i in items):
        if item not in EXTENSIONS:
            raise UsageError(f"unknown format {item!r} (formats: {', '.join(FORMATS)})")
        if item not in formats:
            formats.append(item)
    if not formats:
        raise UsageError("no format given")
    return tuple(formats)


def scene_icons(scene: Scene, resolver: IconResolver = resolve_icon) -> dict[str, IconFile]:
    """The icons an icon figure draws (nodes and legend), by icon name; none for conceptual figures."""
    if scene.backend != "diagrams":
        return {}
    names = {n.icon for n in scene.nodes if n.icon} | {e.icon for e in scene.legend if e.icon}
    return {name: resolver(name) for name in sorted(names)}


def dot_source(scene: Scene, theme: Theme, icons: dict[str, IconFile]) -> str:
    """The DOT text of a figure, from the back end its view asks for."""
    if scene.backend == "diagrams":
        from citystack.render.icon_backend import diagrams_digraph

        graph = diagrams_digraph(scene, theme, icons)
    else:
        graph = graphviz_digraph(scene, theme)
    source: str = graph.source
    return source


def scene_json(scene: Scene) -> str:
    """The scene as JSON: stable key order, literal Unicode."""
    return json.dumps(dataclasses.asdict(scene), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def render_scene(
    scene: Scene,
    formats: Iterable[str],
    *,
    theme: str | Theme = "default",
    dpi: int = DEFAULT_DPI,
    timeout: float = DEFAULT_TIMEOUT,
    resolver: IconResolver = resolve_icon,
) -> RenderedFigure:
    """Every requested format of one scene, and only those: ``dot`` runs once, and only for a drawn format."""
    wanted = parse_formats(formats)
    theme = get_theme(theme) if isinstance(theme, str) else theme
    check_dpi(dpi)
    check_timeout(timeout)
    outputs: dict[str, bytes] = {}
    if "json" in wanted:
        outputs["json"] = scene_json(scene).encode("utf-8")
    if "mermaid" in wanted:
        outputs["mermaid"] = mermaid_flowchart(scene).encode("utf-8")
    warnings = ""
    if {"svg", "png", "pdf", "dot"} & set(wanted):
        icons = scene_icons(scene, resolver)
        if theme.greys_only:
            icons = {name: greyed(icon) for name, icon in icons.items()}
        source = dot_source(scene, theme, icons)
        outputs["dot"] = source.encode("utf-8")
        if {"svg", "png", "pdf"} & set(wanted):
            drawn, warnings = _draw(scene, source, icons, wanted, dpi=dpi, timeout=timeout)
            outputs.update(drawn)
    warnings = "\n".join(part for part in (*scene.warnings, warnings.rstrip("\n")) if part)
    return RenderedFigure(scene=scene, outputs={f: outputs[f] for f in wanted}, warnings=warnings)


def _draw(
    scene: Scene, source: str, icons: dict[str, IconFile], wanted: tuple[str, ...], *, dpi: int, timeout: float
) -> tuple[dict[str, bytes], str]:
    """The one layout by ``dot`` as the SVG master, the PNG and PDF derived from it, and dot's warnings."""
    files = {icon.filename: icon.data for icon in icons.values()}
    result = run_dot(source, figure=scene.display_name, files=files, timeout=timeout)
    svg = finish_svg(result.output, scene, {icon.filename: icon for icon in icons.values()})
    outputs = {"svg": svg}
    if "png" in wanted or "pdf" in wanted:
        # cairo is imported only here: every command's start-up would otherwise pay for it
        from citystack.render.raster import pdf_bytes, png_bytes

        if "png" in wanted:
            outputs["png"] = png_bytes(svg, dpi=dpi, figure=scene.display_name)
        if "pdf" in wanted:
            outputs["pdf"] = pdf_bytes(svg, title=scene.title, subject=scene.caption[:500], figure=scene.display_name)
    return outputs, result.warnings


def render_dot_figure(
    scene: Scene, source: str, formats: Iterable[str], *, dpi: int = DEFAULT_DPI, timeout: float = DEFAULT_TIMEOUT
) -> RenderedFigure:
    """A figure whose DOT its caller wrote (a table, not a scene's boxes): the drawn formats asked for, DOT too."""
    wanted = tuple(f for f in parse_formats(formats) if f in {"svg", "png", "pdf", "dot"})
    outputs: dict[str, bytes] = {"dot": source.encode("utf-8")} if "dot" in wanted else {}
    warnings = ""
    if {"svg", "png", "pdf"} & set(wanted):
        drawn, warnings = _draw(scene, source, {}, wanted, dpi=dpi, timeout=timeout)
        outputs.update(drawn)
    return RenderedFigure(scene=scene, outputs={f: outputs[f] for f in wanted if f in outputs}, warnings=warnings)


def render_figure(
    loaded_or_model: LoadedModel | Model,
    view: View | str | None = None,
    formats: Iterable[str] = ("svg",),
    *,
    theme: str | Theme = "default",
    dpi: int = DEFAULT_DPI,
    timeout: float = DEFAULT_TIMEOUT,
    resolver: IconResolver = resolve_icon,
) -> RenderedFigure:
    """Scene and formats of one view of a model in one call (see :func:`render_scene`)."""
    scene = scene_from_view(loaded_or_model, view)
    return render_scene(scene, formats, theme=theme, dpi=dpi, timeout=timeout, resolver=resolver)
