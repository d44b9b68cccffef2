"""Names in Chinese, Japanese, Korean, Arabic, Hebrew and emoji drawn right in PDF and PNG, and fitted.

The PDF is read back with poppler: ``pdftotext`` must give every name in logical order (no
reversed Hebrew, no dropped emoji), ``pdffonts`` must show a font for each script embedded.
The PNG's glyphs must not be the empty boxes drawn for characters no font has.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from citystack.render.pipeline import render_figure

from .conftest import SVG, drawing, element, load, model_data, opaque, tool

pytestmark = pytest.mark.dot

#: A name per script, and a font family pdffonts must list for it.
NAMES = {
    "chinese": ("雪亮工程 摄像头", "NotoSansCJK"),
    "japanese": ("スマートシティ 監視", "NotoSansCJK"),
    "korean": ("스마트 시티 감시", "NotoSansCJK"),
    "arabic": ("مدينة ذكية", "DejaVuSans"),
    "hebrew": ("רשת סיבים", "DejaVuSans"),
    "emoji": ("📷 🚦 🏙", "Symbola"),
}
#: No installed font has these (private use, plane 16): they come out as empty boxes.
NO_FONT = "\U0010fffd"


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """pdftotext and pdffonts output of one figure holding every name."""
    folder = tmp_path_factory.mktemp("scripts")
    elements = [element(key, name) for key, (name, _) in NAMES.items()]
    pdf = render_figure(load(folder, model_data(elements)), None, ["pdf"]).outputs["pdf"]
    (folder / "f.pdf").write_bytes(pdf)
    return tool("pdftotext", str(folder / "f.pdf"), "-"), tool("pdffonts", str(folder / "f.pdf"))


@pytest.mark.parametrize("script", NAMES)
def test_pdftotext_gives_each_name_in_logical_order(pdf_text: tuple[str, str], script: str) -> None:
    text, _ = pdf_text
    # pdftotext wraps right-to-left runs in embedding marks and guesses spaces between glyphs
    # from their distance (none between emoji): neither belongs to the name, the order does
    plain = re.sub(r"[\u202a-\u202e\u200e\u200f\s]", "", text)
    assert re.sub(r"\s", "", NAMES[script][0]) in plain, text


def test_no_notdef_glyph_and_a_font_embedded_for_each_script(pdf_text: tuple[str, str]) -> None:
    text, fonts = pdf_text
    assert "\ufffd" not in text and ".notdef" not in fonts
    for script, (_, family) in NAMES.items():
        assert family in fonts, f"no {family} embedded for {script}:\n{fonts}"
    embedded = [line.split()[-5] for line in fonts.splitlines()[2:] if line.strip()]
    assert embedded and set(embedded) == {"yes"}


def test_the_pdf_check_can_fail_a_character_without_font_is_not_text(tmp_path: Path) -> None:
    pdf = render_figure(load(tmp_path, model_data([element("x", f"box {NO_FONT}")])), None, ["pdf"]).outputs["pdf"]
    (tmp_path / "f.pdf").write_bytes(pdf)
    assert NO_FONT not in tool("pdftotext", str(tmp_path / "f.pdf"), "-")


def _ink(png: bytes) -> tuple[int, int, int, int] | None:
    image = opaque(png)
    return image.point(lambda level: 255 if level < 128 else 0).getbbox()


def _label_image(tmp_path: Path, name: str) -> list[int]:
    """The drawn name (alone in a figure), inside its box's outline, cut to its ink, scaled to 96 x 24."""
    view = {"id": "v", "title": "t", "caption": "c", "alt_text": "a", "legend": False}
    data = model_data([element("x", name, kind="cctv_camera", layer="sensing")], views=[view])
    drawn = drawing(render_figure(load(tmp_path, data), "v", ["png", "svg"], dpi=300).outputs)
    node = next(g for g in drawn.root.iter(f"{SVG}g") if g.get("id", "").endswith("-n-x"))
    points = [p.split(",") for p in node.find(f"{SVG}polygon").get("points", "").split()]  # type: ignore[union-attr]
    left = min(float(x) for x, _ in points) + 3
    right = max(float(x) for x, _ in points) - 3
    text = next(t for t in node.iter(f"{SVG}text") if t.text == name)
    baseline = float(text.get("y", "0"))
    band = drawn.image.crop((*drawn.pixels(left, baseline - 12), *drawn.pixels(right, baseline + 4)))
    box = band.point(lambda level: 255 if level < 128 else 0).getbbox()
    assert box, f"nothing drawn for {name!r}"
    return list(band.crop(box).resize((96, 24)).tobytes())


def _difference(first: list[int], second: list[int]) -> float:
    return sum(abs(a - b) for a, b in zip(first, second, strict=True)) / len(first)


@pytest.mark.parametrize("script", NAMES)
def test_png_glyphs_are_not_the_empty_box(tmp_path: Path, script: str) -> None:
    """Each name's pixels differ from the same number of characters no font has (empty boxes)."""
    name = NAMES[script][0]
    drawn = _label_image(tmp_path, name)
    boxes = _label_image(tmp_path, "".join(" " if ch == " " else NO_FONT for ch in name))
    difference = _difference(drawn, boxes)
    assert difference > 30, f"{script}: the name looks like empty boxes ({difference:.1f})"


def test_the_png_check_can_fail_boxes_look_like_boxes(tmp_path: Path) -> None:
    first = _label_image(tmp_path, NO_FONT * 4)
    second = _label_image(tmp_path, "\U0010fffc" * 4)
    assert _difference(first, second) < 30


def test_a_character_no_font_has_is_named_in_a_warning(tmp_path: Path) -> None:
    figure = render_figure(load(tmp_path, model_data([element("x", f"box {NO_FONT} 雪")])), None, ["svg"])
    assert "no installed font has a glyph for U+10FFFD" in figure.warnings
    assert "雪" not in figure.warnings.split("they are drawn")[0]
