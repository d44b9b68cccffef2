"""The compare command: formats, --exit-code, and every bad input located by file and line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import FIXTURES

STACKS = ("models/stacks/chinese_integrated_stack.py", "models/stacks/western_business_first_stack.py")
ALPHA, BETA = str(FIXTURES / "alpha.yaml"), str(FIXTURES / "beta.yaml")


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _variant(tmp_path: Path, name: str, replace: dict[str, str], base: Path = FIXTURES / "beta.yaml") -> Path:
    text = base.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _assert_bad_input(result, *expected: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    for text in expected:
        assert text in result.stderr, result.stderr


def test_json_of_the_shipped_stacks_lists_every_class_and_both_metrics(run_cli) -> None:
    result = run_cli("compare", *STACKS, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {d["kind"] for d in data["differences"]} == {
        "present_in_one_only",
        "different_operator",
        "different_purpose",
        "data_flows_elsewhere",
        "oversight_in_one_only",
        "outside_access_in_one_only",
    }
    for side in ("a", "b"):
        assert set(data[side]["metrics"]) == {
            "fusion",
            "operator_reach",
            "outside_access",
            "asymmetry",
            "sensing_to_enforcement",
            "vendor_concentration",
        }
    assert data["a"]["id"] == "chinese-integrated-stack" and data["b"]["id"] == "western-business-first-stack"


def test_default_is_a_table_with_both_titles(run_cli) -> None:
    result = run_cli("compare", ALPHA, BETA)
    assert result.returncode == 0, result.stderr
    assert "Alpha, a small security-first stack" in result.stdout
    assert "Beta, a small business-first stack" in result.stdout
    assert "Breadth of data fusion" in result.stdout and "3 kinds" in result.stdout
    assert "\x1b[" not in result.stdout


def test_markdown_tables(run_cli) -> None:
    result = run_cli("compare", ALPHA, BETA, "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "| Metric | A | B |" in result.stdout
    assert "| oversight in one model only | 2 |" in result.stdout


def test_exit_code_flags_differences_only_when_asked(run_cli) -> None:
    assert run_cli("compare", ALPHA, BETA, "--format", "json").returncode == 0
    assert run_cli("compare", ALPHA, BETA, "--format", "json", "--exit-code").returncode == 1
    same = run_cli("compare", ALPHA, ALPHA, "--format", "json", "--exit-code")
    assert same.returncode == 0, same.stderr
    assert json.loads(same.stdout)["differences"] == []


def test_output_file_is_written_whole(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "comparison.json"
    result = run_cli("compare", ALPHA, BETA, "--format", "json", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["a"]["id"] == "alpha"


def test_different_vocabularies(run_cli, tmp_path: Path) -> None:
    market = tmp_path / "market.yaml"
    market.write_text("id: other\ntitle: A market\nvocabulary: market\nelements: []\n", encoding="utf-8")
    result = run_cli("compare", ALPHA, str(market))
    _assert_bad_input(
        result,
        f"{market}:3:",
        "vocabulary 'market' differs from 'smart-city-stack'",
        f"alpha.yaml:{_line_of(FIXTURES / 'alpha.yaml', 'vocabulary:')}:",
    )


def test_mapping_to_a_missing_element(run_cli, tmp_path: Path) -> None:
    path = _variant(tmp_path, "ghost.yaml", {"counterpart: fusion": "counterpart: ghost"})
    result = run_cli("compare", ALPHA, str(path))
    _assert_bad_input(
        result,
        f"ghost.yaml:{_line_of(path, 'counterpart: ghost')}:",
        "counterpart 'ghost' is no element of model 'alpha'",
    )


def test_mapping_from_a_missing_element(run_cli, tmp_path: Path) -> None:
    path = _variant(tmp_path, "ghost.yaml", {"element: platform, model: alpha": "element: nowhere, model: alpha"})
    result = run_cli("compare", ALPHA, str(path))
    _assert_bad_input(result, f"ghost.yaml:{_line_of(path, 'element: nowhere')}:", "unknown element 'nowhere'")


def test_mapping_one_element_twice(run_cli, tmp_path: Path) -> None:
    path = _variant(
        tmp_path,
        "twice.yaml",
        {
            "counterparts:\n": (
                "counterparts:\n"
                "  - {element: cam2, model: alpha, counterpart: cam}\n"
                "  - {element: cam2, model: alpha, counterpart: phone}\n"
            ),
        },
    )
    result = run_cli("compare", ALPHA, str(path))
    _assert_bad_input(result, f"twice.yaml:{_line_of(path, 'counterpart: phone')}:", "'cam2' is mapped twice")


def test_mapping_twice_across_the_two_models(run_cli, tmp_path: Path) -> None:
    # beta maps its platform to alpha's fusion; alpha maps its fusion to beta's... platform is fine,
    # but alpha mapping predict onto beta's platform as well maps platform twice.
    alpha = tmp_path / "alpha.yaml"
    alpha.write_text(
        (FIXTURES / "alpha.yaml").read_text(encoding="utf-8")
        + "counterparts:\n  - {element: fusion, model: beta, counterpart: platform}\n"
        + "  - {element: cam, model: beta, counterpart: meter}\n",
        encoding="utf-8",
    )
    beta = _variant(
        tmp_path,
        "beta.yaml",
        {"counterparts:\n": "counterparts:\n  - {element: cam2, model: alpha, counterpart: cam}\n"},
    )
    result = run_cli("compare", str(alpha), str(beta))
    _assert_bad_input(result, f"beta.yaml:{_line_of(beta, 'counterpart: cam}')}:", "'cam' is mapped twice")


def test_mapping_across_layers_is_refused(run_cli, tmp_path: Path) -> None:
    path = _variant(tmp_path, "layers.yaml", {"counterpart: fusion": "counterpart: police"})
    result = run_cli("compare", ALPHA, str(path))
    _assert_bad_input(result, f"layers.yaml:{_line_of(path, 'counterpart: police')}:", "same layer")


def test_a_folder_instead_of_a_model(run_cli, tmp_path: Path) -> None:
    result = run_cli("compare", ALPHA, str(tmp_path))
    _assert_bad_input(result, str(tmp_path), "is a folder, not a model file")


def test_a_python_model_with_a_bad_mapping_names_its_line(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "py_model.py"
    path.write_text(
        "from citystack import Counterpart, Element, Model\n"
        "\n"
        "model = Model(\n"
        "    id='pythonic',\n"
        "    title='A Python model',\n"
        "    vocabulary='smart-city-stack',\n"
        "    elements=(Element(id='fusion', name='Fusion', kind='data_fusion', layer='platform'),),\n"
        "    counterparts=(\n"
        "        Counterpart(element='fusion', model='alpha', counterpart='missing'),\n"
        "    ),\n"
        ")\n",
        encoding="utf-8",
    )
    result = run_cli("compare", ALPHA, str(path))
    _assert_bad_input(result, "py_model.py:9:", "counterpart 'missing' is no element of model 'alpha'")


@pytest.mark.parametrize("args", [("--format", "toml"), ("--models",)])
def test_usage_errors(run_cli, args: tuple[str, ...]) -> None:
    result = run_cli("compare", ALPHA, BETA, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.dot
def test_svg_and_html_formats_in_a_theme(run_cli, tmp_path: Path) -> None:
    svg = run_cli("compare", ALPHA, BETA, "--format", "svg", "--theme", "dark")
    assert svg.returncode == 0, svg.stderr
    assert svg.stdout.startswith("<?xml") and "<title" in svg.stdout and "#1B1F24".lower() in svg.stdout.lower()
    target = tmp_path / "report.html"
    html = run_cli("compare", ALPHA, BETA, "--format", "html", "-o", str(target))
    assert html.returncode == 0, html.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Alpha, a small security-first stack" in page


def test_an_unknown_theme_is_a_usage_error(run_cli) -> None:
    result = run_cli("compare", ALPHA, BETA, "--theme", "neon")
    _assert_bad_input(result, "unknown theme 'neon'")
