"""Measure the SVG converters: how well drawn text fits the width ``dot`` measured, and their speed.

Each label of a corpus (the paper figures' labels and names in Chinese, Japanese, Korean,
Arabic, Hebrew and emoji) is laid out by ``dot`` as a box with no margin, so the box is exactly
as wide as dot measured the text. The SVG master is drawn to PNG at 288 dpi by each converter,
and the ink of each label is compared with its box: a ratio above 1 means the text leaves it.
Then each converter draws the three paper figures (PNG and PDF) and is timed. cairosvg is
measured only when it is importable (it is no longer a dependency):
``.venv/bin/pip install cairosvg`` first to compare.

Run: ``.venv/bin/python tests/bench/converter_fit.py``
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageOps

from citystack.load import load_model
from citystack.render import render_figure
from citystack.render.fonts import FONT_STACK
from citystack.render.raster import pdf_bytes, png_bytes
from citystack.render.runner import run_dot

ROOT = Path(__file__).resolve().parents[2]
DPI = 288
LABELS = [
    "Surveillance cameras",
    "Integrated Joint Operations Platform (IJOP)",
    "Staff dispatched from the supplier",
    "Tianshan Anti-terrorism Cloud",
    "Licence-plate recognition cameras",
    "WWWWWWWWWWWW mmmmmmmmmm",
    "雪亮工程 摄像头",
    "平安城市 智慧城市 城市大脑",
    "スマートシティ 監視カメラ",
    "스마트 시티 감시 카메라",
    "רשת סיבים אופטיים",
    "مدينة ذكية كاميرات المراقبة",
    "Café façade naïve 100% fibre",
]


def _figure(labels: list[str]) -> bytes:
    """dot's SVG of one column of boxes, no margin, with citystack's font stack on every text."""
    nodes = "\n".join(f'n{i} [label="{label}"];' for i, label in enumerate(labels))
    nodes += "\n" + " -> ".join(f"n{i}" for i in range(len(labels))) + " [style=invis];"
    source = (
        'digraph g { rankdir=TB; node [shape=box, margin=0, width=0, height=0, fontname="DejaVu Sans", '
        f"fontsize=11, penwidth=0.01, color=white];\n{nodes}\n}}"
    )
    svg = run_dot(source, figure="converter-fit").output.decode()
    return re.sub(r'font-family="[^"]*"', f'font-family="{FONT_STACK}"', svg).encode()


def _boxes(svg: bytes) -> list[tuple[float, float]]:
    """Each node's left and right edge in points, from its polygon, in node order."""
    edges = []
    for points in re.findall(rb'<polygon fill="[^"]*" stroke="[^"]*" stroke-width="[^"]*" points="([^"]*)"', svg):
        xs = [float(p.split(b",")[0]) for p in points.split()]
        edges.append((min(xs), max(xs)))
    return edges


def _ratios(png: bytes, svg: bytes) -> list[float]:
    """Ink width over box width for each label (the ink found on the label's own row of the image)."""
    drawn = Image.open(io.BytesIO(png)).convert("RGBA")
    image = Image.alpha_composite(Image.new("RGBA", drawn.size, "white"), drawn).convert("L")
    scale = DPI / 72
    ys = [float(y) for y in re.findall(rb'<text text-anchor="middle" x="[^"]*" y="([^"]*)"', svg)]
    translate = float(re.search(rb"translate\(([\d.]+) ([\d.]+)\)", svg).group(2))  # type: ignore[union-attr]
    ratios = []
    for (left, right), y in zip(_boxes(svg), ys, strict=True):
        top, bottom = round((translate + y - 10) * scale), round((translate + y + 3) * scale)
        band = image.crop((0, top, image.width, bottom))
        found = ImageOps.invert(band).point(lambda level: 255 if level > 127 else 0).getbbox()
        ink = (found[2] - found[0]) / scale if found else 0.0
        ratios.append(ink / (right - left))
    return ratios


def _converters() -> dict[str, tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]]]:
    found = {
        "rsvg-convert": (
            lambda svg: png_bytes(svg, dpi=DPI, figure="fit"),
            lambda svg: pdf_bytes(svg, title="fit", figure="fit"),
        )
    }
    try:
        import cairosvg  # type: ignore[import-not-found]
    except ImportError:
        return found
    found["cairosvg"] = (
        lambda svg: cairosvg.svg2png(bytestring=svg, dpi=DPI),
        lambda svg: cairosvg.svg2pdf(bytestring=svg),
    )
    return found


def main() -> int:
    """Print the fit of every label and the time of each converter on the paper figures."""
    svg = _figure(LABELS)
    masters = []
    for path in sorted((ROOT / "models" / "paper").glob("figure*.py")):
        loaded = load_model(path)
        masters.append(render_figure(loaded, None, ["svg"]).outputs["svg"])
    for name, (to_png, to_pdf) in _converters().items():
        ratios = _ratios(to_png(svg), svg)
        print(f"{name}: ink width / dot's width, per label")
        for label, ratio in zip(LABELS, ratios, strict=True):
            print(f"  {ratio:5.3f} {'LEAVES ITS BOX' if ratio > 1.0 else '':14} {label}")
        print(f"  median {statistics.median(ratios):.3f}, max {max(ratios):.3f}")
        start = time.perf_counter()
        for master in masters:
            to_png(master)
            to_pdf(master)
        print(f"  the three paper figures to PNG ({DPI} dpi) and PDF: {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
