"""The SVG master: graphviz's SVG made self-contained, accessible and safe to embed anywhere.

Icons are inlined as vector symbols (:mod:`citystack.render.vector_icons`; a raster provider icon
as a ``data:`` URI), every text names the font stack of :mod:`citystack.render.fonts`,
``<title>``/``<desc>`` come from the view, every id carries the figure's prefix, titles name
things as readers know them, and anything that could run code or reach a file is removed: only
the elements graphviz writes are kept (no script, ``foreignObject``, style or animation), no
``on*`` attribute, no ``url(...)`` outside the figure, and links other than http, https, mailto
(on ``<a>``) and ``#``. Parsing goes through defusedxml.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from defusedxml.ElementTree import fromstring

from citystack.errors import RenderError
from citystack.render.dotlang import dot_id
from citystack.render.fonts import FONT_STACK
from citystack.render.icons import IconFile
from citystack.render.scene import Scene
from citystack.render.vector_icons import icon_symbol, icon_use

__all__ = ["SVG_NS", "XLINK_NS", "finish_svg"]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_HREFS = ("href", f"{{{XLINK_NS}}}href")
#: The elements graphviz writes in SVG; anything else (script, foreignObject, style, use, animate,
#: set...) could run code, fetch a file or rewrite a link, and is removed with its content.
_KEPT_TAGS = frozenset(
    {
        "svg", "g", "title", "desc", "a", "text", "tspan", "path", "polygon", "polyline", "ellipse",
        "circle", "rect", "line", "image", "defs", "linearGradient", "radialGradient", "stop",
    }
)  # fmt: skip
_SAFE_LINK = re.compile(r"^(https?://|mailto:|#)", re.IGNORECASE)
# A value such as fill="url(https://...)" fetches a resource; only references inside the figure stay.
_OUTSIDE_REFERENCE = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)

# The canonical prefixes of these two namespaces: registering them again is harmless.
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _with_tooltip(heading: str, tooltip: str) -> str:
    """A title's first line names the item; the lines after it carry its evidence."""
    return f"{heading}\n{tooltip}" if tooltip else heading


def _titles(scene: Scene) -> dict[str, str]:
    """What each drawn thing's ``<title>`` should say (tooltips, screen readers)."""
    base = scene.figure_id
    names = {n.id: n.label for n in scene.nodes}
    titles = {dot_id(base, "graph"): scene.title, dot_id(base, "legend"): "Legend", dot_id(base, "notes"): "Facts"}
    for node in scene.nodes:
        titles[dot_id(base, "n", node.id)] = _with_tooltip(f"{node.label} ({node.kind_name})", node.tooltip)
    for edge in scene.edges:
        what = f"{names.get(edge.source, edge.source)} {edge.kind_name} {names.get(edge.target, edge.target)}"
        titles[dot_id(base, "e", edge.id)] = _with_tooltip(what, edge.tooltip)
    titles.update({dot_id(base, "g", g.id): g.label for g in scene.groups})
    for entry in scene.legend:
        titles[dot_id(base, "legend", entry.category, entry.id)] = entry.label
        titles[dot_id(base, "legend", entry.category, entry.id, "edge")] = entry.label
    return titles


def _data_uri(icon: IconFile) -> str:
    return f"data:{icon.mime};base64,{base64.b64encode(icon.data).decode('ascii')}"


def _clean_attributes(element: ET.Element) -> None:
    """Drop event handlers and references outside the figure from one element's attributes."""
    for name, value in list(element.attrib.items()):
        if _local(name).lower().startswith("on") or _OUTSIDE_REFERENCE.search(value):
            del element.attrib[name]


