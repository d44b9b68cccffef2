"""Every metric pinned on the two small fixtures, to values worked out by hand from their files."""

from __future__ import annotations

from citystack import Element, Model, Relation, compare


def test_breadth_of_data_fusion(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    # alpha: cam, phone and plate all reach fusion over fibre: three kinds.
    assert result.a.metrics.fusion.breadth == 3
    assert result.a.metrics.fusion.source_kinds == ("cctv_camera", "phone", "plate_camera")
    assert result.a.metrics.fusion.fusion_elements == ("fusion",)
    # beta: a street camera and a parking sensor (iot_sensor) reach the platform.
    assert result.b.metrics.fusion.breadth == 2
    assert result.b.metrics.fusion.source_kinds == ("cctv_camera", "iot_sensor")


def test_operator_reach_share(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    # staff -controls-> police -controls-> res -captures-> cam ... -> fusion -> predict: all six other layers.
    (staff,) = result.a.metrics.operator_reach
    assert staff.operator == "staff"
    assert staff.layers == ("city", "sensing", "network", "platform", "analytics", "application")
    assert staff.share == 1.0
    (ops,) = result.b.metrics.operator_reach
    assert ops.operator == "ops" and ops.share == 1.0


def test_operator_reach_of_one_layer_is_one_sixth() -> None:
    model = Model(
        id="narrow",
        title="An operator that reaches one layer",
        vocabulary="smart-city-stack",
        elements=(
            Element(id="app", name="App", kind="city_service", layer="application"),
            Element(id="op", name="Op", kind="operator", layer="operation"),
        ),
        relations=(Relation(source="op", target="app", kind="controls"),),
    )
    (reach,) = compare(model, model).a.metrics.operator_reach
    assert reach.layers == ("application",)
    assert reach.share == round(1 / 6, 4)


def test_outside_access(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    # state -accesses-> fusion -> predict -> police -controls-> res -> cam, phone -> net; never infra or plate.
    (access,) = result.a.metrics.outside_access
    assert access.actor == "state"
    assert access.reaches == ("res", "cam", "phone", "net", "fusion", "predict", "police")
    # beta's trust only governs and its company only receives: no outside actor reaches in.
    assert result.b.metrics.outside_access == ()


def test_asymmetry_of_the_closed_net(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    asym_a = result.a.metrics.asymmetry
    assert (asym_a.scope, asym_a.inward, asym_a.outward, asym_a.index) == ("closed_net", 7, 0, 1.0)
    # beta: res, infra, cam2, meter, net and platform all send data on to the company; nothing reaches in.
    asym_b = result.b.metrics.asymmetry
    assert (asym_b.scope, asym_b.inward, asym_b.outward, asym_b.index) == ("city", 0, 6, -1.0)


def test_steps_from_sensing_to_enforcement(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    path_a = result.a.metrics.sensing_to_enforcement
    assert path_a.steps == 4
    assert path_a.elements == ("cam", "net", "fusion", "predict", "police")
    path_b = result.b.metrics.sensing_to_enforcement
    assert path_b.steps == 4
    assert path_b.elements == ("cam2", "net", "platform", "predict", "police")


def test_no_path_to_enforcement_is_none() -> None:
    model = Model(
        id="open",
        title="Sensors and nothing acting",
        vocabulary="smart-city-stack",
        elements=(Element(id="s", name="Sensor", kind="iot_sensor", layer="sensing"),),
    )
    path = compare(model, model).a.metrics.sensing_to_enforcement
    assert (path.steps, path.elements) == (None, ())


def test_vendor_concentration(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    sensing = next(v for v in result.a.metrics.vendor_concentration if v.layer == "sensing")
    # cam [Hik] and plate [Dah, Hik]: Hik 1 + 1/2 = 1.5 of 2, Dah 0.5 of 2; HHI 0.75^2 + 0.25^2.
    assert (sensing.elements, sensing.with_vendor) == (3, 2)
    assert [(v.vendor, v.share) for v in sensing.vendors] == [("Hik", 0.75), ("Dah", 0.25)]
    assert sensing.hhi == 0.625
    platform = next(v for v in result.a.metrics.vendor_concentration if v.layer == "platform")
    assert (platform.with_vendor, platform.vendors, platform.hhi) == (0, (), None)
    assert [v.layer for v in result.b.metrics.vendor_concentration] == [
        "city",
        "sensing",
        "network",
        "platform",
        "analytics",
        "application",
        "operation",
    ]
    assert next(v for v in result.b.metrics.vendor_concentration if v.layer == "sensing").hhi == 1.0
