"""Golden DOT of every shipped view (models/) and every test view; CITYSTACK_REGENERATE_GOLDEN=1 rewrites them."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from citystack.load import discover
from citystack.render import dot_source, get_theme, scene_from_view
from citystack.render.pipeline import scene_icons

from .conftest import HOSTILE, ICON_CITY, MINI, REPO, loaded

GOLDEN = REPO / "tests" / "golden"
REGENERATE = os.environ.get("CITYSTACK_REGENERATE_GOLDEN") == "1"


def _views() -> list[tuple[Path, str]]:
    files = [*discover([REPO / "models"]), MINI, ICON_CITY, HOSTILE]
    return [(path, view.id) for path in files for view in loaded(path).model.views]


VIEWS = _views()


def _golden(path: Path, view: str) -> Path:
    return GOLDEN / f"{loaded(path).model.id}--{view}.dot"


def test_every_shipped_model_has_views_to_pin() -> None:
    shipped = [v for v in VIEWS if REPO / "models" in v[0].parents]
    assert shipped, "no shipped model views found under models/"


@pytest.mark.parametrize(("path", "view"), VIEWS, ids=[f"{p.stem}-{v}" for p, v in VIEWS])
def test_dot_matches_golden(path: Path, view: str) -> None:
    scene = scene_from_view(loaded(path), view)
    actual = dot_source(scene, get_theme("default"), scene_icons(scene))
    golden = _golden(path, view)
    if REGENERATE:
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden.name}: run CITYSTACK_REGENERATE_GOLDEN=1 pytest tests/render"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "actual"))
        pytest.fail(f"DOT of {path.name}:{view} changed (CITYSTACK_REGENERATE_GOLDEN=1 to accept):\n{diff[:4000]}")


def test_no_golden_file_is_orphaned() -> None:
    expected = {_golden(path, view).name for path, view in VIEWS}
    present = {p.name for p in GOLDEN.glob("*.dot")}
    assert present <= expected, f"golden files of views that no longer exist: {sorted(present - expected)}"
