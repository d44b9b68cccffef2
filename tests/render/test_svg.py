"""The SVG master: parses, is accessible, self-contained, prefixed, and carries nothing that runs."""

from __future__ import annotations

import re

import pytest

from citystack.render.scene import Scene, SceneNode
from citystack.render.svg import finish_svg

from .conftest import HOSTILE, HOSTILE_NAMES, ICON_CITY, SVG, XLINK, local, parse, rendered, texts

pytestmark = pytest.mark.dot

_SAFE_HREF = re.compile(r"^(https?://|mailto:|#|data:image/(svg\+xml|png);base64,)")


def test_svg_has_title_and_desc_from_the_view(figure_svg: tuple[str, bytes]) -> None:
    figure_id, svg = figure_svg
    root = parse(svg)
    assert local(root[0].tag) == "title" and local(root[1].tag) == "desc"
    assert root[0].get("id") == f"{figure_id}-title"
    assert root.get("aria-labelledby") == f"{figure_id}-title {figure_id}-desc"
    assert root.get("role") == "img"
    assert root[0].text and root[1].text


def test_svg_runs_nothing_and_links_no_file(figure_svg: tuple[str, bytes]) -> None:
    _, svg = figure_svg
    for element in parse(svg).iter():
        assert local(element.tag) not in {"script", "foreignObject"}
        for name, value in element.attrib.items():
            assert not local(name).lower().startswith("on"), name
            if local(name) == "href":
                assert _SAFE_HREF.match(value), value
    assert b"<!DOCTYPE" not in svg and b"<!--" not in svg


def test_svg_names_no_machine_path(figure_svg: tuple[str, bytes]) -> None:
    _, svg = figure_svg
    for marker in (b"/tmp", b"/home", b"/root", b"/work", b"/usr", b"site-packages", b"file:"):
        assert marker not in svg


def test_every_id_carries_the_figure_prefix(figure_svg: tuple[str, bytes]) -> None:
    figure_id, svg = figure_svg
    ids = [el.get("id") for el in parse(svg).iter() if el.get("id")]
    assert ids and all(i.startswith(figure_id + "-") for i in ids)
    assert len(ids) == len(set(ids))


def test_icons_are_inlined_as_vector_symbols_with_their_presentation_attributes() -> None:
    root = parse(rendered(ICON_CITY, "icons").outputs["svg"])
    assert list(root.iter(f"{SVG}image")) == []
    uses = list(root.iter(f"{SVG}use"))
    assert len(uses) >= 8  # eight elements plus the legend's kinds
    symbols = {symbol.get("id"): symbol for symbol in root.iter(f"{SVG}symbol")}
    for use in uses:
        href = use.get(f"{XLINK}href")
        assert href.startswith("#") and href[1:] in symbols
        assert float(use.get("width").removesuffix("px")) > 0
    for symbol in symbols.values():
        assert symbol.get("viewBox") == "0 0 48 48"
        (group,) = list(symbol)
        assert group.get("stroke") and group.get("stroke-width") == "2.5" and group.get("fill") == "none"
        assert len(list(group)) >= 2 and group.find(f"{SVG}title") is None


def test_conceptual_figures_have_no_images() -> None:
    assert list(parse(rendered(ICON_CITY, "layers").outputs["svg"]).iter(f"{SVG}image")) == []


def test_node_titles_name_things_as_readers_know_them() -> None:
    root = parse(rendered(ICON_CITY, "icons").outputs["svg"])
    titles = {
        g.get("id"): g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g") if g.find(f"{SVG}title") is not None
    }
    assert titles["icon-city-icons-n-cam"].splitlines()[0] == "Street cameras (Surveillance camera)"
    assert titles["icon-city-icons-e-cam.transmits.net"].splitlines()[0] == "Street cameras transmits City fibre"


def test_element_urls_become_links() -> None:
    root = parse(rendered(ICON_CITY, "icons").outputs["svg"])
    links = [a.get(f"{XLINK}href") for a in root.iter(f"{SVG}a")]
    assert links == ["https://example.org/fusion"]


