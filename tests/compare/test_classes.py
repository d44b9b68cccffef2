"""Alignment and every class of difference, pinned on the small fixtures to hand-worked results."""

from __future__ import annotations

from citystack import Model, compare
from citystack.compare import DifferenceClass as C


def _found(alpha: Model, beta: Model, cls: C) -> set[tuple[str | None, str | None]]:
    """The (A element, B element) pairs of every difference of one class."""
    return {(d.a, d.b) for d in compare(alpha, beta).differences if d.kind is cls}


def test_alignment_steps(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    how = {(m.a, m.b): m.how for m in result.matches}
    assert how == {
        ("fusion", "platform"): "mapping",  # beta declares the counterpart
        ("res", "res"): "id",
        ("infra", "infra"): "id",
        ("net", "net"): "id",
        ("predict", "predict"): "id",
        ("police", "police"): "id",
        ("cam", "cam2"): "kind",  # the only cctv_camera of each sensing layer
    }
    assert result.only_in_a == ("phone", "plate", "staff", "state")
    assert result.only_in_b == ("meter", "traffic", "ops", "company", "trust")


def test_every_element_is_matched_or_only_in_one(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    seen_a = [m.a for m in result.matches] + list(result.only_in_a)
    seen_b = [m.b for m in result.matches] + list(result.only_in_b)
    assert sorted(seen_a) == sorted(e.id for e in alpha.elements)
    assert sorted(seen_b) == sorted(e.id for e in beta.elements)


def test_names_pair_elements_of_different_kinds_in_one_layer() -> None:
    from citystack import Element

    def model(model_id: str, kind: str) -> Model:
        return Model(
            id=model_id,
            title=model_id,
            vocabulary="smart-city-stack",
            elements=(Element(id=f"{model_id}_x", name="Traffic control centre", kind=kind, layer="application"),),
        )

    result = compare(model("left", "traffic_control"), model("right", "city_service"))
    assert [(m.a, m.b, m.how, m.score) for m in result.matches] == [("left_x", "right_x", "name", 1.0)]


def test_present_in_one_only(alpha: Model, beta: Model) -> None:
    found = _found(alpha, beta, C.ONLY_IN_ONE)
    assert found == {
        ("phone", None),
        ("plate", None),
        ("staff", None),
        (None, "meter"),
        (None, "traffic"),
        (None, "ops"),
    }


def test_different_operator(alpha: Model, beta: Model) -> None:
    # vendor staff run police (and through it the residents) in alpha; city operators run police,
    # traffic and so the residents and the infrastructure in beta.
    found = _found(alpha, beta, C.DIFFERENT_OPERATOR)
    assert found == {("res", "res"), ("infra", "infra"), ("police", "police")}
    police = next(d for d in compare(alpha, beta).differences if d.kind is C.DIFFERENT_OPERATOR and d.a == "police")
    assert (police.a_detail, police.b_detail) == (("Vendor staff",), ("City operators",))


def test_different_purpose(alpha: Model, beta: Model) -> None:
    # alpha's data serves police only; beta's serves police and traffic control; fusion/platform differ in kind.
    found = _found(alpha, beta, C.DIFFERENT_PURPOSE)
    assert found == {
        ("res", "res"),
        ("infra", "infra"),
        ("cam", "cam2"),
        ("net", "net"),
        ("fusion", "platform"),
        ("predict", "predict"),
    }
    cam = next(d for d in compare(alpha, beta).differences if d.kind is C.DIFFERENT_PURPOSE and d.a == "cam")
    assert cam.a_detail == ("kind cctv_camera", "police")
    assert cam.b_detail == ("kind cctv_camera", "police", "traffic_control")


def test_data_flowing_elsewhere(alpha: Model, beta: Model) -> None:
    # beta's platform sends on to the company, and with it everything upstream of the platform.
    found = _found(alpha, beta, C.DATA_ELSEWHERE)
    assert found == {
        ("res", "res"),
        ("infra", "infra"),
        ("cam", "cam2"),
        ("net", "net"),
        ("fusion", "platform"),
        (None, "company"),
    }


def test_oversight_in_one_only(alpha: Model, beta: Model) -> None:
    found = _found(alpha, beta, C.OVERSIGHT)
    assert found == {("fusion", "platform"), (None, "trust")}


def test_outside_access_in_one_only(alpha: Model, beta: Model) -> None:
    found = _found(alpha, beta, C.OUTSIDE_ACCESS)
    assert found == {
        ("res", "res"),
        ("cam", "cam2"),
        ("net", "net"),
        ("fusion", "platform"),
        ("predict", "predict"),
        ("police", "police"),
        ("state", None),
    }


def test_counts_cover_every_class(alpha: Model, beta: Model) -> None:
    assert compare(alpha, beta).counts() == {
        "present_in_one_only": 6,
        "different_operator": 3,
        "different_purpose": 6,
        "data_flows_elsewhere": 6,
        "oversight_in_one_only": 2,
        "outside_access_in_one_only": 7,
    }


def test_differences_carry_the_evidence_of_their_elements() -> None:
    from citystack import load_model

    from .conftest import REPO

    chinese = load_model(REPO / "models" / "stacks" / "chinese_integrated_stack.py").model
    western = load_model(REPO / "models" / "stacks" / "western_business_first_stack.py").model
    result = compare(chinese, western)
    trust = next(d for d in result.differences if d.b == "urban_data_trust")
    assert trust.kind is C.OVERSIGHT
    assert any(c.quote and "seek approval from the Trust" in c.quote for c in trust.b_evidence)
    assert {d.kind for d in result.differences} == set(C), "the shipped pair shows every class"
