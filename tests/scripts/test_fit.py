"""Long names fit their boxes: a 160-character unbroken name and a 40-character Chinese name.

Checked twice: in the SVG master as a browser lays it out (each text's box inside its node's
polygon), and in the PNG drawn by rsvg-convert (no ink of a label's lines outside its node).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from citystack.render.pipeline import render_figure
from citystack.render.raster import png_bytes

from .conftest import SVG, drawing, element, load, model_data, opaque

if TYPE_CHECKING:
    from playwright.sync_api import Browser

NAMES = {
    "unbroken": "x" * 40 + "W" * 40 + "0123456789" * 8,  # 160 characters, no break opportunity
    "chinese": "雪亮工程平安城市智慧城市城市大脑" * 2 + "视频监控网络系统",  # 40 characters
    "url": "https://example.org/" + "a" * 60 + "/smart-city/camera-network/" + "b" * 40,
}


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """SVG and PNG of a figure holding only the long names (no bands, no legend)."""
    folder = tmp_path_factory.mktemp("fit")
    view = {"id": "v", "title": "t", "caption": "c", "alt_text": "a", "legend": False, "group_by": "none"}
    elements = [element(key, name, kind="cctv_camera", layer="sensing") for key, name in NAMES.items()]
    assert len(NAMES["unbroken"]) == 160 and len(NAMES["chinese"]) == 40
    return render_figure(load(folder, model_data(elements, views=[view])), "v", ["svg", "png"], dpi=200).outputs


def _nodes(svg: bytes) -> dict[str, tuple[tuple[float, float, float, float], list[ET.Element]]]:
    """Each node's polygon box (left, top, right, bottom, in SVG units) and its text elements."""
    root = ET.fromstring(svg)
    found = {}
    for group in root.iter(f"{SVG}g"):
        key = group.get("id", "").rsplit("-n-", 1)[-1]
        if key in NAMES and "-n-" in group.get("id", ""):
            points = [tuple(map(float, p.split(","))) for p in group.find(f"{SVG}polygon").get("points", "").split()]  # type: ignore[union-attr]
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            found[key] = ((min(xs), min(ys), max(xs), max(ys)), list(group.iter(f"{SVG}text")))
    assert set(found) == set(NAMES)
    return found


@pytest.mark.dot
def test_long_names_wrap_into_several_lines(drawn: dict[str, bytes]) -> None:
    nodes = _nodes(drawn["svg"])
    for key, name in NAMES.items():
        lines = [t.text or "" for t in nodes[key][1]]
        assert len(lines) >= 3 and "".join(lines) == name, lines


@pytest.mark.dot
@pytest.mark.browser
def test_every_text_lies_within_its_box_in_the_svg(drawn: dict[str, bytes], browser: Browser) -> None:
    page = browser.new_page()
    try:
        page.set_content(f"<!doctype html><html><body>{drawn['svg'].decode().split('?>', 1)[1]}</body></html>")
        boxes = page.evaluate(
            """() => {
                const box = el => {
                    const b = el.getBBox();
                    return {x: b.x, y: b.y, width: b.width, height: b.height};
                };
                return [...document.querySelectorAll('g.node')].map(g => ({
                    id: g.id, shape: box(g.querySelector('polygon')), texts: [...g.querySelectorAll('text')].map(box),
                }));
            }"""
        )
    finally:
        page.close()
    assert len(boxes) == len(NAMES)
    for node in boxes:
        shape = node["shape"]
        assert node["texts"]
        for text in node["texts"]:
            assert text["x"] >= shape["x"] and text["x"] + text["width"] <= shape["x"] + shape["width"], node["id"]
            assert text["y"] >= shape["y"] and text["y"] + text["height"] <= shape["y"] + shape["height"], node["id"]


@pytest.mark.dot
def test_every_text_lies_within_its_box_in_the_png(drawn: dict[str, bytes]) -> None:
    """Along each line of a label, ink inside its box, and none in the 6 pt beside the box."""
    lined_up = drawing(drawn)

    def dark(left: float, top: float, right: float, bottom: float) -> int:
        area = lined_up.image.crop((*lined_up.pixels(left, top), *lined_up.pixels(right, bottom)))
        return sum(1 for level in area.tobytes() if level < 128)

    for key, ((left, _, right, _), texts) in _nodes(drawn["svg"]).items():
        for text in texts:
            baseline = float(text.get("y", "0"))
            top, bottom = baseline - 9, baseline + 2.5
            assert dark(left + 1.5, top, right - 1.5, bottom) > 20, f"{key}: no ink for {text.text!r}"
            assert dark(left - 6, top, left - 1, bottom) == 0, f"{key}: {text.text!r} leaves its box on the left"
            assert dark(right + 1, top, right + 6, bottom) == 0, f"{key}: {text.text!r} leaves its box on the right"


def test_the_png_check_can_fail(tmp_path: Path) -> None:
    """The 'no ink beside the box' measure sees text: a label drawn in a box too narrow for it."""
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="40pt" viewBox="0 0 200 40">'
        b'<rect width="200" height="40" fill="white"/>'
        b'<polygon fill="none" stroke="black" points="80,5 120,5 120,35 80,35"/>'
        b'<text x="100" y="24" text-anchor="middle" font-family="DejaVu Sans" font-size="11">'
        b"a label far too wide</text></svg>"
    )

    image = opaque(png_bytes(svg, dpi=144, figure="probe"))
    outside = image.crop((121 * 2, 15 * 2, 126 * 2, 26 * 2))  # 1 to 6 pt right of the box, at 144 dpi
    assert sum(1 for level in outside.tobytes() if level < 128) > 0
