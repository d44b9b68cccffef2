"""How hedged evidence and blocked relations are drawn: their own outline, arrowheads and legend lines."""

from __future__ import annotations

import pytest

from citystack import Element, Evidence, Model, Relation, Source, View
from citystack.render import scene_from_view
from citystack.render.dot_backend import edge_attrs, node_attrs
from citystack.render.mermaid import mermaid_flowchart
from citystack.render.pipeline import dot_source
from citystack.render.themes import get_theme

SAID = (Evidence(source="paper", quote="the closed net"),)
HEDGED = (Evidence(source="paper", status="hedged", quote="may be able to control information"),)
MODEL = Model(
    id="faithful",
    title="Faithful",
    vocabulary="smart-city-stack",
    sources=(Source(id="paper", title="Paper"),),
    elements=(
        Element(id="people", name="Residents", kind="residents", layer="city", evidence=SAID),
        Element(id="fusion", name="Fusion", kind="data_fusion", layer="platform", evidence=HEDGED),
        Element(id="state", name="Supplier state", kind="supplier_state", layer="outside", evidence=SAID),
        Element(id="others", name="Others", kind="outsider", layer="outside", evidence=SAID),
    ),
    relations=(
        Relation(source="state", target="fusion", kind="accesses", evidence=HEDGED),
        Relation(source="others", target="fusion", kind="blocked", evidence=SAID),
    ),
    views=(View(id="all", title="All", caption="c", alt_text="a"),),
)


@pytest.fixture(scope="module")
def scene():
    return scene_from_view(MODEL, "all")


def test_hedged_items_and_blocked_relations_are_marked_in_the_scene(scene) -> None:
    nodes = {n.id: n for n in scene.nodes}
    edges = {e.id: e for e in scene.edges}
    assert nodes["fusion"].status == "hedged" and nodes["people"].status == "asserted"
    assert edges["state.accesses.fusion"].status == "hedged" and not edges["state.accesses.fusion"].blocked
    assert edges["others.blocked.fusion"].blocked and edges["others.blocked.fusion"].status == "asserted"


def test_the_legend_has_a_hedged_line_and_the_blocked_kind(scene) -> None:
    legend = {(e.category, e.id): e for e in scene.legend}
    assert ("status", "hedged") in legend
    assert legend["relation", "blocked"].blocked and not legend["relation", "accesses"].blocked


@pytest.mark.parametrize("theme", ["default", "print"])
def test_hedged_and_blocked_have_their_own_outline_and_arrowheads(scene, theme) -> None:
    look = get_theme(theme)
    nodes = {n.id: n for n in scene.nodes}
    edges = {e.id: e for e in scene.edges}
    assert "diagonals" in node_attrs(nodes["fusion"], scene, look)["style"]
    assert "diagonals" not in node_attrs(nodes["people"], scene, look)["style"]
    hedged = edge_attrs(edges["state.accesses.fusion"], scene, look)["arrowhead"]
    assert hedged.endswith("odot") and not hedged.startswith("o")
    assert edge_attrs(edges["others.blocked.fusion"], scene, look)["arrowhead"] == "tee"


def test_the_dot_source_draws_the_legend_lines_for_hedged_and_blocked(scene) -> None:
    source = dot_source(scene, get_theme("default"), {})
    assert "hedged (corners cut, open dot: may, can, will)" in source
    assert "arrowhead=tee" in source and "arrowhead=normalodot" in source


def test_mermaid_draws_blocked_relations_with_a_cross_and_hedged_boxes_with_a_class(scene) -> None:
    text = mermaid_flowchart(scene)
    assert "n_others -.-x n_fusion" in text
    assert "classDef hedged" in text and "class n_fusion hedged" in text


def test_the_tooltip_says_hedged_and_shows_what_an_inference_rests_on() -> None:
    reading = Evidence(source="paper", status="inferred", quote="the closed net", reason="so the model reads it")
    access = Relation(source="state", target="fusion", kind="accesses", evidence=(*HEDGED, reading))
    model = MODEL.model_copy(update={"relations": (access,)})
    edge = scene_from_view(model, "all").edges[0]
    assert edge.status == "inferred"  # the least sure status wins
    assert "Hedged: \u201cmay be able to control information\u201d" in edge.tooltip
    assert "Inferred from \u201cthe closed net\u201d (Paper): so the model reads it" in edge.tooltip
