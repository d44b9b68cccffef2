"""``citystack render`` and ``citystack build`` from the command line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import HOSTILE, MINI

pytestmark = pytest.mark.dot


def test_render_svg_to_stdout(run_cli) -> None:
    result = run_cli("render", str(MINI))
    assert result.returncode == 0, result.stderr
    assert ET.fromstring(result.stdout.encode()).tag.endswith("svg")


@pytest.mark.parametrize(("fmt", "start"), [("dot", 'digraph "mini-stack-all"'), ("mermaid", "flowchart BT")])
def test_render_text_formats(run_cli, fmt: str, start: str) -> None:
    result = run_cli("render", str(MINI), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(start)


def test_render_json_scene(run_cli) -> None:
    result = run_cli("render", str(HOSTILE), "--format", "json")
    scene = json.loads(result.stdout)
    assert scene["figure_id"] == "hostile-all"
    assert {n["label"] for n in scene["nodes"]} >= {'A "quoted" name', "First line\nSecond line"}


def test_render_png_to_file(run_cli, tmp_path: Path) -> None:
    result = run_cli("render", str(MINI), "--format", "png", "--dpi", "72", "-o", str(tmp_path / "f.png"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "f.png").read_bytes().startswith(b"\x89PNG")
    assert [p.name for p in tmp_path.iterdir()] == ["f.png"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--view", "nope"), "has no view 'nope'"),
        (("--format", "gif"), "unknown format 'gif'"),
        (("--theme", "neon"), "unknown theme 'neon'"),
        (("--dpi", "100000"), "--dpi must be between"),
        (("--timeout", "0"), "--timeout must be between"),
    ],
)
def test_render_usage_errors_exit_2(run_cli, args: tuple[str, ...], message: str) -> None:
    result = run_cli("render", str(MINI), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_render_by_model_id_under_models(run_cli, tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "mini.py").write_text(MINI.read_text())
    result = run_cli("render", "mini-stack", "--format", "dot", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "mini-stack-all" in result.stdout


def test_build_progress_goes_to_stderr_and_nothing_to_stdout(run_cli, tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "mini.py").write_text(MINI.read_text())
    result = run_cli("build", "--format", "svg,pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "1 figure(s) in output" in result.stderr
    assert "\x1b[" not in result.stderr  # NO_COLOR, and not a terminal
    assert (tmp_path / "output" / "mini-stack-all.svg").is_file()
    assert (tmp_path / "output" / "README.md").is_file()
