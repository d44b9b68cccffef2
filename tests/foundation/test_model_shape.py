"""The model records: frozen, strict, and safe for text that ends up in SVG and terminals."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from citystack import Element, Evidence, Fact, Model, Relation, Source
from citystack.model import ModelIntegrityError


def element(**changes: object) -> Element:
    fields: dict[str, object] = {"id": "cam", "name": "Camera", "kind": "cctv_camera", "layer": "sensing"}
    return Element.model_validate({**fields, **changes})


def test_records_are_frozen() -> None:
    cam = element()
    with pytest.raises(ValidationError):
        cam.name = "Other"  # type: ignore[misc]


@pytest.mark.parametrize(
    "changes",
    [
        {"colour": "red"},
        {"id": "1starts-with-digit"},
        {"id": "has space"},
        {"name": ""},
        {"name": "x" * 161},
        {"name": "bell\x07"},
        {"name": "nul\x00"},
        {"description": "escape \x1b[31m"},
        {"url": "javascript:alert(1)"},
        {"url": "JavaScript:alert(1)"},
        {"url": "file:///etc/passwd"},
        {"url": "//evil.example/x"},
        {"url": "data:text/html,hi"},
    ],
)
def test_bad_fields_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        element(**changes)


@pytest.mark.parametrize("url", ["https://example.org/a?b=c", "http://x.org", "mailto:a@b.org", "#part", "notes/a.md"])
def test_safe_urls_are_kept(url: str) -> None:
    assert element(url=url).url == url


def test_labels_with_markup_characters_are_text_not_errors() -> None:
    name = 'Quotes " \\ ] ; { } < > & and Unicode 监控 ✓\nsecond line'
    assert element(name=name).name == name


def test_nan_and_infinity_are_refused() -> None:
    for value in (float("nan"), float("inf")):
        with pytest.raises(ValidationError):
            Fact(id="f", label="F", value=value, unit="u")


def test_relation_gets_a_stable_default_id() -> None:
    assert Relation(source="a", target="b", kind="feeds").id == "a.feeds.b"
    assert Relation(id="named", source="a", target="b", kind="feeds").id == "named"


def test_model_reports_every_cross_reference_problem_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        Model(
            id="m",
            title="M",
            vocabulary="smart-city-stack",
            sources=(Source(id="s", title="S"),),
            elements=(
                element(),
                element(layer="nowhere"),
                Element(id="x", name="X", kind="no_kind", layer="city", evidence=(Evidence(source="ghost"),)),
            ),
            relations=(Relation(source="cam", target="missing", kind="teleports"),),
        )
    text = str(caught.value)
    assert "6 cross-reference problem(s)" in text
    fragments = ["duplicate element", "unknown layer", "unknown element kind", "unknown source"]
    fragments += ["unknown element", "unknown relation kind"]
    for fragment in fragments:
        assert fragment in text
    assert isinstance(caught.value.errors()[0]["ctx"]["error"], ModelIntegrityError)


def test_unknown_vocabulary() -> None:
    with pytest.raises(ValidationError, match="unknown vocabulary 'nope'"):
        Model(id="m", title="M", vocabulary="nope")


def test_kind_must_fit_its_layer() -> None:
    with pytest.raises(ValidationError, match="may not sit in layer"):
        Model(id="m", title="M", vocabulary="smart-city-stack", elements=(element(layer="network"),))
