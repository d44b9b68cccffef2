"""Every shipped icon is a safe, self-contained, grey 48 px SVG that two independent renderers draw."""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path
from xml.etree.ElementTree import Element

import cairocffi
import cairosvg
import pytest
from defusedxml import ElementTree

from citystack.icons import ICON_NAMES, icon_path, icon_svg

SVG_NS = "{http://www.w3.org/2000/svg}"
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
INK, MID, WHITE = "#1f2933", "#7b8794", "#ffffff"
ALLOWED_COLOURS = {INK, MID, WHITE, "none"}
COLOUR_PROPERTIES = {"fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"}
ALLOWED_ELEMENTS = {"svg", "title", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}
ALLOWED_ATTRIBUTES = {
    "width", "height", "viewBox", "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
    "stroke-dasharray", "stroke-miterlimit", "fill-rule", "transform", "d", "x", "y", "rx", "ry", "cx", "cy",
    "r", "x1", "y1", "x2", "y2", "points",
}  # fmt: skip
RENDER_SIZE = 96
FOLDER = Path(str(resources.files("citystack.icons")))


def _root(name: str) -> Element:
    return ElementTree.fromstring(icon_path(name).read_bytes(), forbid_dtd=True)


def _local(tag: str) -> str:
    assert tag.startswith(SVG_NS), f"element {tag} is outside the SVG namespace"
    return tag[len(SVG_NS) :]


def _declared_colours(element: Element) -> list[tuple[str, str]]:
    """(property, value) for every colour set by an attribute or inside a ``style`` attribute."""
    found = [(key, value) for key, value in element.attrib.items() if key in COLOUR_PROPERTIES]
    for declaration in element.attrib.get("style", "").split(";"):
        if ":" in declaration:
            key, value = (part.strip() for part in declaration.split(":", 1))
            if key in COLOUR_PROPERTIES:
                found.append((key, value))
    return found


def _pixels(png: bytes) -> list[tuple[int, int, int]]:
    """The (red, green, blue) of every pixel of an opaque PNG, row by row, read back through cairo."""
    surface = cairocffi.ImageSurface.create_from_png(io.BytesIO(png))
    width, height, stride = surface.get_width(), surface.get_height(), surface.get_stride()
    data = bytes(surface.get_data())
    pixels = []
    for y in range(height):
        for x in range(width):
            blue, green, red = data[y * stride + 4 * x : y * stride + 4 * x + 3]  # ARGB32, little-endian
            pixels.append((red, green, blue))
    return pixels


@functools.cache
def _cairosvg_pixels(name: str) -> list[tuple[int, int, int]]:
    png = cairosvg.svg2png(
        bytestring=icon_path(name).read_bytes(),
        output_width=RENDER_SIZE,
        output_height=RENDER_SIZE,
        background_color=WHITE,
    )
    return _pixels(png)


