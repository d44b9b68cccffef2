"""The diagrams back end: none of its traps (random ids, files, viewer, globals, absolute paths) reach us."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from citystack import UsageError
from citystack.render import dot_source, get_theme, scene_from_view
from citystack.render.icon_backend import provider_icon
from citystack.render.pipeline import scene_icons

from .conftest import ICON_CITY, loaded


def _dot(theme: str = "default") -> str:
    scene = scene_from_view(loaded(ICON_CITY), "icons")
    return dot_source(scene, get_theme(theme), scene_icons(scene))


def test_building_an_icon_figure_writes_and_removes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "icon-city-icons").write_text("a file named like the diagram")
    (tmp_path / "diagrams_image").write_text("another")
    _dot()
    assert sorted(os.listdir(tmp_path)) == ["diagrams_image", "icon-city-icons"]


def test_node_ids_come_from_the_model_and_are_stable() -> None:
    first, second = _dot(), _dot()
    assert first == second
    for element_id in ("people", "cam", "phones", "net", "gate", "fusion", "police", "supplier"):
        assert f'id="icon-city-icons-n-{element_id}"' in first
    assert "cluster_icon-city-icons_closed" in first


def test_no_absolute_paths_and_no_bundled_png_icons() -> None:
    source = _dot()
    images = re.findall(r'(?:image=|SRC=)"?([^" \]]+)', source)
    assert images and not [i for i in images if "/" in i]
    assert ".png" not in source
    assert 'SRC="icon-cctv_camera.svg"' in source


def test_diagrams_global_context_is_left_untouched() -> None:
    import diagrams  # noqa: TID251  (the test checks the wrapper leaves diagrams' globals alone)

    _dot()
    assert diagrams.getdiagram() is None and diagrams.getcluster() is None


def test_provider_icons_resolve_only_inside_allowed_providers() -> None:
    icon = provider_icon("aws.iot.IotCore")
    assert icon.mime == "image/png" and icon.data.startswith(b"\x89PNG") and "/" not in icon.filename
    for name in ("aws.iot.Nope", "os.path.join", "aws.iot.IotCore.x", "custom.custom.Custom", "aws.__init__.Node"):
        with pytest.raises(UsageError):
            provider_icon(name)


def test_unknown_own_icon_is_a_usage_error() -> None:
    from citystack.render.icons import resolve_icon

    with pytest.raises(UsageError, match="unknown icon"):
        resolve_icon("no_such_icon")
    with pytest.raises(UsageError):
        resolve_icon("../../etc/passwd")


def test_a_misspelt_own_icon_gets_the_icon_sets_suggestion() -> None:
    from citystack.render.icons import resolve_icon

    with pytest.raises(UsageError, match=r"unknown icon 'tower5g'; did you mean 'tower_5g'\?"):
        resolve_icon("tower5g")
