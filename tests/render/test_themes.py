"""Themes: print uses greys only, colour-blind uses the Okabe–Ito palette, dark has a dark ground."""

from __future__ import annotations

import base64
import re

import pytest

from citystack import UsageError
from citystack.render import THEME_NAMES, get_theme

from .conftest import ICON_CITY, MINI, SVG, TEST_VIEWS, colours, parse, rendered

pytestmark = pytest.mark.dot

_NAMED = {"none": None, "transparent": None, "white": (255, 255, 255), "black": (0, 0, 0)}
_COLOUR_ATTRIBUTES = ("fill", "stroke", "stop-color", "color", "flood-color", "lighting-color")
_OKABE_ITO = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"}


def _rgb(value: str) -> tuple[int, int, int] | None:
    value = value.strip().lower()
    if value in _NAMED:
        return _NAMED[value]
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        return int(value[1] * 2, 16), int(value[2] * 2, 16), int(value[3] * 2, 16)
    raise AssertionError(f"unexpected colour {value!r}")


def _svg_colours(svg: bytes) -> list[str]:
    """Every colour of an SVG: attributes, style declarations, and inside inlined SVG icons."""
    found: list[str] = []
    for element in parse(svg).iter():
        for name, value in element.attrib.items():
            if name in _COLOUR_ATTRIBUTES:
                found.append(value)
            elif name == "style":
                found += re.findall(r"(?:fill|stroke|color)\s*:\s*([^;]+)", value)
            elif name.endswith("href") and value.startswith("data:image/svg+xml;base64,"):
                found += _svg_colours(base64.b64decode(value.split(",", 1)[1]))
    return found


@pytest.mark.parametrize(("path", "view"), TEST_VIEWS, ids=lambda p: getattr(p, "stem", p))
def test_print_theme_has_no_saturated_colour(path, view) -> None:
    found = _svg_colours(rendered(path, view, "print").outputs["svg"])
    assert found
    for value in found:
        rgb = _rgb(value)
        assert rgb is None or len(set(rgb)) == 1, f"{value} has saturation"


def test_the_saturation_check_would_catch_the_default_theme() -> None:
    found = [_rgb(v) for v in _svg_colours(rendered(MINI, "all", "default").outputs["svg"])]
    assert any(rgb is not None and len(set(rgb)) > 1 for rgb in found)


def test_print_theme_tells_relation_kinds_apart_without_colour() -> None:
    root = parse(rendered(MINI, "all", "print").outputs["svg"])
    arrowheads = {}
    for group in root.iter(f"{SVG}g"):
        if "-legend-relation-" in (group.get("id") or "") and group.get("id", "").endswith("-edge"):
            polygons = [p.get("points") for p in group.iter(f"{SVG}polygon")]
            arrowheads[group.get("id")] = len(polygons[0].split()) if polygons else 0
    assert len(arrowheads) == 2
    assert len(set(arrowheads.values())) == 2  # a triangle and a box: different point counts


def test_colorblind_theme_draws_relations_in_okabe_ito_colours() -> None:
    root = parse(rendered(ICON_CITY, "layers", "colorblind").outputs["svg"])
    strokes = {
        path.get("stroke").lower()
        for group in root.iter(f"{SVG}g")
        if (group.get("class") or "").startswith("edge")
        for path in group.iter(f"{SVG}path")
    }
    assert strokes and strokes <= _OKABE_ITO


def test_dark_theme_has_a_dark_background_and_light_text() -> None:
    svg = rendered(MINI, "all", "dark").outputs["svg"]
    root = parse(svg)
    background = next(root.iter(f"{SVG}polygon")).get("fill")
    assert sum(_rgb(background)) < 150
    text_fill = {t.get("fill") for t in root.iter(f"{SVG}text")}
    assert all(sum(_rgb(f)) > 400 for f in text_fill if f)
    assert colours(svg.decode())


def test_unknown_theme_is_a_usage_error() -> None:
    assert set(THEME_NAMES) == {"default", "print", "colorblind", "dark"}
    with pytest.raises(UsageError, match="themes: default, print, colorblind, dark"):
        get_theme("neon")
