"""The JUnit XML report, for CI dashboards: a test suite per model, a test case per (rule, item)."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from citystack.rules.engine import CheckReport, ModelReport
from citystack.rules.finding import Finding, Severity

__all__ = ["render_junit"]


def _case_name(code: str, item: str | None) -> str:
    return f"{code} {item}" if item else code


def _suite(model: ModelReport, rule_codes: list[str]) -> ET.Element:
    suite = ET.Element("testsuite", name=model.file)
    grouped: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in model.findings:
        grouped[(finding.code, finding.item or "")].append(finding)
    cases: list[tuple[str, str, list[Finding]]] = [(code, item, found) for (code, item), found in grouped.items()]
    cases += [(code, "", []) for code in rule_codes if not any(c == code for c, _ in grouped)]
    failures = 0
    for code, item, found in sorted(cases, key=lambda case: (case[0], case[1])):
        case = ET.SubElement(
            suite,
            "testcase",
            name=_case_name(code, item or None),
            classname=f"{model.model_id}.{code}",
            file=model.file,
            time="0",
        )
        if found and found[0].line:
            case.set("line", str(found[0].line))
        notes = []
        for finding in found:
            where = f"{finding.file}:{finding.line}"
            detail = f"{where}: {finding.message}" + (f"\nhint: {finding.hint}" if finding.hint else "")
            if finding.severity is Severity.ERROR:
                failure = ET.SubElement(case, "failure", message=finding.message, type=finding.code)
                failure.text = detail
                failures += 1
            else:
                notes.append(f"{finding.severity.value}: {detail}")
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    suite.set("time", "0")
    return suite


def render_junit(report: CheckReport) -> str:
    """JUnit XML: one ``<testsuite>`` per model file; a rule that found nothing is a passing case."""
    codes = [rule.code for rule in report.rules]
    root = ET.Element("testsuites", name="citystack check")
    total = failures = 0
    for model in sorted(report.models, key=lambda m: (m.file, m.model_id)):
        suite = _suite(model, codes)
        root.append(suite)
        total += int(suite.get("tests", "0"))
        failures += int(suite.get("failures", "0"))
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
