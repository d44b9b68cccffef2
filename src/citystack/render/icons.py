"""Icons for figures: a name resolved to the bytes that get inlined into the SVG master.

A plain name (``cctv_camera``) is one of citystack's own vector icons. A dotted name
(``aws.iot.IotCore``) is an icon of the ``diagrams`` package, resolved from an allow-listed
provider by :mod:`citystack.render.icon_backend`; those are PNGs without a licence of their own
for print, so they show up as raster images in the PDF and should not go into publications.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from citystack import icons
from citystack.errors import UsageError

__all__ = ["IconFile", "IconResolver", "greyed", "resolve_icon"]

_HEX = re.compile(rb"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


@dataclass(frozen=True)
class IconFile:
    """An icon as ``dot`` reads it (``filename`` in its private folder) and as the SVG inlines it."""

    name: str
    filename: str
    data: bytes
    mime: str


IconResolver = Callable[[str], IconFile]


def _own_icon(name: str) -> IconFile:
    """One of the shipped icons; each file starts with the XML declaration graphviz 2.43 needs."""
    try:
        text = icons.icon_svg(name)
    except icons.UnknownIcon as error:
        raise UsageError(str(error)) from None
    return IconFile(name=name, filename=f"icon-{name}.svg", data=text.encode("utf-8"), mime="image/svg+xml")


def _grey(match: re.Match[bytes]) -> bytes:
    digits = match.group(1).decode("ascii")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    level = round(0.2126 * red + 0.7152 * green + 0.0722 * blue)  # relative luminance (sRGB weights)
    return f"#{level:02x}{level:02x}{level:02x}".encode("ascii")


def greyed(icon: IconFile) -> IconFile:
    """An SVG icon with every hex colour replaced by the grey of the same luminance (print theme).

    The icon set is drawn in near-greys with a slight tint; a print figure must have none.
    Raster (provider) icons are returned unchanged.
    """
    if icon.mime != "image/svg+xml":
        return icon
    return replace(icon, data=_HEX.sub(_grey, icon.data))


def resolve_icon(name: str) -> IconFile:
    """The icon called ``name``: citystack's own, or an allow-listed ``diagrams`` provider icon."""
    if "." in name:
        from citystack.render.icon_backend import provider_icon

        return provider_icon(name)
    return _own_icon(name)