@functools.cache
def _rsvg_pixels(name: str) -> list[tuple[int, int, int]]:
    assert shutil.which("rsvg-convert"), "rsvg-convert is missing: `make setup` installs librsvg2-bin"
    result = subprocess.run(
        ["rsvg-convert", "--background-color", WHITE, "-w", str(RENDER_SIZE), "-h", str(RENDER_SIZE)],
        input=icon_path(name).read_bytes(),
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return _pixels(result.stdout)


def test_every_name_has_a_file_and_every_file_has_a_name() -> None:
    files = {path.stem for path in FOLDER.glob("*.svg")}
    assert files == set(ICON_NAMES)


def test_the_folder_holds_only_icons_their_licence_and_the_module() -> None:
    names = {path.name for path in FOLDER.iterdir() if path.name != "__pycache__"}
    assert names == {f"{name}.svg" for name in ICON_NAMES} | {"LICENSE", "__init__.py"}


@pytest.mark.parametrize("name", ICON_NAMES)
def test_starts_with_the_xml_declaration_graphviz_needs(name: str) -> None:
    assert icon_path(name).read_bytes().startswith(DECLARATION)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_is_a_48_px_svg_with_a_title(name: str) -> None:
    root = _root(name)
    assert _local(root.tag) == "svg"
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("48", "48", "0 0 48 48")
    first = next(iter(root))
    assert _local(first.tag) == "title"
    assert first.text and first.text.strip() == first.text and len(first.text) >= 3


def test_titles_tell_the_icons_apart() -> None:
    titles = [next(iter(_root(name))).text for name in ICON_NAMES]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_uses_only_plain_shapes_and_presentation_attributes(name: str) -> None:
    for element in _root(name).iter():
        tag = _local(element.tag)
        assert tag in ALLOWED_ELEMENTS, f"{name}: <{tag}> is not allowed (script, image, text, style, use...)"
        for attribute in element.attrib:
            assert not attribute.lower().startswith("on"), f"{name}: event handler {attribute} on <{tag}>"
            assert attribute in ALLOWED_ATTRIBUTES, f"{name}: attribute {attribute} on <{tag}> is not allowed"


@pytest.mark.parametrize("name", ICON_NAMES)
def test_references_nothing_outside_itself(name: str) -> None:
    text = icon_svg(name)
    without_namespace = text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    for needle in ("href", "url(", "http:", "https:", "file:", "data:", "<!DOCTYPE", "<!ENTITY", "@import", " id="):
        assert needle.lower() not in without_namespace.lower(), f"{name} contains {needle!r}"


@pytest.mark.parametrize("name", ICON_NAMES)
def test_uses_only_the_three_greys_and_the_exact_ink(name: str) -> None:
    colours = [colour for element in _root(name).iter() for colour in _declared_colours(element)]
    assert colours, f"{name} declares no colour"
    for prop, value in colours:
        assert value in ALLOWED_COLOURS, f"{name}: {prop}={value!r} is not one of {sorted(ALLOWED_COLOURS)}"
    assert (
        "stroke",
        INK,
    ) in colours, f"{name}: the ink must be set as stroke {INK} so a theme can swap it"


@pytest.mark.parametrize("name", ICON_NAMES)
def test_shares_the_set_style(name: str) -> None:
    root = _root(name)
    assert root.get("fill") == "none"
    assert root.get("stroke") == INK
    assert root.get("stroke-linecap") == "round"
    assert root.get("stroke-linejoin") == "round"
    widths = [float(element.get("stroke-width", "")) for element in root.iter() if element.get("stroke-width")]
    assert widths and all(2 <= width <= 3 for width in widths), f"{name}: stroke widths {widths}"


def _ink_box(pixels: list[tuple[int, int, int]]) -> tuple[int, int, int, int, int]:
    """(count, left, top, right, bottom) of the pixels that are not white."""
    drawn = [i for i, pixel in enumerate(pixels) if min(pixel) < 240]
    xs = [i % RENDER_SIZE for i in drawn]
    ys = [i // RENDER_SIZE for i in drawn]
    return len(drawn), min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_cairosvg_draws_a_visible_icon_that_fills_its_box(name: str) -> None:
    pixels = _cairosvg_pixels(name)
    assert len(pixels) == RENDER_SIZE * RENDER_SIZE
    count, left, top, right, bottom = _ink_box(pixels)
    assert count >= 0.12 * len(pixels), f"{name}: only {count} drawn pixels"
    assert sum(1 for pixel in pixels if max(pixel) < 80) >= 0.04 * len(pixels), f"{name}: too little ink"
    extent = sorted((right - left, bottom - top))
    assert extent[1] >= 0.8 * RENDER_SIZE and extent[0] >= 0.4 * RENDER_SIZE, f"{name} is too small: {extent}"


@pytest.mark.parametrize("name", ICON_NAMES)
def test_rsvg_convert_draws_the_same_picture(name: str) -> None:
    ours, theirs = _cairosvg_pixels(name), _rsvg_pixels(name)
    assert len(theirs) == len(ours)
    count, *_ = _ink_box(theirs)
    assert count >= 0.12 * len(theirs), f"{name}: rsvg-convert drew only {count} pixels"
    difference = sum(abs(a - b) for p, q in zip(ours, theirs, strict=True) for a, b in zip(p, q, strict=True))
    assert difference / (3 * len(ours)) < 4, f"{name}: the two renderers disagree"


def _spread(colour: str) -> int:
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return max(channels) - min(channels)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_rendered_pixels_are_no_more_colourful_than_the_palette(name: str) -> None:
    """Catches a colour smuggled past the attribute checks (CSS, a renderer default)."""
    limit = max(_spread(INK), _spread(MID))
    assert all(max(pixel) - min(pixel) <= limit + 1 for pixel in _cairosvg_pixels(name) + _rsvg_pixels(name))


@pytest.mark.dot
def test_graphviz_takes_the_files_as_node_images(tmp_path: Path) -> None:
    nodes = "\n".join(f'{name} [image="{icon_path(name)}" label="" width=1 height=1];' for name in ICON_NAMES)
    result = subprocess.run(
        ["dot", "-Tsvg"], input=f"digraph {{\n{nodes}\n}}", capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and "Warning" not in result.stderr, result.stderr
    images = re.findall(r'<image xlink:href="([^"]+)" width="48px" height="48px"', result.stdout)
    assert sorted(Path(image).stem for image in images) == sorted(ICON_NAMES)
