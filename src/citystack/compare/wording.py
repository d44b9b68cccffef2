"""Plain-text wording of a comparison, one place for the table, Markdown and HTML to share."""

from __future__ import annotations

from citystack.compare.records import Comparison, Difference, DifferenceClass, Metrics

__all__ = ["CLASS_TITLES", "METRIC_TITLES", "difference_cells", "metric_rows"]

CLASS_TITLES = {
    DifferenceClass.ONLY_IN_ONE: "present in one model only",
    DifferenceClass.DIFFERENT_OPERATOR: "same role, different operator",
    DifferenceClass.DIFFERENT_PURPOSE: "different purpose",
    DifferenceClass.DATA_ELSEWHERE: "data flowing elsewhere",
    DifferenceClass.OVERSIGHT: "oversight in one model only",
    DifferenceClass.OUTSIDE_ACCESS: "access from outside in one model only",
}

METRIC_TITLES = (
    "Breadth of data fusion",
    "Operator reach",
    "Outside access",
    "Closed-net asymmetry",
    "Steps from sensing to enforcement",
    "Vendor concentration",
)


def _cell(element: str | None, detail: tuple[str, ...]) -> str:
    if element is None:
        return "-"
    return f"{element}: {', '.join(detail) if detail else 'none'}"


def difference_cells(difference: Difference) -> tuple[str, str]:
    """What model A and model B each have, as one line each ('-' where the element is absent)."""
    return _cell(difference.a, difference.a_detail), _cell(difference.b, difference.b_detail)


def _metric_cells(metrics: Metrics) -> tuple[str, ...]:
    fusion = metrics.fusion
    reach = "; ".join(f"{r.operator} {r.share:.2f} ({len(r.layers)} layers)" for r in metrics.operator_reach)
    access = "; ".join(f"{o.actor} reaches {len(o.reaches)}" for o in metrics.outside_access)
    asym = metrics.asymmetry
    index = "n/a" if asym.index is None else f"{asym.index:+.2f}"
    path = metrics.sensing_to_enforcement
    steps = "no path" if path.steps is None else f"{path.steps} ({' → '.join(path.elements)})"
    vendors = "; ".join(
        f"{v.layer} {v.hhi:.2f} ({v.vendors[0].vendor})" for v in metrics.vendor_concentration if v.hhi is not None
    )
    return (
        f"{fusion.breadth} kinds ({', '.join(fusion.source_kinds) or 'none'})",
        reach or "no operator",
        access or "none",
        f"in {asym.inward}, out {asym.outward}, index {index} ({asym.scope.replace('_', ' ')})",
        steps,
        vendors or "no vendor named",
    )


def metric_rows(comparison: Comparison) -> list[tuple[str, str, str]]:
    """(metric, model A's value, model B's value) for every metric, in the order of the docs."""
    a, b = _metric_cells(comparison.a.metrics), _metric_cells(comparison.b.metrics)
    return list(zip(METRIC_TITLES, a, b, strict=True))
