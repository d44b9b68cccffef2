"""The text report: findings grouped by file, one line each with its hint, and a summary line."""

from __future__ import annotations

from citystack.rules.engine import CheckReport
from citystack.rules.finding import Severity

__all__ = ["render_text", "summary_line"]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(report: CheckReport) -> str:
    """``2 errors, 1 warning, 3 notes in 4 models (29 rules).``"""
    counts = ", ".join(
        (
            _plural(report.count(Severity.ERROR), "error"),
            _plural(report.count(Severity.WARNING), "warning"),
            _plural(report.count(Severity.INFO), "note"),
        )
    )
    return f"{counts} in {_plural(len(report.models), 'model')} ({_plural(len(report.rules), 'rule')})."


def render_text(report: CheckReport) -> str:
    """Every model under its file, every finding on its line, then the summary."""
    lines: list[str] = []
    for model in sorted(report.models, key=lambda m: (m.file, m.model_id)):
        header = f"{model.file} ({model.model_id})"
        if not model.findings:
            lines.append(f"{header}: no findings")
            continue
        lines.append(header)
        for finding in model.findings:
            item = f" [{finding.item}]" if finding.item else ""
            lines.append(f"  {finding.line:>4}  {finding.severity.value:<7}  {finding.code}  {finding.message}{item}")
            if finding.hint:
                lines.append(f"{'':25}hint: {finding.hint}")
    if lines:
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
