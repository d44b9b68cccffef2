"""A comparison of two stacks as a Markdown report (tables) and as a standalone HTML page."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from citystack.compare import Comparison
from citystack.compare.wording import CLASS_TITLES, difference_cells, metric_rows

from .templating import html_env, markdown_env

__all__ = ["comparison_html", "comparison_markdown"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")


def _context(comparison: Comparison) -> dict[str, Any]:
    counts = comparison.counts()
    return {
        "a": comparison.a,
        "b": comparison.b,
        "matched": len(comparison.matches),
        "only_a": len(comparison.only_in_a),
        "only_b": len(comparison.only_in_b),
        "total": len(comparison.differences),
        "metrics": metric_rows(comparison),
        "counts": [(title, counts[cls.value]) for cls, title in CLASS_TITLES.items()],
        "differences": [(CLASS_TITLES[d.kind], d.layer, *difference_cells(d)) for d in comparison.differences],
        "matches": [(m.layer, m.a, m.b, f"{m.how} ({m.score:.2f})") for m in comparison.matches],
    }


def comparison_markdown(comparison: Comparison) -> str:
    """The comparison as Markdown: metrics side by side, differences by class, every match."""
    return markdown_env().get_template("comparison.md.j2").render(**_context(comparison))


def comparison_html(
    comparison: Comparison, figure_svg: bytes, caption: str, citations: Mapping[str, str] | None = None
) -> str:
    """A standalone page: the figure inlined (so its tooltips work), metrics, classes, differences with evidence.

    ``figure_svg`` is the SVG master of the side-by-side figure (render layer): it is the only
    markup the page takes as is; every other text is escaped. ``citations`` names each source id
    as readers know it (its full citation); an id without one is shown as it is. The page runs no script, and its
    Content-Security-Policy forbids any.
    """
    svg = _XML_DECLARATION.sub("", figure_svg.decode("utf-8"))
    context = _context(comparison)
    context["differences"] = [
        {
            "title": CLASS_TITLES[d.kind],
            "layer": d.layer,
            "sides": [
                {"text": text, "cites": cites}
                for text, cites in zip(difference_cells(d), (d.a_evidence, d.b_evidence), strict=True)
            ],
        }
        for d in comparison.differences
    ]
    return (
        html_env()
        .get_template("comparison.html.j2")
        .render(figure=Markup(svg), caption=caption, citations=dict(citations or {}), **context)
    )
