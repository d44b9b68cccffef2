"""The JSON report: the rules that ran, the models checked, every finding and the counts."""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version

from citystack.rules.engine import CheckReport
from citystack.rules.finding import Severity

__all__ = ["render_json", "tool_version"]


def tool_version() -> str:
    """The installed citystack version ("0+unknown" when run from a bare source tree)."""
    try:
        return version("citystack")
    except PackageNotFoundError:
        return "0+unknown"


def render_json(report: CheckReport) -> str:
    """A stable JSON document (sorted findings, no timestamps)."""
    document = {
        "tool": "citystack",
        "version": tool_version(),
        "rules": [rule.code for rule in report.rules],
        "models": [
            {"id": m.model_id, "file": m.file, "findings": len(m.findings)}
            for m in sorted(report.models, key=lambda m: (m.file, m.model_id))
        ],
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": {
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "info": report.count(Severity.INFO),
            "models": len(report.models),
            "failed": report.failed,
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
