"""One figure in every format: scene to DOT, one layout by ``dot``, SVG master, then PNG and PDF.

Everything happens in memory; nothing here writes a file (that is the build's job), so a figure
that fails in any format leaves no trace.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from citystack.errors import RenderError
from citystack.load import LoadedModel
from citystack.model import Model, View
from citystack.render.build_scene import scene_from_view
from citystack.render.dot_backend import graphviz_digraph
from citystack.render.fallback import FALLBACKS
from citystack.render.fonts import missing_glyph_warning
from citystack.render.formats import DERIVED_FORMATS, EXTENSIONS, FORMATS, TEXT_FORMATS, parse_formats
from citystack.render.icons import IconFile, IconResolver, greyed, resolve_icon
from citystack.render.limits import DEFAULT_DPI, DEFAULT_TIMEOUT, check_dpi, check_timeout
from citystack.render.mermaid import mermaid_flowchart
from citystack.render.runner import ToolFailed, known_cause, run_dot
from citystack.render.scene import Scene, scene_json
from citystack.render.svg import finish_svg
from citystack.render.themes import Theme, get_theme

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "TEXT_FORMATS",
    "RenderedFigure",
    "derive",
    "dot_source",
    "lay_out",
    "parse_formats",
    "render_dot_figure",
    "render_figure",
    "render_scene",
    "scene_icons",
    "scene_json",
    "scene_texts",
]


@dataclass(frozen=True)
class RenderedFigure:
    """A figure's scene and the bytes of each requested format; ``warnings`` from ``dot``."""

    scene: Scene
    outputs: dict[str, bytes] = field(default_factory=dict)
    warnings: str = ""


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


def render_scene(
    scene: Scene,
    formats: Iterable[str],
    *,
    theme: str | Theme = "default",
    dpi: int = DEFAULT_DPI,
    timeout: float = DEFAULT_TIMEOUT,
    resolver: IconResolver = resolve_icon,
    source: str | None = None,
) -> RenderedFigure:
    """Every requested format of one scene, and only those: ``dot`` runs once, and only for a drawn
    format (``source``: DOT text made elsewhere, see :func:`lay_out`)."""
    wanted = parse_formats(formats)
    check_dpi(dpi)
    laid = lay_out(scene, wanted, theme=theme, timeout=timeout, resolver=resolver, source=source)
    outputs = dict(laid.outputs)
    for fmt in DERIVED_FORMATS:
        if fmt in wanted:
            outputs[fmt] = derive(scene, outputs["svg"], fmt, dpi=dpi)
    return RenderedFigure(scene=scene, outputs={f: outputs[f] for f in wanted}, warnings=laid.warnings)


def lay_out(
    scene: Scene,
    formats: Iterable[str],
    *,
    theme: str | Theme = "default",
    timeout: float = DEFAULT_TIMEOUT,
    resolver: IconResolver = resolve_icon,
    source: str | None = None,
) -> RenderedFigure:
    """Every requested format except PNG and PDF, with ``dot`` run once; the SVG master is included
    whenever PNG or PDF is asked for, so :func:`derive` can make them (in parallel, if wanted).

    ``source`` is DOT text made elsewhere (the vendor matrix's table), drawn instead of the
    scene's own graph; the scene then only names the figure.
    """
    wanted = parse_formats(formats)
    theme = get_theme(theme) if isinstance(theme, str) else theme
    check_timeout(timeout)
    outputs: dict[str, bytes] = {}
    if "json" in wanted:
        outputs["json"] = scene_json(scene).encode("utf-8")
    if "mermaid" in wanted:
        outputs["mermaid"] = mermaid_flowchart(scene).encode("utf-8")
    warnings = ""
    if {"svg", "png", "pdf", "dot"} & set(wanted):
        icons = scene_icons(scene, resolver) if source is None else {}
        if theme.greys_only:
            icons = {name: greyed(icon) for name, icon in icons.items()}
        own = source is None
        if source is None:
            source = dot_source(scene, theme, icons)
        if "dot" in wanted:
            outputs["dot"] = source.encode("utf-8")
        if {"svg", "png", "pdf"} & set(wanted):
            if own:
                outputs["svg"], warnings, laid_out = _master_with_fallbacks(
                    scene, source, theme, icons, timeout=timeout
                )
                if "dot" in wanted:
                    outputs["dot"] = laid_out.encode("utf-8")
            else:
                outputs["svg"], warnings = _master(scene, source, icons, timeout=timeout)
            glyphs = missing_glyph_warning(scene_texts(scene))
            warnings = "\n".join(w for w in (glyphs, warnings) if w)
    warnings = "\n".join(part for part in (*scene.warnings, warnings.rstrip("\n")) if part)
    return RenderedFigure(scene=scene, outputs=outputs, warnings=warnings)


