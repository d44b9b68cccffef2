"""The terminal view of a comparison: rich tables of the alignment, the differences and the metrics."""

from __future__ import annotations

import io
import os

from rich.console import Console
from rich.table import Table

from citystack.compare import Comparison
from citystack.compare.wording import CLASS_TITLES, difference_cells, metric_rows

__all__ = ["comparison_text"]


def comparison_text(comparison: Comparison, width: int | None = None) -> str:
    """The three tables as text; colour only on a terminal that wants it."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or 120,
        no_color=True if os.environ.get("NO_COLOR") else None,
        force_terminal=False,
        color_system=None,
    )
    a, b = comparison.a, comparison.b
    console.print(f"A: {a.title} ({a.id}, {a.elements} elements)")
    console.print(f"B: {b.title} ({b.id}, {b.elements} elements)")
    counts = comparison.counts()
    console.print(
        f"{len(comparison.matches)} matched, {len(comparison.only_in_a)} only in A, {len(comparison.only_in_b)} "
        f"only in B; {len(comparison.differences)} differences"
    )

    metrics = Table(title="Metrics", show_lines=False)
    for header in ("metric", "A", "B"):
        metrics.add_column(header, overflow="fold")
    for row in metric_rows(comparison):
        metrics.add_row(*row)
    console.print(metrics)

    classes = Table(title="Differences by class")
    classes.add_column("class")
    classes.add_column("count", justify="right")
    for cls, title in CLASS_TITLES.items():
        classes.add_row(title, str(counts[cls.value]))
    console.print(classes)

    differences = Table(title="Differences")
    for header in ("class", "layer", "A", "B"):
        differences.add_column(header, overflow="fold")
    for difference in comparison.differences:
        differences.add_row(CLASS_TITLES[difference.kind], difference.layer, *difference_cells(difference))
    console.print(differences)

    matches = Table(title="Matched elements")
    for header in ("layer", "A", "B", "matched by"):
        matches.add_column(header, overflow="fold")
    for match in comparison.matches:
        matches.add_row(match.layer, match.a, match.b, f"{match.how} ({match.score:.2f})")
    console.print(matches)
    return buffer.getvalue()
