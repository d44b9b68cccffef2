"""The comparisons the build writes: every pair of models that one of them aligns with counterparts.

A model that declares ``counterparts`` for another model (by its id) asks to be compared with it:
the other model is A (left), the declaring one B (right). Each pair gets the side-by-side figure
(SVG, PNG, PDF, and the variants' SVG and PDF), the HTML report, and the comparison as JSON and
Markdown, computed in memory and written atomically by the build like any figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from citystack.build.tables import Extra
from citystack.compare import compare
from citystack.load import LoadedModel
from citystack.render.build_scene import citation
from citystack.render.comparison import comparison_figure_id, render_comparison
from citystack.render.scene import FigureRecord

__all__ = ["comparison_outputs", "comparison_pairs"]


def comparison_pairs(loaded: Sequence[LoadedModel]) -> list[tuple[LoadedModel, LoadedModel]]:
    """(A, B) for every model B whose counterparts name another loaded model A, in model-file order."""
    by_id = {item.model.id: item for item in loaded}
    pairs: list[tuple[LoadedModel, LoadedModel]] = []
    for item in loaded:
        for target in dict.fromkeys(c.model for c in item.model.counterparts):
            other = by_id.get(target)
            if other is not None and other.model.id != item.model.id:
                pairs.append((other, item))
    return pairs


def comparison_outputs(
    loaded: Sequence[LoadedModel],
    formats: tuple[str, ...],
    variants: list[tuple[str, tuple[str, ...]]],
    *,
    theme: str,
    dpi: int,
    timeout: float,
) -> list[Extra]:
    """Files and gallery record of every comparison the models ask for."""
    # Imported here: the report package loads jinja2, which start-up (citystack --help, check) must not pay for.
    from citystack.report.comparison import comparison_html, comparison_markdown

    extras = []
    for left, right in comparison_pairs(loaded):
        a, b = left.model, right.model
        comparison = compare(a, b)
        stem = comparison_figure_id(comparison)
        citations = {s.id: citation(s) for s in (*b.sources, *a.sources)}
        sources = tuple(dict.fromkeys(citation(s) for s in (*a.sources, *b.sources)))
        drawn = render_comparison(comparison, a, b, formats, theme=theme, sources=sources, dpi=dpi, timeout=timeout)
        names = {fmt: f"{stem}.{fmt}" for fmt in drawn.outputs}
        files = {names[fmt]: data for fmt, data in drawn.outputs.items()}
        for variant, variant_formats in variants:
            extra = render_comparison(
                comparison, a, b, variant_formats, theme=variant, sources=sources, dpi=dpi, timeout=timeout
            )
            for fmt, data in extra.outputs.items():
                names[f"{variant}-{fmt}"] = f"{stem}-{variant}.{fmt}"
                files[names[f"{variant}-{fmt}"]] = data
        svg = drawn.outputs.get("svg") or render_comparison(comparison, a, b, ["svg"], theme=theme).outputs["svg"]
        texts = {
            "html": comparison_html(comparison, svg, drawn.scene.caption, citations),
            "json": comparison.model_dump_json(indent=2) + "\n",
            "md": comparison_markdown(comparison),
        }
        for fmt, text in texts.items():
            names[fmt] = f"{stem}.{fmt}"
            files[names[fmt]] = text.encode("utf-8")
        scene = drawn.scene
        record = FigureRecord(
            figure_id=stem,
            model_id=f"{a.id}, {b.id}",
            view_id="compare",
            title=scene.title,
            caption=scene.caption,
            alt_text=scene.alt_text,
            sources=sources,
            files=names,
        )
        extras.append(Extra(files=files, figure=record))
    return extras