def scene_texts(scene: Scene) -> list[str]:
    """Every text a drawn figure shows: title, names, labels, legend and notes."""
    return [
        scene.title,
        *(n.label for n in scene.nodes),
        *(e.label for e in scene.edges),
        *(g.label for g in scene.groups),
        *(entry.label for entry in scene.legend),
        *scene.notes,
    ]


def _master_with_fallbacks(
    scene: Scene, source: str, theme: Theme, icons: dict[str, IconFile], *, timeout: float
) -> tuple[bytes, str, str]:
    """The SVG master as modelled, or with the first fallback layout that dot survives, its
    warnings, and the DOT laid out. Only a crash of ``dot`` (killed by a signal) is retried; the
    warnings then name the fallback and why it was needed."""
    crash: ToolFailed | None = None
    for name, simplify in ((None, None), *FALLBACKS):
        attempt = simplify(scene) if simplify else scene
        if simplify:
            source = dot_source(attempt, theme, icons)
        try:
            svg, warnings = _master(attempt, source, icons, timeout=timeout)
        except ToolFailed as error:
            if error.tool != "dot" or error.returncode >= 0:
                raise
            crash = crash or error
            continue
        if crash is None:
            return svg, warnings, source
        said = crash.stderr.splitlines()[0] if crash.stderr else "no message"
        cause = known_cause(crash.stderr) or f"signal {-crash.returncode}"
        note = (
            f"dot crashed on the figure as modelled ({cause}; dot said: {said}); drawn with the fallback layout: {name}"
        )
        return svg, note + (f"\n{warnings}" if warnings else ""), source
    assert crash is not None
    tried = "; ".join(name for name, _ in FALLBACKS)
    raise RenderError(f"{crash}\n(the fallback layouts crashed too: {tried})") from None


def _master(scene: Scene, source: str, icons: dict[str, IconFile], *, timeout: float) -> tuple[bytes, str]:
    """The one layout by ``dot``, finished as the SVG master, and dot's warnings."""
    files = {icon.filename: icon.data for icon in icons.values()}
    result = run_dot(source, figure=scene.display_name, files=files, timeout=timeout)
    return finish_svg(result.output, scene, {icon.filename: icon for icon in icons.values()}), result.warnings


def derive(scene: Scene, svg: bytes, fmt: str, *, dpi: int = DEFAULT_DPI) -> bytes:
    """``png`` or ``pdf`` of the SVG master by the converter; each format is independent of the
    others, so a build may make them at the same time."""
    check_dpi(dpi)
    # the converter is imported only here: every command's start-up would otherwise pay for it
    from citystack.render.raster import pdf_bytes, png_bytes

    if fmt == "png":
        return png_bytes(svg, dpi=dpi, figure=scene.display_name)
    if fmt == "pdf":
        return pdf_bytes(svg, title=scene.title, subject=scene.caption[:500], figure=scene.display_name)
    raise ValueError(f"{fmt!r} is not derived from the SVG master (derived: {', '.join(DERIVED_FORMATS)})")


def render_dot_figure(
    scene: Scene, source: str, formats: Iterable[str], *, dpi: int = DEFAULT_DPI, timeout: float = DEFAULT_TIMEOUT
) -> RenderedFigure:
    """A figure whose DOT its caller wrote (a table, not a scene's boxes): the drawn formats asked for, DOT too."""
    wanted = tuple(f for f in parse_formats(formats) if f in {"svg", "png", "pdf", "dot"})
    if not wanted:
        return RenderedFigure(scene=scene)
    return render_scene(scene, wanted, dpi=dpi, timeout=timeout, source=source)


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
