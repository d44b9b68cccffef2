"""CLM001-CLM002: each claim evaluated on the relations; failures are errors, passes are notes."""

from __future__ import annotations

from citystack.load import load_model
from citystack.rules import evaluate_claim
from citystack.rules.graph import ModelGraph

EV = "evidence: [{source: paper, quote: q}]"
S = "statement: S., kind"


def claim(line: str) -> dict[str, list[str]]:
    return {"claims:": [f"  - {{{line}, {EV}}}  # <-"]}


def test_CLM001_passes_when_claims_hold(kit):
    assert kit.run(kit.stack, "CLM001") == []


def test_CLM001_reports_a_reach_that_fails(kit):
    text = kit.variant(
        kit.stack,
        add=claim(f"id: fibre-controls, {S}: reaches, subject: fibre, objects: [police, city], via: [controls]"),
    )
    finding = kit.only(text, "CLM001")
    assert (finding.item, finding.line) == ("fibre-controls", kit.marked(text)[0])
    assert "'fibre' does not reach police, residents, roads via controls" in finding.message


def test_CLM001_reports_a_reach_that_should_not_exist_with_its_path(kit):
    text = kit.variant(
        kit.stack, add=claim(f"id: hands-off, {S}: does_not_reach, subject: centre, objects: [residents]")
    )
    finding = kit.only(text, "CLM001")
    assert (finding.item, finding.line) == ("hands-off", kit.marked(text)[0])
    assert "e.g. centre -controls-> police -controls-> residents" in finding.message


def test_CLM002_reports_a_claim_that_holds(kit):
    text = kit.variant(kit.stack, mark=("{id: centre-controls-city,",))
    finding = kit.only(text, "CLM002")
    assert (finding.item, finding.line, finding.severity.value) == ("centre-controls-city", kit.marked(text)[0], "info")
    assert "reaches all 2 object(s) via controls" in finding.message


def test_CLM002_is_silent_on_a_failing_claim(kit):
    text = kit.variant(
        kit.stack,
        drop=("{id: centre-controls-city,",),
        add=claim(f"id: none, {S}: does_not_reach, subject: roads, objects: [centre]"),
    )
    assert kit.run(text, "CLM002") == []


def test_evaluate_claim_expands_layers_and_fails_on_an_empty_layer(kit):
    text = kit.variant(
        kit.stack,
        add={
            "claims:": [
                f"  - {{id: c1, {S}: reaches, subject: centre, objects: [application], via: [controls], {EV}}}",
                f"  - {{id: c2, {S}: reaches, subject: supplier, objects: [outside], {EV}}}",
                f"  - {{id: c3, {S}: does_not_reach, subject: residents, objects: [operation], via: [controls], {EV}}}",
            ]
        },
    )
    loaded = load_model(kit.write(text))
    graph = ModelGraph(loaded.model)
    results = {c.id: evaluate_claim(graph, c) for c in loaded.model.claims}
    assert results["c1"].holds and results["c1"].objects == ("police", "traffic")
    assert not results["c2"].holds and results["c2"].empty_layers == ("outside",)  # the subject is its only element
    assert results["c3"].holds and results["c3"].reached == ()


OUTSIDER = (
    "  - {id: outsider, name: Outsider, kind: outsider, layer: outside, "
    "evidence: [{source: paper, quote: outsider}]}"
)


def test_CLM003_passes_when_a_claim_could_have_failed(kit):
    assert kit.run(kit.stack, "CLM003") == []
    blocked = "  - {source: outsider, target: fibre, kind: blocked, evidence: [{source: paper, quote: an outsider}]}"
    text = kit.variant(
        kit.stack,
        add={
            "elements:": [OUTSIDER],
            "relations:": [blocked],
            "claims:": [f"  - {{id: kept-out, {S}: does_not_reach, subject: outsider, objects: [platform], {EV}}}"],
        },
    )
    assert kit.run(text, "CLM001,CLM003") == []  # the drawn, blocked access backs the claim


def test_CLM003_reports_a_claim_whose_subject_has_no_relation(kit):
    text = kit.variant(
        kit.stack,
        add={
            "elements:": [OUTSIDER],
            **claim(f"id: kept-out, {S}: does_not_reach, subject: outsider, objects: [platform]"),
        },
    )
    finding = kit.only(text, "CLM003")
    assert (finding.item, finding.line, finding.severity.value) == ("kept-out", kit.marked(text)[0], "warning")
    assert "holds vacuously: no relation leaves 'outsider' and no blocked relation is drawn at it" in finding.message


def test_CLM003_reports_a_claim_with_nothing_of_its_via_kinds_or_no_object(kit):
    text = kit.variant(
        kit.stack,
        add={
            "claims:": [
                f"  - {{id: no-control, {S}: does_not_reach, subject: camera, objects: [police], via: [controls], "
                f"{EV}}}",
                f"  - {{id: no-object, {S}: does_not_reach, subject: supplier, objects: [outside], {EV}}}",
                f"  - {{id: checked, {S}: does_not_reach, subject: camera, objects: [supplier], {EV}}}",
            ]
        },
    )  # the camera transmits but controls nothing; the supplier is the only element of 'outside'
    found = {f.item: f.message for f in kit.run(text, "CLM003")}
    assert set(found) == {"no-control", "no-object"}
    assert "no relation of kind controls leaves 'camera'" in found["no-control"]
    assert "holds vacuously: its objects name no element" in found["no-object"]
