"""The SVG font stack draws Latin text and digits as DejaVu Sans does, in any Pango-based reader.

A colour emoji face named in the stack makes Pango draw digits from it (emoji keycap bases), so
"2023" comes out as four wide, spaced glyphs. Readers other than citystack (Inkscape, a plain
``rsvg-convert``) use the system's fontconfig, not citystack's, so the test does too.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from xml.sax.saxutils import quoteattr

import pytest
from PIL import Image, ImageChops

from citystack.render.fonts import FONT_STACK

pytestmark = pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="needs rsvg-convert (make setup)")

TEXT = "5G network 2023, Figure 1 #*"


def draw(font_family: str) -> Image.Image:
    """``TEXT`` in ``font_family`` drawn by rsvg-convert with the system's fontconfig."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40">'
        '<rect width="420" height="40" fill="white"/>'
        f'<text x="5" y="28" font-size="20" font-family={quoteattr(font_family)}>{TEXT}</text></svg>'
    )
    env = {key: value for key, value in os.environ.items() if key not in {"FONTCONFIG_FILE", "FONTCONFIG_PATH"}}
    png = subprocess.run(
        ["rsvg-convert", "--format", "png"], input=svg.encode(), capture_output=True, check=True, env=env
    ).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def test_font_stack_draws_latin_and_digits_exactly_as_dejavu_sans() -> None:
    assert ImageChops.difference(draw(FONT_STACK), draw("DejaVu Sans")).getbbox() is None


def test_the_comparison_can_fail_with_a_colour_emoji_face_in_the_stack() -> None:
    """The check above can fail: naming a colour emoji face changes how digits are drawn."""
    if not any(
        "Noto Color Emoji" in line
        for line in subprocess.run(
            ["fc-list", ":", "family"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
    ):
        pytest.fail("fonts-noto-color-emoji is missing: run make setup (.ci/debian/fonts.txt)")
    with_emoji = "'DejaVu Sans', 'Noto Color Emoji', sans-serif"
    assert ImageChops.difference(draw(with_emoji), draw("DejaVu Sans")).getbbox() is not None
