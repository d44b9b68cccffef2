"""PNG and PDF derived from the SVG master with cairosvg, byte for byte reproducible.

Deriving both from the one SVG keeps every format the same picture and keeps vector icons
vector in the PDF. cairo 1.16 stamps the time into a PDF and ignores ``SOURCE_DATE_EPOCH``, so
the PDF's metadata is set explicitly (creation date from ``SOURCE_DATE_EPOCH``, else 1970-01-01).
The PNG gets a ``pHYs`` chunk so that word processors size it at its real print resolution.
"""

from __future__ import annotations

import os
import re
import struct
import zlib
from datetime import UTC, datetime
from typing import Any

import cairocffi
import cairosvg.surface

from citystack.errors import RenderError
from citystack.render.limits import MAX_PIXELS

__all__ = ["pdf_bytes", "png_bytes", "svg_size_points"]

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


def _creation_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "0")
    try:
        moment = datetime.fromtimestamp(int(epoch), tz=UTC)
    except (ValueError, OverflowError, OSError):
        moment = datetime.fromtimestamp(0, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class _ReproduciblePDF(cairosvg.surface.PDFSurface):  # type: ignore[misc]
    """cairosvg's PDF surface with fixed metadata instead of the clock."""

    metadata: dict[int, str] = {}  # noqa: RUF012  (set per conversion on a subclass)

    def _create_surface(self, width: float, height: float) -> Any:
        surface, width, height = super()._create_surface(width, height)
        for key, value in sorted(self.metadata.items()):
            surface.set_metadata(key, value)
        return surface, width, height


def pdf_bytes(svg: bytes, *, title: str, figure: str, subject: str = "") -> bytes:
    """A vector PDF of the SVG master, with its title and a reproducible creation date."""
    metadata = {
        cairocffi.PDF_METADATA_TITLE: title,
        cairocffi.PDF_METADATA_CREATOR: "citystack",
        cairocffi.PDF_METADATA_CREATE_DATE: _creation_date(),
    }
    if subject:
        metadata[cairocffi.PDF_METADATA_SUBJECT] = subject
    surface: Any = type("_FigurePDF", (_ReproduciblePDF,), {"metadata": metadata})
    try:
        result = surface.convert(bytestring=svg)
    except Exception as error:  # noqa: BLE001  (cairosvg raises many unrelated types)
        raise RenderError(f"{figure}: cannot convert the SVG to PDF: {error}") from None
    assert isinstance(result, bytes)
    return result


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
    try:
        result = cairosvg.svg2png(bytestring=svg, dpi=dpi)
    except Exception as error:  # noqa: BLE001  (cairosvg raises many unrelated types)
        raise RenderError(f"{figure}: cannot convert the SVG to PNG: {error}") from None
    assert isinstance(result, bytes)
    return _with_phys(result, dpi)
