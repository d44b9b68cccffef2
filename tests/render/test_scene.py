"""Scenes: what a view selects, how it groups, and a legend of exactly what the figure uses."""

from __future__ import annotations

import pytest

from citystack import Boundary, Element, Evidence, LoadError, Model, Relation, Source, UsageError, View, load_model
from citystack.render import scene_from_view
from citystack.render.limits import MAX_NODES

from .conftest import HOSTILE, ICON_CITY, MINI, loaded

SAID = (Evidence(source="s", quote="q"),)


def test_legend_lists_exactly_the_kinds_relations_and_statuses_used() -> None:
    scene = scene_from_view(loaded(ICON_CITY), "icons")
    legend = {(e.category, e.id) for e in scene.legend}
    kinds = {("kind", n.kind) for n in scene.nodes}
    relations = {("relation", e.kind) for e in scene.edges}
    statuses = {("status", s) for s in {n.status for n in scene.nodes} | {e.status for e in scene.edges}}
    assert legend == kinds | relations | statuses
    assert ("status", "inferred") in legend and ("status", "contested") in legend


def test_excluding_an_element_drops_its_kind_and_relations_from_the_legend() -> None:
    scene = scene_from_view(loaded(ICON_CITY), "layers")  # excludes the supplier state
    assert "supplier" not in {n.id for n in scene.nodes}
    legend = {(e.category, e.id) for e in scene.legend}
    assert ("kind", "supplier_state") not in legend
    assert ("relation", "accesses") not in legend
    assert ("status", "contested") not in legend  # only the supplier's relation was contested


def test_a_figure_with_only_asserted_items_has_no_status_entries() -> None:
    scene = scene_from_view(loaded(MINI), "all")
    assert [e.category for e in scene.legend if e.category == "status"] == []
    assert {e.id for e in scene.legend if e.category == "kind"} == {"residents", "cctv_camera", "fibre"}


def test_inferred_and_contested_items_carry_their_status() -> None:
    scene = scene_from_view(loaded(ICON_CITY), "icons")
    nodes = {n.id: n for n in scene.nodes}
    edges = {e.id: e for e in scene.edges}
    assert nodes["phones"].status == "inferred"
    assert nodes["cam"].status == "asserted"
    assert edges["supplier.accesses.gate"].status == "contested"


def test_boundary_grouping_puts_each_element_in_its_innermost_boundary() -> None:
    scene = scene_from_view(loaded(ICON_CITY), "icons")
    groups = {g.id: g for g in scene.groups}
    assert groups["closed"].parent == "city" and groups["city"].parent == "country"
    nodes = {n.id: n for n in scene.nodes}
    assert nodes["fusion"].group == "closed"
    assert nodes["cam"].group == "city"
    assert nodes["supplier"].group is None


def test_layer_grouping_follows_the_vocabulary_order() -> None:
    scene = scene_from_view(loaded(MINI), "all")
    assert [g.id for g in scene.groups] == ["city", "sensing", "network"]
    assert [g.rank for g in scene.groups] == sorted(g.rank for g in scene.groups)


def test_layer_bands_are_drawn_inside_the_boundaries_that_span_several_layers() -> None:
    scene = scene_from_view(loaded(ICON_CITY), "layers")
    groups = {g.id: g for g in scene.groups}
    bands = [g for g in scene.groups if g.kind == "layer"]
    assert [(g.layer, g.parent) for g in bands] == [
        ("city", "city"),
        ("sensing", "city"),
        ("network", "closed"),
        ("platform", "closed"),
        ("application", "closed"),
    ]
    assert groups["closed"].parent == "city" and groups["city"].parent == "country"
    nodes = {n.id: n for n in scene.nodes}
    assert nodes["gate"].gateway and nodes["gate"].group == "closed"  # on the boundary, not in a band
    assert nodes["fusion"].group == "closed.platform" and not nodes["fusion"].gateway


def test_a_boundary_within_one_layer_is_drawn_inside_that_layer_band() -> None:
    model = loaded(ICON_CITY).model
    boundaries = (Boundary(id="sensors", name="Sensors", kind="group", members=("cam", "phones")),)
    scene = scene_from_view(model.model_copy(update={"boundaries": boundaries}), "layers")
    groups = {g.id: g for g in scene.groups}
    assert groups["sensors"].parent == "sensing"
    assert {n.id: n.group for n in scene.nodes}["cam"] == "sensors"


def test_facts_become_notes_and_sources_full_citations() -> None:
    scene = scene_from_view(loaded(ICON_CITY), "icons")
    assert scene.notes == ("Cameras in the city: 1200 cameras (contested: 900 per Another count)",)
    assert "A. Author (2020). A report on a city. https://example.org/r." in scene.sources
    assert "Another count. A Publisher." in scene.sources


