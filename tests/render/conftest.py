"""Fixtures for the rendering tests: the test models, rendered figures (cached) and SVG helpers."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

from citystack import LoadedModel, load_model
from citystack.render.pipeline import RenderedFigure, render_figure
from citystack.render.themes import THEME_NAMES

REPO = Path(__file__).resolve().parents[2]
RENDER_MODELS = REPO / "tests" / "render" / "models"
MINI = REPO / "tests" / "fixtures" / "mini_stack.py"
ICON_CITY = RENDER_MODELS / "icon_city.py"
HOSTILE = RENDER_MODELS / "hostile.py"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def copy_models(tmp_path: Path) -> Path:
    """A models folder holding copies of the mini stack and the icon city, to build from."""
    models = tmp_path / "models"
    models.mkdir()
    shutil.copy(MINI, models / "mini_stack.py")
    shutil.copy(ICON_CITY, models / "icon_city.py")
    return models


#: (model file, view id) of every view the tests draw in every format.
TEST_VIEWS = ((MINI, "all"), (ICON_CITY, "icons"), (ICON_CITY, "layers"), (HOSTILE, "all"))


def _hostile_names() -> dict[str, str]:
    namespace: dict[str, object] = {}
    exec(compile(HOSTILE.read_text(encoding="utf-8"), str(HOSTILE), "exec"), namespace)
    names = namespace["NAMES"]
    assert isinstance(names, dict)
    return names


#: The element names of the hostile model, by id.
HOSTILE_NAMES = _hostile_names()


@cache
def loaded(path: Path) -> LoadedModel:
    """A test model, loaded once per session."""
    return load_model(path)


@cache
def rendered(path: Path, view: str, theme: str = "default", formats: tuple[str, ...] = ("svg",)) -> RenderedFigure:
    """A figure of a test model, rendered once per session for each theme and set of formats."""
    return render_figure(loaded(path), view, formats, theme=theme)


STACKS = REPO / "models" / "stacks"
#: Side-by-side comparison figures held to the same SVG checks: the shipped pair in every theme,
#: and the hostile model (every dangerous label) beside the mini stack.
COMPARISONS = (
    *(
        (STACKS / "chinese_integrated_stack.py", STACKS / "western_business_first_stack.py", theme)
        for theme in THEME_NAMES
    ),
    (HOSTILE, MINI, "default"),
)


@cache
def compared(left: Path, right: Path, theme: str = "default", formats: tuple[str, ...] = ("svg",)) -> RenderedFigure:
    """The side-by-side figure of two models, rendered once per session for each theme."""
    from citystack import compare
    from citystack.render.comparison import render_comparison

    a, b = loaded(left).model, loaded(right).model
    return render_comparison(compare(a, b), a, b, formats, theme=theme)


@pytest.fixture(
    params=[*TEST_VIEWS, *COMPARISONS],
    ids=lambda p: f"{p[0].stem}-{p[1]}" if len(p) == 2 else f"compare-{p[0].stem}-{p[1].stem}-{p[2]}",
)
def figure_svg(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    """(figure id, SVG master) of each test view and each comparison figure."""
    if len(request.param) == 3:
        figure = compared(*request.param)
    else:
        path, view = request.param
        figure = rendered(path, view)
    return figure.scene.figure_id, figure.outputs["svg"]


def parse(svg: bytes) -> ET.Element:
    """The SVG's root element."""
    return ET.fromstring(svg)


def texts(svg: bytes) -> list[str]:
    """Every ``<text>`` of the SVG, in document order."""
    return [el.text or "" for el in parse(svg).iter(f"{SVG}text")]


def all_elements(root: ET.Element) -> Iterator[ET.Element]:
    """The root and every element under it."""
    yield from root.iter()


def local(tag: str) -> str:
    """A tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def colours(text: str) -> list[str]:
    """Every hex colour written in a piece of SVG or CSS text."""
    return [m.group(0) for m in _HEX.finditer(text)]


ColourCheck = Callable[[str], bool]
