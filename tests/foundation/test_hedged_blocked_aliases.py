"""The model-level additions for faithful figures: hedged evidence, blocked relation kinds, element aliases."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from citystack import Element, Evidence, Fact, Status
from citystack.vocabularies import MARKET, SHIPPED, SMART_CITY_STACK


def test_hedged_is_a_status_between_asserted_and_inferred() -> None:
    assert [s.value for s in Status] == ["asserted", "hedged", "inferred", "contested"]
    hedged = Evidence(source="paper", status="hedged", quote="may be able to control")
    assert hedged.status is Status.HEDGED


@pytest.mark.parametrize(
    ("statuses", "weakest"),
    [
        (("asserted",), "asserted"),
        (("asserted", "hedged"), "hedged"),
        (("hedged", "inferred"), "inferred"),
        (("hedged", "contested"), "contested"),
    ],
)
def test_a_fact_takes_the_weakest_status_of_its_evidence(statuses: tuple[str, ...], weakest: str) -> None:
    evidence = tuple(Evidence(source="s", status=s, quote="q", reason="r", competing=("o",)) for s in statuses)
    assert Fact(id="f", label="F", value=1, unit="u", evidence=evidence).status.value == weakest


def test_elements_declare_the_sources_own_terms_as_aliases() -> None:
    residents = Element(
        id="residents", name="Residents", kind="residents", layer="city", aliases=("individuals in the closed net",)
    )
    assert residents.aliases == ("individuals in the closed net",)
    assert Element(id="r", name="R", kind="residents", layer="city").aliases == ()
    for bad in ("", "x" * 161, "bell\x07"):
        with pytest.raises(ValidationError):
            Element(id="r", name="R", kind="residents", layer="city", aliases=(bad,))


@pytest.mark.parametrize("vocab", [SMART_CITY_STACK, MARKET], ids=lambda v: v.id)
def test_the_stack_and_market_vocabularies_have_a_blocked_kind_that_carries_nothing(vocab) -> None:
    blocked = vocab.relation_kind("blocked")
    assert blocked is not None and blocked.blocked
    assert not (blocked.carries_data or blocked.controls or blocked.feedback)
    assert blocked.pairs == () and blocked.direction == "any"  # any access may be refused


def test_only_the_blocked_kinds_are_blocked() -> None:
    found = {(v.id, k.id) for v in SHIPPED.values() for k in v.relation_kinds if k.blocked}
    assert found == {("smart-city-stack", "blocked"), ("market", "blocked")}
