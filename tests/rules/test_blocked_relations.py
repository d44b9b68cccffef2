"""Relations of a blocked kind: drawn so that an absence shows, never followed as a path."""

from __future__ import annotations

from citystack import Element, Evidence, Model, Relation, Source
from citystack.rules.causal import undeclared_cycles
from citystack.rules.graph import ModelGraph

EV = "evidence: [{source: paper, quote: q}]"
OUTSIDER = f"  - {{id: outsider, name: Outsider, kind: outsider, layer: outside, {EV}}}"
KEPT_OUT = (
    f"  - {{id: kept-out, statement: Outsiders cannot get in., kind: does_not_reach, subject: outsider, "
    f"objects: [fusion, residents], {EV}}}"
)


def _variant(kit, kind: str) -> str:
    relation = f"  - {{source: outsider, target: fusion, kind: {kind}, {EV}}}"
    return kit.variant(kit.stack, add={"elements:": [OUTSIDER], "relations:": [relation], "claims:": [KEPT_OUT]})


def test_a_blocked_relation_is_no_path_for_a_claim(kit):
    assert kit.run(_variant(kit, "blocked"), "CLM001") == []
    failing = kit.only(_variant(kit, "accesses"), "CLM001")  # the same arrow as real access breaks the claim
    assert "'outsider' reaches fusion" in failing.message


def test_a_blocked_relation_touches_its_ends_and_crosses_no_closed_net(kit):
    text = _variant(kit, "blocked")
    assert kit.run(text, "CON005") == []  # the outsider is drawn with its blocked arrow, not an orphan
    assert kit.run(text, "BND") == []  # blocked access is no leak through the closed net
    assert [f for f in kit.run(text, "LAY") if f.severity.value != "info"] == []  # any pair may be refused


def _market(*relations: tuple[str, str, str]) -> Model:
    said = (Evidence(source="p", quote="q"),)
    return Model(
        id="m",
        title="M",
        vocabulary="market",
        sources=(Source(id="p", title="P"),),
        elements=(
            Element(id="need", name="Need", kind="need", layer="demand", evidence=said),
            Element(id="west", name="West", kind="company", layer="supply", evidence=said),
        ),
        relations=tuple(Relation(source=s, target=t, kind=k, evidence=said) for s, t, k in relations),
    )


def test_the_graph_keeps_blocked_relations_apart():
    graph = ModelGraph(_market(("need", "west", "blocked")))
    assert graph.outgoing["need"] == [] and graph.incoming["west"] == []
    assert [r.id for r in graph.blocked["need"]] == ["need.blocked.west"] == [r.id for r in graph.blocked["west"]]
    assert graph.reach("need") == {}
    assert not graph.is_orphan("need") and not graph.is_orphan("west")


def test_a_blocked_relation_closes_no_cycle():
    assert undeclared_cycles(ModelGraph(_market(("need", "west", "seeks"), ("west", "need", "blocked")))) == []
