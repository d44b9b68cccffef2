"""PNG and PDF drawn from the SVG master by librsvg (``rsvg-convert``), byte for byte reproducible.

librsvg lays text out with Pango, the engine ``dot`` measured the labels with, and with the same
fontconfig file (:mod:`citystack.render.fonts`): text is shaped (Arabic joined), ordered by the
bidirectional algorithm (Hebrew and Arabic read right to left), falls back to a font that has
the glyph, and fits the box ``dot`` made. (cairosvg, used before, did none of that and drew text
3-4% wider than dot measured.) Icons are vector symbols in the master, so the PDF has no image.

``rsvg-convert`` runs through the guarded runner (timeout, memory cap, private folder). It dates
the PDF from ``SOURCE_DATE_EPOCH`` but writes neither title nor subject; the PDF's document
information is therefore rewritten with pikepdf (title, subject, creator, a creation date from
``SOURCE_DATE_EPOCH`` or else 1970-01-01) and saved with a deterministic file identifier. The PNG
gets a ``pHYs`` chunk so that word processors size it at its real print resolution.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import zlib
from datetime import UTC, datetime

import pikepdf

from citystack.errors import RenderError
from citystack.render.fonts import font_environment
from citystack.render.limits import DEFAULT_TIMEOUT, MAX_PIXELS
from citystack.render.runner import run_tool

__all__ = ["find_rsvg", "pdf_bytes", "png_bytes", "svg_size_points"]

INSTALL_HINT = "install librsvg with `make setup` or `sudo apt-get install librsvg2-bin`"
_POINT_UNITS = {"pt": 1.0, "px": 0.75, "in": 72.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "": 0.75}
_SIZE = re.compile(rb'<svg[^>]*?\swidth="([\d.]+)([a-z]*)"[^>]*?\sheight="([\d.]+)([a-z]*)"', re.DOTALL)


def svg_size_points(svg: bytes, *, figure: str) -> tuple[float, float]:
    """The width and height of an SVG in points, read from its root element."""
    match = _SIZE.search(svg[:4096])
    if match is None:
        raise RenderError(f"{figure}: the SVG master has no width and height")
    width = float(match.group(1)) * _POINT_UNITS.get(match.group(2).decode(), 0.75)
    height = float(match.group(3)) * _POINT_UNITS.get(match.group(4).decode(), 0.75)
    return width, height


def find_rsvg() -> str:
    """The path of ``rsvg-convert`` on PATH, or RenderError saying how to install it."""
    found = shutil.which("rsvg-convert")
    if found is None:
        raise RenderError(f"rsvg-convert was not found on PATH; {INSTALL_HINT}")
    return found


def _epoch() -> int:
    """``SOURCE_DATE_EPOCH`` when it is a valid time, else 0 (1970-01-01): never the clock."""
    try:
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
        datetime.fromtimestamp(epoch, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return 0
    return max(epoch, 0)


def _convert(svg: bytes, arguments: list[str], *, figure: str, what: str) -> bytes:
    """``rsvg-convert ARGUMENTS`` on the SVG master (read from stdin), through the guarded runner."""
    env = {**font_environment(), "SOURCE_DATE_EPOCH": str(_epoch())}
    result = run_tool(
        [find_rsvg(), *arguments],
        svg,
        figure=f"{figure}: cannot convert the SVG to {what}",
        tool="rsvg-convert",
        env=env,
        timeout=DEFAULT_TIMEOUT,
        missing=lambda message: RenderError(f"{message}; {INSTALL_HINT}"),
    )
    return result.output


def pdf_bytes(svg: bytes, *, title: str, figure: str, subject: str = "") -> bytes:
    """A vector PDF of the SVG master, with its title and subject and a reproducible creation date."""
    drawn = _convert(svg, ["--format", "pdf"], figure=figure, what="PDF")
    moment = datetime.fromtimestamp(_epoch(), tz=UTC)
    try:
        with pikepdf.open(io.BytesIO(drawn)) as pdf:
            info = pikepdf.Dictionary(
                Title=pikepdf.String(title),
                Creator=pikepdf.String("citystack"),
                Producer=pikepdf.String("librsvg and cairo, through citystack"),
                CreationDate=pikepdf.String(moment.strftime("D:%Y%m%d%H%M%SZ")),
            )
            if subject:
                info.Subject = pikepdf.String(subject)
            pdf.trailer.Info = pdf.make_indirect(info)
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True, compress_streams=True)
    except pikepdf.PdfError as error:
        raise RenderError(f"{figure}: rsvg-convert wrote a PDF that cannot be read: {error}") from None
    return out.getvalue()


def _with_phys(png: bytes, dpi: int) -> bytes:
    """Insert a pHYs chunk (pixels per metre) right after IHDR."""
    per_metre = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", per_metre, per_metre, 1)
    chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    ihdr_end = 8 + 8 + 13 + 4
    return png[:ihdr_end] + chunk + png[ihdr_end:]


def png_bytes(svg: bytes, *, dpi: int, figure: str) -> bytes:
    """A PNG of the SVG master at ``dpi`` (points scale by dpi/72); refused when too many pixels."""
    width, height = svg_size_points(svg, figure=figure)
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels > MAX_PIXELS:
        raise RenderError(f"{figure}: a PNG at {dpi} dpi would have {pixels:.0f} pixels; at most {MAX_PIXELS}")
    drawn = _convert(svg, ["--format", "png", "--dpi-x", str(dpi), "--dpi-y", str(dpi)], figure=figure, what="PNG")
    if not drawn.startswith(b"\x89PNG\r\n\x1a\n"):
        raise RenderError(f"{figure}: rsvg-convert wrote no PNG")
    return _with_phys(drawn, dpi)