def _clean(parent: ET.Element, icons: Mapping[str, IconFile], prefix: str, symbols: dict[str, ET.Element]) -> None:
    """Remove what may run or reach out; inline icons; prefix ids. Recursive over children.

    Only an ``<a>`` may link out (http, https, mailto); an ``<image>`` keeps only an icon of the
    figure: a vector icon becomes a ``<use>`` of its symbol (collected in ``symbols``), a raster
    one a ``data:`` URI. Any other ``href`` may only point inside the figure (``#``).
    """
    for child in list(parent):
        tag = _local(child.tag) if isinstance(child.tag, str) else ""
        if tag not in _KEPT_TAGS:
            parent.remove(child)
            continue
        _clean_attributes(child)
        icon = None
        if tag == "image":
            icon = next((icons[v] for v in (child.get(n) or "" for n in _HREFS) if v in icons), None)
            if icon is None:
                parent.remove(child)
                continue
            if icon.mime == "image/svg+xml":
                fit = child.get("preserveAspectRatio", "xMidYMid meet")
                symbols.setdefault(icon.name, icon_symbol(icon, prefix, fit))
                parent[list(parent).index(child)] = icon_use(child, icon, prefix)
                continue
            for name in _HREFS:
                child.attrib.pop(name, None)
        for name in _HREFS:
            value = child.get(name)
            if value is not None and not (value.startswith("#") or (tag == "a" and _SAFE_LINK.match(value))):
                del child.attrib[name]
        if icon is not None:
            child.set(f"{{{XLINK_NS}}}href", _data_uri(icon))
        if tag == "text" and child.get("font-family"):
            child.set("font-family", FONT_STACK)
        if child.tail is not None and not child.tail.strip():
            child.tail = "\n"
        element_id = child.get("id")
        if element_id is not None and not element_id.startswith(prefix):
            child.set("id", f"{prefix}{element_id}")
        _clean(child, icons, prefix, symbols)


def _retitle(root: ET.Element, titles: Mapping[str, str]) -> None:
    for group in root.iter(f"{{{SVG_NS}}}g"):
        title = group.find(f"{{{SVG_NS}}}title")
        if title is None:
            continue
        wanted = titles.get(group.get("id", ""))
        if wanted is not None:
            title.text = wanted
        elif (title.text or "").startswith(("_legend", "cluster_")):
            title.text = "Legend"


def _links(root: ET.Element, scene: Scene) -> None:
    """Wrap the drawing of each node that has a URL in a link; URLs were checked at load."""
    urls = {dot_id(scene.figure_id, "n", n.id): n.url for n in scene.nodes if n.url and _SAFE_LINK.match(n.url)}
    for group in root.iter(f"{{{SVG_NS}}}g"):
        url = urls.get(group.get("id", ""))
        if url is None:
            continue
        link = ET.Element(f"{{{SVG_NS}}}a", {f"{{{XLINK_NS}}}href": url})
        for child in list(group):
            if _local(child.tag) != "title":
                group.remove(child)
                link.append(child)
        group.append(link)


def finish_svg(raw: bytes, scene: Scene, icons: Mapping[str, IconFile]) -> bytes:
    """The SVG master of a figure, from the SVG ``dot`` wrote for it."""
    try:
        root = fromstring(raw)
    except Exception as error:  # noqa: BLE001  (defusedxml raises several unrelated types)
        raise RenderError(f"{scene.display_name}: dot wrote SVG that does not parse: {error}") from None
    prefix = scene.figure_id + "-"
    symbols: dict[str, ET.Element] = {}
    _clean(root, icons, prefix, symbols)
    _retitle(root, _titles(scene))
    _links(root, scene)
    _clean_attributes(root)
    title = ET.Element(f"{{{SVG_NS}}}title", {"id": f"{prefix}title"})
    title.text = scene.title
    desc = ET.Element(f"{{{SVG_NS}}}desc", {"id": f"{prefix}desc"})
    desc.text = scene.alt_text
    if symbols:
        defs = ET.Element(f"{{{SVG_NS}}}defs", {"id": f"{prefix}icons"})
        defs.extend(symbols[name] for name in sorted(symbols))
        defs.tail = "\n"
        root.insert(0, defs)
    root.insert(0, desc)
    root.insert(0, title)
    root.set("role", "img")
    root.set("aria-labelledby", f"{prefix}title {prefix}desc")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")