def test_hostile_labels_are_drawn_literally() -> None:
    drawn = "\n".join(texts(rendered(HOSTILE, "all").outputs["svg"]))
    joined = drawn.replace("\n", "")  # a word wider than a line is cut at a safe place
    for name in HOSTILE_NAMES.values():
        for line in name.split("\n"):
            for word in line.split(" "):
                assert word in (drawn if len(word) <= 22 else joined), (word, name)
    assert 'label "with" <angle> & {brace}' in drawn.replace("\n", " ")
    assert "\\N" in drawn and "&amp;" in drawn and "&#60;" in drawn
    root = parse(rendered(HOSTILE, "all").outputs["svg"])
    assert root[0].text == 'Hostile "title" <&>'
    assert root[1].text == 'Alt text with <tags> & "quotes".'
    assert not any(local(el.tag) in {"b", "table", "script"} for el in root.iter())


def _scene() -> Scene:
    node = SceneNode(id="a", label="A", kind="k", kind_name="K", layer="l")
    return Scene(figure_id="f", title="T", caption="c", alt_text="alt", direction="TB", nodes=(node,), edges=())


def test_post_processing_removes_what_could_run_or_reach_out() -> None:
    raw = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10pt" height="10pt"
 onload="alert(1)">
<script>alert(2)</script>
<g id="f-n-a" class="node" onclick="alert(3)"><title>a</title>
<a xlink:href="javascript:alert(4)"><text>A</text></a>
<image xlink:href="/etc/passwd" width="1" height="1"/>
<image xlink:href="file:///etc/passwd" width="1" height="1"/>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
</g><g id="other"/></svg>"""
    svg = finish_svg(raw, _scene(), {})
    for bad in (b"alert", b"script", b"passwd", b"foreignObject", b"javascript", b"onload", b"onclick"):
        assert bad not in svg, bad
    root = parse(svg)
    assert {el.get("id") for el in root.iter() if el.get("id")} == {"f-title", "f-desc", "f-n-a", "f-other"}


@pytest.mark.parametrize(
    ("model_id", "boundary_id"),
    [("m", "city"), ("m", "legend"), ("clusterville", "net")],
    ids=["boundary-named-like-a-layer", "boundary-named-legend", "model-id-starting-cluster"],
)
def test_ids_a_model_may_choose_keep_every_cluster_apart(model_id: str, boundary_id: str) -> None:
    """Each cluster drawn once, nothing but clusters drawn as boxes, and dot does not crash."""
    from citystack.render.pipeline import render_figure

    from .test_scene import clashing_model

    root = parse(render_figure(clashing_model(model_id, boundary_id), "v").outputs["svg"])
    clusters = [g for g in root.iter(f"{SVG}g") if g.get("class", "").startswith(("cluster", "group-"))]
    titles = sorted(g.find(f"{SVG}title").text for g in clusters)
    assert titles == sorted(["City and residents", "Legend", "Net", "Networks", "Sensing and data sources"])


def test_post_processing_keeps_no_fetch_animation_or_style() -> None:
    """What a deny-list of script and foreignObject misses: links rewritten by animation, fetches, CSS."""
    raw = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10pt" height="10pt">
<style>@import url(https://evil.example/a.css);</style>
<g id="f-n-a" class="node"><title>a</title>
<a xlink:href="https://example.org/ok"><set attributeName="href" to="javascript:alert(1)"/>
<animate attributeName="xlink:href" values="javascript:alert(2)"/><text>A</text></a>
<use xlink:href="https://evil.example/sprite.svg#x"/>
<path fill="url(https://evil.example/paint.svg#p)" stroke="url( 'file:///etc/x' )" d="M0 0"/>
<polygon fill="url(#local)" points="0,0 1,1"/>
<text xlink:href="mailto:a@example.org">B</text>
</g></svg>"""
    svg = finish_svg(raw, _scene(), {})
    for bad in (b"evil", b"javascript", b"alert", b"file:", b"<style", b"<set", b"<animate", b"<use", b"mailto"):
        assert bad not in svg, bad
    root = parse(svg)
    assert [a.get(f"{XLINK}href") for a in root.iter(f"{SVG}a")] == ["https://example.org/ok"]
    assert [p.get("fill") for p in root.iter(f"{SVG}polygon")] == ["url(#local)"]
    assert [local(el.tag) for el in root.iter(f"{SVG}path")] == ["path"]  # the drawing stays, its fetches go
