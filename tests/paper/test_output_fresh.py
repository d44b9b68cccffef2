"""The committed figures in output/ are what the models give today; a model change makes them stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIGURE_1 = "figure-1-integrated-smart-city-management"

pytestmark = [pytest.mark.dot, pytest.mark.slow]


def test_output_is_up_to_date_with_the_models(run_cli) -> None:
    result = run_cli("build", "--check", timeout=600)
    assert result.returncode == 0, (
        f"output/ is stale: run `make figures` and commit output/\n{result.stdout}{result.stderr}"
    )


def test_each_paper_figure_is_in_output_in_every_format() -> None:
    for number, slug in (
        (1, "integrated-smart-city-management"),
        (2, "smart-city-demand-and-supply"),
        (3, "growing-demand-for-smart-cities"),
    ):
        for fmt in ("svg", "png", "pdf"):
            assert (REPO / "output" / f"figure-{number}-{slug}.{fmt}").is_file()
    gallery = (REPO / "output" / "README.md").read_text(encoding="utf-8")
    assert "Reconstructed from the text of" in gallery


def test_a_changed_model_makes_its_figure_stale(tmp_path: Path, run_cli) -> None:
    models = tmp_path / "models"
    shutil.copytree(REPO / "models", models)
    shutil.copytree(REPO / "output", tmp_path / "output")
    figure1 = models / "paper" / "figure1.py"
    text = figure1.read_text(encoding="utf-8")
    assert 'name="Police"' in text
    figure1.write_text(text.replace('name="Police"', 'name="Police force"', 1), encoding="utf-8")
    result = run_cli(
        "build",
        "--check",
        "--models",
        str(models),
        "--out",
        str(tmp_path / "output"),
        "--format",
        "svg",
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 1
    assert f"{FIGURE_1}.svg" in result.stdout + result.stderr
    assert "figure-3" not in result.stdout + result.stderr
