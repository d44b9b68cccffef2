"""The frozen records a comparison is made of: matches, differences, metrics, and the whole."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "CLASS_ORDER",
    "Asymmetry",
    "Cite",
    "Comparison",
    "Difference",
    "DifferenceClass",
    "FusionBreadth",
    "Match",
    "MatchedBy",
    "Metrics",
    "OperatorReach",
    "OutsideAccess",
    "Path",
    "Side",
    "VendorConcentration",
    "VendorShare",
    "sort_differences",
    "sort_matches",
]

MatchedBy = Literal["mapping", "id", "kind", "name"]


class Record(BaseModel):
    """A frozen record; unlike model items its text was already validated in the models compared."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DifferenceClass(StrEnum):
    """The classes a difference between two stacks falls into (docs/compare.md defines each)."""

    ONLY_IN_ONE = "present_in_one_only"
    DIFFERENT_OPERATOR = "different_operator"
    DIFFERENT_PURPOSE = "different_purpose"
    DATA_ELSEWHERE = "data_flows_elsewhere"
    OVERSIGHT = "oversight_in_one_only"
    OUTSIDE_ACCESS = "outside_access_in_one_only"


#: The order classes are listed in, the paper's concerns first.
CLASS_ORDER = tuple(DifferenceClass)


class Match(Record):
    """Two elements, one of each model, that play the same role; ``how`` says which step paired them."""

    layer: str
    a: str
    b: str
    how: MatchedBy
    score: float

    def mirrored(self) -> Match:
        return self.model_copy(update={"a": self.b, "b": self.a})


class Cite(Record):
    """The evidence behind one side of a difference: an element's quote or the reason it is inferred."""

    element: str
    source: str
    status: str
    quote: str | None = None
    reason: str | None = None
    locator: str | None = None


class Difference(Record):
    """One classified difference; ``a_detail`` and ``b_detail`` say what each model has instead."""

    kind: DifferenceClass
    layer: str
    a: str | None
    b: str | None
    a_detail: tuple[str, ...] = ()
    b_detail: tuple[str, ...] = ()
    a_evidence: tuple[Cite, ...] = ()
    b_evidence: tuple[Cite, ...] = ()

    def mirrored(self) -> Difference:
        return self.model_copy(
            update={
                "a": self.b,
                "b": self.a,
                "a_detail": self.b_detail,
                "b_detail": self.a_detail,
                "a_evidence": self.b_evidence,
                "b_evidence": self.a_evidence,
            }
        )


class FusionBreadth(Record):
    """Breadth of data fusion: distinct kinds of sensing element whose data reaches a fusion element."""

    breadth: int
    source_kinds: tuple[str, ...]
    fusion_elements: tuple[str, ...]


class OperatorReach(Record):
    """The stacked layers (other than its own) an operator reaches, and their share of those layers."""

    operator: str
    name: str
    layers: tuple[str, ...]
    share: float


class OutsideAccess(Record):
    """The elements inside the city or closed net that one outside actor reaches."""

    actor: str
    name: str
    reaches: tuple[str, ...]


class Asymmetry(Record):
    """Reach pairs into the inside from outside actors against reach pairs from the inside out.

    ``index`` is ``(inward - outward) / (inward + outward)``: 1 when only outsiders reach in,
    -1 when only the inside reaches out, ``None`` when neither happens.
    """

    scope: str
    inward: int
    outward: int
    index: float | None


class Path(Record):
    """Steps (relations) on the shortest path from a sensing element to an element acting on the city."""

    steps: int | None
    elements: tuple[str, ...]


class VendorShare(Record):
    """One vendor's share of a layer's vendor-named elements (an element with n vendors counts 1/n each)."""

    vendor: str
    share: float


class VendorConcentration(Record):
    """Vendor concentration in one stacked layer: the Herfindahl-Hirschman index of vendor shares."""

    layer: str
    elements: int
    with_vendor: int
    vendors: tuple[VendorShare, ...]
    hhi: float | None


class Metrics(Record):
    """Every metric of one model, computed by the same functions for both models of a comparison."""

    fusion: FusionBreadth
    operator_reach: tuple[OperatorReach, ...]
    outside_access: tuple[OutsideAccess, ...]
    asymmetry: Asymmetry
    sensing_to_enforcement: Path
    vendor_concentration: tuple[VendorConcentration, ...]


class Side(Record):
    """One model of the comparison: who it is, how big, and its metrics."""

    id: str
    title: str
    elements: int
    relations: int
    metrics: Metrics


class Comparison(Record):
    """Two models aligned element by element, their differences classified, and both models' metrics.

    Every element of ``a`` is in exactly one match or in ``only_in_a``, and likewise for ``b``.
    ``mirrored()`` is what comparing ``b`` with ``a`` gives. Serialise with ``model_dump_json()``.
    """

    vocabulary: str
    layers: tuple[str, ...]
    a: Side
    b: Side
    matches: tuple[Match, ...]
    only_in_a: tuple[str, ...]
    only_in_b: tuple[str, ...]
    differences: tuple[Difference, ...]

    @property
    def identical(self) -> bool:
        """True when nothing differs: every element matched and no difference classified."""
        return not (self.only_in_a or self.only_in_b or self.differences)

    def counts(self) -> dict[str, int]:
        """The number of differences of each class, every class listed, in class order."""
        found = {cls.value: 0 for cls in CLASS_ORDER}
        for difference in self.differences:
            found[difference.kind.value] += 1
        return found

    def mirrored(self) -> Comparison:
        """The same comparison with the two models swapped, in the same canonical order."""
        ranks = {layer: index for index, layer in enumerate(self.layers)}
        return Comparison(
            vocabulary=self.vocabulary,
            layers=self.layers,
            a=self.b,
            b=self.a,
            matches=sort_matches((m.mirrored() for m in self.matches), ranks),
            only_in_a=self.only_in_b,
            only_in_b=self.only_in_a,
            differences=sort_differences((d.mirrored() for d in self.differences), ranks),
        )


def sort_matches(matches: Iterable[Match], ranks: dict[str, int]) -> tuple[Match, ...]:
    """Matches bottom layer first, then by the first model's element id."""
    return tuple(sorted(matches, key=lambda m: (ranks.get(m.layer, len(ranks)), m.a, m.b)))


def sort_differences(differences: Iterable[Difference], ranks: dict[str, int]) -> tuple[Difference, ...]:
    """Differences by class, then bottom layer first, then by the elements they concern."""
    order = {cls: index for index, cls in enumerate(CLASS_ORDER)}
    return tuple(
        sorted(differences, key=lambda d: (order[d.kind], ranks.get(d.layer, len(ranks)), d.a or "", d.b or ""))
    )
