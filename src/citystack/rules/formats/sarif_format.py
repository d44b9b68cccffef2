"""The SARIF 2.1.0 report, for code-scanning tools: one run, the rules as its driver's rules."""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import PurePosixPath
from typing import Any

from citystack.rules.engine import CheckReport
from citystack.rules.finding import Finding, Severity
from citystack.rules.formats.json_format import tool_version
from citystack.rules.registry import Rule

__all__ = ["SARIF_SCHEMA", "render_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_FALLBACK_URI = "https://pypi.org/project/citystack/"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _information_uri() -> str:
    """The project's home page from its package metadata, else its package index page."""
    try:
        for entry in metadata("citystack").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() in {"homepage", "home", "repository", "source"} and url.strip():
                return str(url).strip()
    except PackageNotFoundError:
        pass
    return _FALLBACK_URI


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.section("What it checks") or rule.summary},
        "help": {"text": rule.doc},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.code[:3]]},
    }


def _artifact(file: str) -> dict[str, str]:
    path = PurePosixPath(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": path.as_posix(), "uriBaseId": "%SRCROOT%"}


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    text = finding.message + (f" Hint: {finding.hint}" if finding.hint else "")
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _artifact(finding.file),
            "region": {"startLine": max(finding.line, 1)},
        }
    }
    if finding.item:
        location["logicalLocations"] = [{"name": finding.item, "fullyQualifiedName": f"{finding.model}/{finding.item}"}]
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [location],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    return result


def render_sarif(report: CheckReport) -> str:
    """A SARIF 2.1.0 log with one run (rules listed even when they found nothing)."""
    rules = list(report.rules)
    if not any(rule.code == "INT001" for rule in rules) and any(f.code == "INT001" for f in report.findings):
        from citystack.rules.registry import get_rule

        rules.append(get_rule("INT001"))
    index = {rule.code: position for position, rule in enumerate(rules)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citystack",
                        "version": tool_version(),
                        "informationUri": _information_uri(),
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder citystack ran in."}}},
                "results": [_result(finding, index) for finding in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
