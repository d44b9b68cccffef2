"""PNG and PDF derived from the SVG master; an independent renderer draws the SVG with its icons."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from citystack.render.pipeline import render_figure

from .conftest import ICON_CITY, MINI, SVG, TEST_VIEWS, loaded, parse, rendered, texts

pytestmark = pytest.mark.dot

ALL = ("svg", "png", "pdf", "dot", "mermaid", "json")


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is not installed: run `make setup`"
    return found


def _all_formats(path: Path, view: str):
    return rendered(path, view, "default", ALL)


@pytest.mark.parametrize(("path", "view"), TEST_VIEWS, ids=lambda p: getattr(p, "stem", p))
def test_rsvg_convert_draws_every_svg(path: Path, view: str, tmp_path: Path) -> None:
    svg = tmp_path / "f.svg"
    svg.write_bytes(_all_formats(path, view).outputs["svg"])
    result = subprocess.run(
        [_tool("rsvg-convert"), str(svg), "-o", str(tmp_path / "f.png")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "f.png") as image:
        assert image.width > 50 and image.height > 50


def _icon_boxes(svg: bytes) -> list[tuple[float, float, float, float]]:
    """Each icon's box in the SVG's viewBox coordinates."""
    root = parse(svg)
    graph = root.find(f"{SVG}g")
    match = re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform", ""))
    tx, ty = float(match.group(1)), float(match.group(2))
    boxes = []
    for image in [*root.iter(f"{SVG}use"), *root.iter(f"{SVG}image")]:
        x, y = float(image.get("x")) + tx, float(image.get("y")) + ty
        width = float(image.get("width").rstrip("px"))
        height = float(image.get("height").rstrip("px"))
        size = min(width, height)  # drawn as a square at the top left (xMinYMin meet)
        boxes.append((x, y, size, size))
    return boxes


def _drawn_fractions(svg: bytes, tmp_path: Path) -> list[float]:
    """For each icon box: the share of its pixels in the rsvg-convert PNG that differ from its corner."""
    (tmp_path / "f.svg").write_bytes(svg)
    subprocess.run(
        [_tool("rsvg-convert"), "-z", "2", str(tmp_path / "f.svg"), "-o", str(tmp_path / "f.png")], check=True
    )
    view_box = [float(v) for v in parse(svg).get("viewBox").split()]
    fractions = []
    with Image.open(tmp_path / "f.png") as image:
        rgb = image.convert("RGB")
        scale = rgb.width / view_box[2]
        for x, y, width, height in _icon_boxes(svg):
            area = rgb.crop((int(x * scale), int(y * scale), int((x + width) * scale), int((y + height) * scale)))
            raw = area.tobytes()
            pixels = [raw[i : i + 3] for i in range(0, len(raw), 3)]
            background = pixels[0]
            drawn = sum(1 for p in pixels if sum(abs(a - b) for a, b in zip(p, background, strict=True)) > 60)
            fractions.append(drawn / len(pixels))
    return fractions


def test_icon_areas_of_the_rsvg_png_are_not_blank(tmp_path: Path) -> None:
    svg = rendered(ICON_CITY, "icons").outputs["svg"]
    assert b"<image" not in svg, "citystack's own icons are vector symbols, not images"
    fractions = _drawn_fractions(svg, tmp_path)
    assert len(fractions) >= 8
    assert all(f > 0.05 for f in fractions), fractions


def test_blank_check_would_catch_missing_icons(tmp_path: Path) -> None:
    """The check above can fail: the same SVG with its icons' drawings removed leaves the areas blank."""
    svg = rendered(ICON_CITY, "icons").outputs["svg"]
    emptied = re.sub(rb"(<symbol [^>]*>).*?(</symbol>)", rb"\1\2", svg, flags=re.DOTALL)
    assert emptied != svg
    fractions = _drawn_fractions(emptied, tmp_path)
    assert len(fractions) >= 8
    assert sum(f > 0.05 for f in fractions) <= 1, fractions


