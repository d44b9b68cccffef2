"""BND001-BND003: closed nets crossed only at gateways; one-way access and empty boundaries reported."""

from __future__ import annotations

EV = "evidence: [{source: paper, quote: q}]"
INNER = "residents, roads, camera, fusion, prediction, police, traffic, centre"
ACCESS = f"  - {{source: supplier, target: fusion, kind: accesses, {EV}}}  # <-"


def test_BND001_passes_through_a_gateway_and_ignores_supply(kit):
    text = kit.variant(
        kit.stack, add={"relations:": [f"  - {{source: supplier, target: fibre, kind: accesses, {EV}}}"]}
    )
    assert kit.run(text, "BND001") == []  # fibre is the gateway; supplier -supplies-> camera is no flow


def test_BND001_reports_a_flow_into_the_net_outside_its_gateway(kit):
    text = kit.variant(kit.stack, add={"relations:": [ACCESS]})
    finding = kit.only(text, "BND001")
    assert (finding.item, finding.line) == ("supplier.accesses.fusion", kit.marked(text)[0])
    assert "'net' at 'fusion'" in finding.message and "(fibre)" in finding.message


def test_BND001_counts_members_of_nested_boundaries(kit):
    text = kit.variant(
        kit.stack,
        drop=("{id: net,",),
        add={
            "boundaries:": [
                f"  - {{id: net, name: Net, kind: closed_net, members: [fibre], gateways: [fibre], {EV}}}",
                f"  - {{id: core, name: Core, kind: group, parent: net, members: [{INNER}], {EV}}}",
            ],
            "relations:": [ACCESS],
        },
    )
    finding = kit.only(text, "BND001")
    assert finding.item == "supplier.accesses.fusion"
    # everything but the supplier is inside the net through the nested group, so nothing else crosses


def test_BND002_passes_when_access_runs_both_ways(kit):
    text = kit.variant(
        kit.stack,
        drop=("{id: net,",),
        add={"boundaries:": [f"  - {{id: desk, name: Desk, kind: organisation, members: [police], {EV}}}"]},
    )
    items = {f.item for f in kit.run(text, "BND002")}
    # centre -controls-> police and police -feeds-> centre: two-way, not reported
    assert not any("centre" in item for item in items)


def test_BND002_reports_one_way_access_as_a_note(kit):
    text = kit.variant(kit.stack, add={"relations:": [ACCESS]})
    finding = kit.only(text, "BND002")
    assert finding.severity.value == "info"
    assert (finding.item, finding.line) == ("supplier.accesses.fusion", kit.marked(text)[0])
    assert "'supplier' reaches into closed_net 'net'" in finding.message


def test_BND002_reports_outward_only_access(kit):
    text = kit.variant(
        kit.stack,
        drop=("{id: net,",),
        add={"boundaries:": [f"  - {{id: desk, name: Desk, kind: organisation, members: [police], {EV}}}"]},
    )
    found = {f.item: f.message for f in kit.run(text, "BND002")}
    assert set(found) == {"prediction.feeds.police", "police.controls.residents"}
    assert "reaches out to 'residents'" in found["police.controls.residents"]


def test_BND003_passes_a_boundary_with_members_or_a_nested_boundary(kit):
    text = kit.variant(
        kit.stack,
        add={"boundaries:": [f"  - {{id: region, name: Region, kind: country, {EV}}}"]},
    )
    text = text.replace("{id: net,", "{id: net, parent: region,")
    assert kit.run(text, "BND003") == []


def test_BND003_warns_of_an_empty_boundary_at_its_line(kit):
    text = kit.variant(
        kit.stack,
        add={"boundaries:": [f"  - {{id: planned, name: Planned net, kind: closed_net, members: [], {EV}}}  # <-"]},
    )
    finding = kit.only(text, "BND003")
    assert (finding.item, finding.line, finding.severity.value) == ("planned", kit.marked(text)[0], "warning")
    assert finding.message == "closed_net 'planned' (Planned net) has no members; it is drawn as an empty frame"
