"""Property: any valid model written out as JSON or YAML reads back as an equal model."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citystack import Element, Evidence, Fact, Model, Relation, Source, Status, load_model
from citystack.serialize import model_to_text

# Printable text without the control characters and surrogates the model refuses.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x85"),
    min_size=1,
    max_size=40,
)
LAYERS = {"residents": "city", "cctv_camera": "sensing", "fibre": "network", "data_fusion": "platform"}


@st.composite
def models(draw: st.DrawFn) -> Model:
    count = draw(st.integers(min_value=1, max_value=6))
    kinds = [draw(st.sampled_from(sorted(LAYERS))) for _ in range(count)]
    evidence = Evidence(
        source="s",
        quote=draw(TEXT),
        status=draw(st.sampled_from(list(Status))),
        reason=draw(st.none() | TEXT),
    )
    elements = tuple(
        Element(id=f"e{i}", name=draw(TEXT), kind=kind, layer=LAYERS[kind], evidence=(evidence,))
        for i, kind in enumerate(kinds)
    )
    relations = tuple(
        Relation(source=f"e{i}", target=f"e{i + 1}", kind="transmits", label=draw(st.none() | TEXT))
        for i in range(count - 1)
    )
    value = draw(st.floats(allow_nan=False, allow_infinity=False, width=64))
    facts = (Fact(id="f", label=draw(TEXT), value=value, unit=draw(TEXT), evidence=(evidence,)),)
    return Model(
        id="prop",
        title=draw(TEXT),
        vocabulary="smart-city-stack",
        sources=(Source(id="s", title=draw(TEXT)),),
        elements=elements,
        relations=relations,
        facts=facts,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(model=models())
def test_any_model_round_trips_through_json_and_yaml(model: Model) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("json", "yaml"):
            path = Path(folder) / f"model.{fmt}"
            path.write_text(model_to_text(model, fmt), encoding="utf-8")
            assert load_model(path).model == model
