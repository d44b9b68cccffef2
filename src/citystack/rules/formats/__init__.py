"""Writing a check report as text for people, JSON, SARIF 2.1.0 for code scanning, JUnit XML for CI."""

from __future__ import annotations

from collections.abc import Callable

from citystack.rules.engine import CheckReport
from citystack.rules.formats.json_format import render_json
from citystack.rules.formats.junit_format import render_junit
from citystack.rules.formats.sarif_format import render_sarif
from citystack.rules.formats.text_format import render_text

__all__ = ["FORMATS", "render_json", "render_junit", "render_report", "render_sarif", "render_text"]

FORMATS: dict[str, Callable[[CheckReport], str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "junit": render_junit,
}


def render_report(report: CheckReport, fmt: str) -> str:
    """The report in one of ``FORMATS``."""
    return FORMATS[fmt](report)
