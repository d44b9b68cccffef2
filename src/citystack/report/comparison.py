"""A comparison of two stacks as a Markdown report (tables) and as a standalone HTML page."""

from __future__ import annotations

from typing import Any

from citystack.compare import Comparison
from citystack.compare.wording import CLASS_TITLES, difference_cells, metric_rows

from .templating import markdown_env

__all__ = ["comparison_markdown"]


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
