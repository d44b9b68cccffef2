"""Icons in the SVG master as vector symbols: one ``<symbol>`` per icon, a ``<use>`` where it is drawn.

``dot`` places an icon as an ``<image>`` that names its file. A nested SVG image is drawn by
librsvg as a bitmap in the PDF, and other readers treat it as an opaque picture; a ``<symbol>``
stays vector everywhere. The icon's root presentation attributes (``fill``, ``stroke``,
``stroke-width``...) are carried onto a ``<g>`` inside the symbol, or its strokes would vanish.
Only citystack's own icons (trusted files of the package) are inlined this way; a raster
provider icon stays an ``<image>`` with a ``data:`` URI.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml.ElementTree import fromstring

from citystack.render.icons import IconFile

__all__ = ["PRESENTATION_ATTRIBUTES", "icon_symbol", "icon_use", "symbol_id"]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
#: The attributes of an icon's root that its children inherit.
PRESENTATION_ATTRIBUTES = (
    "color",
    "fill",
    "fill-opacity",
    "fill-rule",
    "opacity",
    "stroke",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
)


def symbol_id(prefix: str, icon: IconFile) -> str:
    """The id of an icon's symbol in a figure (icon names are letters, digits and ``_``)."""
    return f"{prefix}icon-{icon.name}"


def _viewbox(root: ET.Element) -> str:
    """The icon's viewBox, or one made from its width and height."""
    box = root.get("viewBox")
    if box:
        return box
    width = (root.get("width") or "48").removesuffix("px")
    height = (root.get("height") or "48").removesuffix("px")
    return f"0 0 {width} {height}"


def icon_symbol(icon: IconFile, prefix: str, preserve_aspect_ratio: str) -> ET.Element:
    """A ``<symbol>`` holding the icon's drawing, ids inside it prefixed, its title dropped."""
    root = fromstring(icon.data)
    symbol = ET.Element(
        f"{{{SVG_NS}}}symbol",
        {"id": symbol_id(prefix, icon), "viewBox": _viewbox(root), "preserveAspectRatio": preserve_aspect_ratio},
    )
    group = ET.SubElement(
        symbol, f"{{{SVG_NS}}}g", {name: root.get(name, "") for name in PRESENTATION_ATTRIBUTES if root.get(name)}
    )
    for child in root:
        if child.tag == f"{{{SVG_NS}}}title":
            continue
        for item in child.iter():
            if item.get("id"):
                item.set("id", f"{symbol_id(prefix, icon)}-{item.get('id')}")
        group.append(child)
    group.text = None
    return symbol


def icon_use(image: ET.Element, icon: IconFile, prefix: str) -> ET.Element:
    """A ``<use>`` of the icon's symbol in the place and size of dot's ``<image>``."""
    attributes = {name: image.get(name, "") for name in ("x", "y", "width", "height") if image.get(name)}
    attributes[f"{{{XLINK_NS}}}href"] = f"#{symbol_id(prefix, icon)}"
    use = ET.Element(f"{{{SVG_NS}}}use", attributes)
    use.tail = image.tail
    return use
