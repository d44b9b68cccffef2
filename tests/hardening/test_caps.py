"""Size caps are options: a model over a cap is refused with a message naming the option, and
read when the option lifts the cap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.bench.generated import generated_model

from citystack.caps import MAX_ELEMENTS

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini_stack.py"


@pytest.fixture(scope="module")
def big_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean model just over the default cap of elements (and over one MiB)."""
    path = tmp_path_factory.mktemp("caps") / "big.json"
    path.write_text(json.dumps(generated_model(MAX_ELEMENTS + 10)), encoding="utf-8")
    assert path.stat().st_size > 1024 * 1024
    return path


def test_a_model_over_the_element_cap_is_refused_naming_the_option(run_cli, big_model: Path) -> None:
    refused = run_cli("check", str(big_model), timeout=300)
    assert refused.returncode == 2
    assert "--max-elements" in refused.stderr and f"at most {MAX_ELEMENTS}" in refused.stderr
    assert "big.json" in refused.stderr and "Traceback" not in refused.stderr

    accepted = run_cli("check", str(big_model), "--max-elements", "10000", timeout=300)
    assert accepted.returncode == 0, accepted.stderr
    assert "no findings" in accepted.stdout


def test_a_file_over_the_size_cap_is_refused_naming_the_option(run_cli, big_model: Path) -> None:
    refused = run_cli("check", str(big_model), "--max-elements", "10000", "--max-file-mb", "1", timeout=300)
    assert refused.returncode == 2
    assert "--max-file-mb" in refused.stderr and "Traceback" not in refused.stderr

    accepted = run_cli("check", str(big_model), "--max-elements", "10000", "--max-file-mb", "3", timeout=300)
    assert accepted.returncode == 0, accepted.stderr


@pytest.mark.dot
def test_the_figure_cap_has_its_own_option(run_cli, tmp_path: Path) -> None:
    refused = run_cli("render", str(MINI), "--format", "dot", "--max-figure-elements", "2")
    assert refused.returncode == 2
    assert "--max-figure-elements" in refused.stderr and "at most 2" in refused.stderr

    accepted = run_cli("render", str(MINI), "--format", "dot", "--max-figure-elements", "3")
    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout.startswith("digraph")


@pytest.mark.parametrize("command", ["check", "render", "build"])
def test_every_reading_command_takes_the_caps(run_cli, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "--max-elements" in result.stdout and "--max-file-mb" in result.stdout


def test_build_and_render_refuse_a_model_over_the_cap(run_cli, big_model: Path, tmp_path: Path) -> None:
    render = run_cli("render", str(big_model), "--format", "json")
    assert render.returncode == 2 and "--max-elements" in render.stderr
    models = tmp_path / "models"
    models.mkdir()
    (models / "big.json").write_bytes(big_model.read_bytes())
    built = run_cli("build", "--models", str(models), "--out", str(tmp_path / "out"), "--format", "dot")
    assert built.returncode == 2 and "--max-elements" in built.stderr