def test_nodes_follow_the_layer_stack_then_the_declaration_order() -> None:
    """Authors order a row by declaring its elements in that order; the stack order always wins."""
    model = loaded(HOSTILE).model
    shuffled = model.model_copy(update={"elements": tuple(reversed(model.elements))})
    ids = [n.id for n in scene_from_view(shuffled, "all").nodes]
    ranks = [n.layer_rank for n in scene_from_view(shuffled, "all").nodes]
    assert ranks == sorted(ranks)
    for rank in set(ranks):
        row = [i for i, r in zip(ids, ranks, strict=True) if r == rank]
        declared = [e.id for e in shuffled.elements if e.id in row]
        assert row == declared
    assert scene_from_view(model, "all") == scene_from_view(model, "all")


def test_unknown_view_is_a_usage_error_naming_the_views() -> None:
    with pytest.raises(UsageError, match="has no view 'nope' \\(views: all"):
        scene_from_view(loaded(MINI), "nope")


def test_a_model_without_views_draws_everything() -> None:
    model = loaded(MINI).model.model_copy(update={"views": ()})
    scene = scene_from_view(model)
    assert len(scene.nodes) == 3 and scene.title == "Mini stack"


def test_too_many_elements_are_refused_before_dot_with_file_and_line(tmp_path) -> None:
    count = MAX_NODES + 1
    source = (
        "from citystack import Element, Evidence, Model, Source, View\n"
        "SAID = (Evidence(source='s', quote='q'),)\n"
        "model = Model(id='big', title='Big', vocabulary='smart-city-stack', sources=(Source(id='s', title='S'),),\n"
        f"    elements=tuple(Element(id=f'e{{i}}', name='E', kind='phone', layer='sensing', evidence=SAID) "
        f"for i in range({count})),\n"
        "    views=(\n"
        "        View(id='all', title='All', caption='c', alt_text='a'),\n"
        "    ),\n"
        ")\n"
    )
    path = tmp_path / "big.py"
    path.write_text(source)
    with pytest.raises(LoadError) as error:
        scene_from_view(load_model(path), "all")
    assert f"{count} elements" in str(error.value)
    assert "big.py:6" in str(error.value)


def test_boundaries_nested_in_a_cycle_are_refused() -> None:
    model = Model.model_construct(
        id="cyc",
        title="Cycle",
        vocabulary="smart-city-stack",
        sources=(Source(id="s", title="S"),),
        elements=(Element(id="a", name="A", kind="phone", layer="sensing", evidence=SAID),),
        relations=(),
        boundaries=(
            Boundary(id="b1", name="B1", kind="city", members=("a",), parent="b2"),
            Boundary(id="b2", name="B2", kind="city", members=(), parent="b1"),
        ),
        facts=(),
        views=(View(id="v", title="V", caption="c", alt_text="a", group_by="boundary"),),
        claims=(),
        suppressions=(),
    )
    with pytest.raises(LoadError, match="nested inside itself"):
        scene_from_view(model, "v")


def test_relations_to_hidden_elements_are_not_drawn() -> None:
    model = Model(
        id="m",
        title="M",
        vocabulary="smart-city-stack",
        sources=(Source(id="s", title="S"),),
        elements=(
            Element(id="a", name="A", kind="residents", layer="city", evidence=SAID),
            Element(id="b", name="B", kind="phone", layer="sensing", evidence=SAID),
        ),
        relations=(Relation(source="a", target="b", kind="captures", evidence=SAID),),
        views=(View(id="v", title="V", caption="c", alt_text="a", layers=("sensing",)),),
    )
    scene = scene_from_view(model, "v")
    assert [n.id for n in scene.nodes] == ["b"] and scene.edges == ()


def clashing_model(model_id: str = "m", boundary_id: str = "city") -> Model:
    """A closed net whose id a layer band would also take, residents outside it in the ``city`` band."""
    return Model(
        id=model_id,
        title="M",
        vocabulary="smart-city-stack",
        sources=(Source(id="s", title="S"),),
        elements=(
            Element(id="res", name="Residents", kind="residents", layer="city", evidence=SAID),
            Element(id="cam", name="Camera", kind="cctv_camera", layer="sensing", evidence=SAID),
            Element(id="fib", name="Fibre", kind="fibre", layer="network", evidence=SAID),
        ),
        relations=(
            Relation(source="res", target="cam", kind="captures", evidence=SAID),
            Relation(source="cam", target="fib", kind="transmits", evidence=SAID),
        ),
        boundaries=(Boundary(id=boundary_id, name="Net", kind="closed_net", members=("cam", "fib")),),
        views=(View(id="v", title="V", caption="c", alt_text="a"),),
    )


def test_a_boundary_with_a_layer_id_keeps_its_own_cluster() -> None:
    scene = scene_from_view(clashing_model(), "v")
    ids = [g.id for g in scene.groups]
    assert len(ids) == len(set(ids)), ids
    groups = {g.id: g for g in scene.groups}
    assert groups["city"].kind == "closed_net" and groups["city"].parent is None
    residents = groups[{n.id: n.group for n in scene.nodes}["res"]]
    assert residents.kind == "layer" and residents.layer == "city" and residents.parent is None
    bands = {(g.layer, g.parent) for g in scene.groups if g.kind == "layer"}
    assert bands == {("city", None), ("sensing", "city"), ("network", "city")}
