"""CON001-CON006: data goes onward and is used, loops close, no orphans, no islands."""

from __future__ import annotations

EV = "evidence: [{source: paper, quote: q}]"


def test_CON001_passes_on_a_complete_stack(kit):
    assert kit.run(kit.stack, "CON001") == []


def test_CON001_passes_through_an_element_of_the_same_layer(kit):
    text = kit.variant(
        kit.stack,
        drop=("source: fibre, target: fusion",),
        add={
            "elements:": [f"  - {{id: link, name: Link, kind: city_link, layer: network, {EV}}}"],
            "relations:": [
                f"  - {{source: fibre, target: link, kind: transmits, {EV}}}",
                f"  - {{source: link, target: fusion, kind: transmits, {EV}}}",
            ],
        },
    )
    assert kit.run(text, "CON001") == []


def test_CON001_reports_a_network_that_passes_nothing_on(kit):
    text = kit.variant(kit.stack, drop=("source: fibre, target: fusion",), mark=("{id: fibre,",))
    finding = kit.only(text, "CON001")
    assert (finding.item, finding.line) == ("fibre", kit.marked(text)[0])
    assert finding.line == 13


def test_CON002_passes_when_sensed_data_reaches_an_application(kit):
    assert kit.run(kit.stack, "CON002") == []


def test_CON002_reports_sensed_data_that_stops_at_analytics(kit):
    text = kit.variant(
        kit.stack,
        drop=("source: prediction, target: police", "source: prediction, target: traffic"),
        mark=("{id: camera,",),
    )
    finding = kit.only(text, "CON002")
    assert (finding.item, finding.line) == ("camera", kit.marked(text)[0])
    assert "stops at prediction" in finding.message


def test_CON003_passes_when_applications_are_fed(kit):
    assert kit.run(kit.stack, "CON003") == []


def test_CON003_reports_an_application_fed_by_no_data(kit):
    text = kit.variant(kit.stack, drop=("source: prediction, target: police",), mark=("{id: police,",))
    finding = kit.only(text, "CON003")
    assert (finding.item, finding.line) == ("police", kit.marked(text)[0])


def test_CON004_passes_when_applications_act_on_the_city(kit):
    assert kit.run(kit.stack, "CON004") == []


def test_CON004_reports_an_application_that_controls_nothing(kit):
    text = kit.variant(kit.stack, drop=("source: traffic, target: roads",), mark=("{id: traffic,",))
    finding = kit.only(text, "CON004")
    assert (finding.item, finding.line) == ("traffic", kit.marked(text)[0])
    assert "control loop is open" in finding.message


def test_CON005_passes_when_every_element_has_a_relation(kit):
    assert kit.run(kit.stack, "CON005") == []


def test_CON005_reports_an_orphan(kit):
    text = kit.variant(
        kit.stack,
        add={"elements:": [f"  - {{id: spare, name: Spare, kind: plate_camera, layer: sensing, {EV}}}  # <-"]},
    )
    finding = kit.only(text, "CON005")
    assert finding.item == "spare"
    assert finding.line == kit.marked(text)[0] == 10  # right after "elements:" on line 9


def test_CON006_passes_on_a_connected_model(kit):
    assert kit.run(kit.stack, "CON006") == []


def test_CON006_leaves_a_layer_of_orphans_to_CON005(kit):
    text = kit.variant(kit.stack, drop=("source: supplier",))
    assert kit.run(text, "CON006") == []
    assert [f.item for f in kit.run(text, "CON005")] == ["supplier"]


def test_CON006_reports_a_layer_joined_only_to_itself(kit):
    text = kit.variant(
        kit.stack,
        drop=("id: supplier", "source: supplier"),
        add={
            "elements:": [
                f"  - {{id: gov, name: Gov, kind: government, layer: outside, {EV}}}  # <-",
                f"  - {{id: firm, name: Firm, kind: company, layer: outside, {EV}}}",
            ],
            "relations:": [f"  - {{source: gov, target: firm, kind: supplies, {EV}}}"],
        },
    )
    finding = kit.only(text, "CON006")
    assert (finding.item, finding.line) == ("gov", kit.marked(text)[0])
    assert "'outside'" in finding.message
