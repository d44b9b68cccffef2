"""An element's own icon is drawn by the diagrams back end, and draws a warning naming the view elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

MODEL = """\
id: iconic
title: Iconic
vocabulary: smart-city-stack
elements:
  - {id: hub, name: IoT hub, kind: data_platform, layer: platform, icon: aws.iot.IotCore}
  - {id: cam, name: Camera, kind: cctv_camera, layer: sensing}
views:
  - {id: shapes, title: Shapes, caption: C., alt_text: A.}
  - {id: pictures, title: Pictures, caption: C., alt_text: A., backend: diagrams}
"""


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_a_graphviz_view_warns_that_it_does_not_draw_an_elements_icon(fmt: str, tmp_path: Path, run_cli) -> None:
    (tmp_path / "iconic.yaml").write_text(MODEL, encoding="utf-8")
    result = run_cli("render", "iconic.yaml", "--view", "shapes", "--format", fmt, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1, result.stderr
    assert "view 'shapes': element 'hub' has icon 'aws.iot.IotCore'" in warnings[0]
    assert "backend: diagrams" in warnings[0]


@pytest.mark.dot
def test_a_diagrams_view_draws_the_icon_without_a_warning(tmp_path: Path, run_cli) -> None:
    (tmp_path / "iconic.yaml").write_text(MODEL, encoding="utf-8")
    result = run_cli("render", "iconic.yaml", "--view", "pictures", "--format", "dot", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert "<IMG" in result.stdout


def test_build_reports_the_warning_with_the_figure(tmp_path: Path, run_cli) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "iconic.yaml").write_text(MODEL.replace(", backend: diagrams", ""), encoding="utf-8")
    result = run_cli("build", "--format", "dot", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "view 'shapes': element 'hub' has icon 'aws.iot.IotCore'" in result.stderr
    assert "view 'pictures': element 'hub' has icon 'aws.iot.IotCore'" in result.stderr