@pytest.mark.parametrize(("path", "view"), TEST_VIEWS, ids=lambda p: getattr(p, "stem", p))
def test_pdf_has_no_raster_images_and_pdfinfo_reads_it(path: Path, view: str, tmp_path: Path) -> None:
    pdf = tmp_path / "f.pdf"
    pdf.write_bytes(_all_formats(path, view).outputs["pdf"])
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=False)
    assert info.returncode == 0, info.stderr
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE)
    assert "CreationDate:" in info.stdout
    images = subprocess.run([_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line for line in images.stdout.splitlines()[2:] if line.strip()]
    assert rows == [], images.stdout


def test_a_provider_png_icon_does_show_up_as_a_raster_image(tmp_path: Path) -> None:
    """The pdfimages check can fail: a diagrams provider icon is a PNG and is listed."""
    model = loaded(ICON_CITY).model
    elements = tuple(e.model_copy(update={"icon": "aws.iot.IotCore"}) if e.id == "cam" else e for e in model.elements)
    pdf = render_figure(model.model_copy(update={"elements": elements}), "icons", ["pdf"]).outputs["pdf"]
    (tmp_path / "f.pdf").write_bytes(pdf)
    images = subprocess.run(
        [_tool("pdfimages"), "-list", str(tmp_path / "f.pdf")], capture_output=True, text=True, check=True
    )
    assert len([line for line in images.stdout.splitlines()[2:] if line.strip()]) >= 1


def test_png_and_pdf_are_byte_identical_across_renders() -> None:
    first = render_figure(loaded(ICON_CITY), "icons", ["png", "pdf"], dpi=72)
    second = render_figure(loaded(ICON_CITY), "icons", ["png", "pdf"], dpi=72)
    assert first.outputs == second.outputs


def test_pdf_creation_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdf = render_figure(loaded(MINI), "all", ["pdf"]).outputs["pdf"]
    (tmp_path / "f.pdf").write_bytes(pdf)
    info = subprocess.run([_tool("pdfinfo"), str(tmp_path / "f.pdf")], capture_output=True, text=True, check=True)
    assert "2023" in info.stdout.split("CreationDate:")[1].splitlines()[0]
    assert re.search(r"^Title:\s+All$", info.stdout, re.MULTILINE)


def test_png_size_follows_dpi_and_records_it() -> None:
    low = render_figure(loaded(MINI), "all", ["png"], dpi=72).outputs["png"]
    high = render_figure(loaded(MINI), "all", ["png"], dpi=144).outputs["png"]
    with Image.open(io.BytesIO(low)) as a, Image.open(io.BytesIO(high)) as b:
        assert abs(b.width - 2 * a.width) <= 2
        assert round(b.info["dpi"][0]) == 144
    default = rendered(MINI, "all", "default", ALL).outputs["png"]
    with Image.open(io.BytesIO(default)) as image:
        assert round(image.info["dpi"][0]) == 300


def test_text_exports_are_deterministic_and_complete() -> None:
    outputs = _all_formats(MINI, "all").outputs
    assert outputs["dot"].startswith(b'digraph "mini-stack-all"')
    mermaid = outputs["mermaid"].decode()
    assert mermaid.startswith("flowchart BT\n") and "n_residents --> n_camera" in mermaid
    assert b'"figure_id": "mini-stack-all"' in outputs["json"]
    again = render_figure(loaded(MINI), "all", ["dot", "mermaid", "json"]).outputs
    assert all(again[f] == outputs[f] for f in again)


PAPER_FIGURE_1 = Path(__file__).resolve().parents[2] / "models" / "paper" / "figure1.py"


def test_icon_areas_of_the_shipped_icon_figure_are_not_blank(tmp_path: Path) -> None:
    """Figure 1 of the paper is an icon figure: every icon it draws (stack and legend) is visible."""
    figure = rendered(PAPER_FIGURE_1, "figure1")
    fractions = _drawn_fractions(figure.outputs["svg"], tmp_path)
    assert len(fractions) >= len(figure.scene.nodes)
    assert all(f > 0.05 for f in fractions), fractions


def test_the_legend_names_every_kind_relation_and_status_it_lists() -> None:
    figure = rendered(PAPER_FIGURE_1, "figure1")
    drawn = " ".join(t.strip() for t in texts(figure.outputs["svg"]))
    for entry in figure.scene.legend:
        assert entry.label in drawn, entry


def test_text_exports_run_no_dot_and_resolve_no_icon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mermaid and JSON come from the scene alone; DOT needs the icons but not a layout."""
    from citystack.render import pipeline

    monkeypatch.setattr(pipeline, "run_dot", lambda *a, **k: pytest.fail("dot must not run"))

    def no_icons(name: str):
        pytest.fail(f"icon {name} must not be resolved")

    figure = render_figure(loaded(ICON_CITY), "icons", ("mermaid", "json"), resolver=no_icons)
    assert list(figure.outputs) == ["mermaid", "json"]
    assert figure.outputs["mermaid"].startswith(b"flowchart") and b'"figure_id"' in figure.outputs["json"]
    dot = render_figure(loaded(ICON_CITY), "icons", ("dot",)).outputs["dot"]
    assert dot.startswith(b"digraph") and b"icon-cctv_camera.svg" in dot
