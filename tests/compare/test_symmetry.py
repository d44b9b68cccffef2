"""compare(A, A) finds nothing; compare(B, A) is the mirror of compare(A, B), over generated model pairs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citystack import SMART_CITY_STACK, Boundary, Counterpart, Element, IncomparableModels, Model, Relation, compare

from .conftest import REPO

KINDS = [(kind.id, layer) for kind in SMART_CITY_STACK.kinds for layer in kind.layers]
RELATION_KINDS = [kind.id for kind in SMART_CITY_STACK.relation_kinds]
# Few ids, names and vendors, so that ids collide across models and names tie: the cases where
# an alignment that depends on argument order would show.
IDS = [f"e{i}" for i in range(8)]
NAMES = ["Camera", "Cameras", "Street camera", "Data platform", "Data fusion", "Police", "Staff", "Trust"]
VENDORS = ["Acme", "Bolt", "Core"]


@st.composite
def models(draw: st.DrawFn, model_id: str | None = None) -> Model:
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=8, unique=True))
    elements = []
    for element_id in ids:
        kind, layer = draw(st.sampled_from(KINDS))
        elements.append(
            Element(
                id=element_id,
                name=draw(st.sampled_from(NAMES)),
                kind=kind,
                layer=layer,
                vendors=tuple(draw(st.lists(st.sampled_from(VENDORS), max_size=2, unique=True))),
                operator=draw(st.sampled_from([None, None, "City", "Vendor"])),
            )
        )
    relations = {
        (s, t, k)
        for s, t, k in draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(ids), st.sampled_from(RELATION_KINDS)), max_size=14
            )
        )
        if s != t
    }
    members = draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    boundaries = ()
    if members:
        boundaries = (
            Boundary(
                id="edge",
                name="Edge",
                kind=draw(st.sampled_from(["city", "closed_net", "country"])),
                members=tuple(members),
            ),
        )
    counterparts = tuple(
        Counterpart(element=e, model=draw(st.sampled_from(["m1", "m2"])), counterpart=draw(st.sampled_from(IDS)))
        for e in draw(st.lists(st.sampled_from(ids), max_size=2))
    )
    return Model(
        id=model_id or draw(st.sampled_from(["m1", "m2"])),
        title="generated",
        vocabulary="smart-city-stack",
        elements=tuple(elements),
        relations=tuple(Relation(source=s, target=t, kind=k) for s, t, k in sorted(relations)),
        boundaries=boundaries,
        counterparts=counterparts,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(), models())
def test_compare_b_a_is_the_mirror_of_compare_a_b(a: Model, b: Model) -> None:
    try:
        forward = compare(a, b)
    except IncomparableModels:
        with pytest.raises(IncomparableModels):
            compare(b, a)
        return
    backward = compare(b, a)
    assert backward == forward.mirrored()
    assert backward.matches == forward.mirrored().matches
    assert (backward.only_in_a, backward.only_in_b) == (forward.only_in_b, forward.only_in_a)
    assert (backward.a.metrics, backward.b.metrics) == (forward.b.metrics, forward.a.metrics)


@settings(max_examples=100, deadline=None)
@given(models())
def test_a_model_compared_with_itself_has_no_difference(a: Model) -> None:
    result = compare(a, a)
    assert result.identical
    assert result.differences == () and result.only_in_a == () and result.only_in_b == ()
    assert result.a.metrics == result.b.metrics
    assert all(m.a == m.b for m in result.matches)


@pytest.mark.parametrize("name", ["chinese_integrated_stack.py", "western_business_first_stack.py"])
def test_each_shipped_stack_compared_with_itself_is_identical(name: str) -> None:
    from citystack import load_model

    model = load_model(REPO / "models" / "stacks" / name).model
    result = compare(model, model)
    assert result.identical and result.a.metrics == result.b.metrics
    assert len(result.matches) == len(model.elements)


def test_mirroring_twice_gives_the_comparison_back(alpha: Model, beta: Model) -> None:
    result = compare(alpha, beta)
    assert result.mirrored().mirrored() == result
    assert result.mirrored() != result
