"""Classifying every difference between two aligned models (the classes are defined in docs/compare.md)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from citystack.compare.align import Alignment
from citystack.compare.profile import StackProfile
from citystack.compare.records import Cite, Difference, DifferenceClass, Match

__all__ = ["classify"]

_Key = tuple[str, str]


def _cites(p: StackProfile, element_id: str | None) -> tuple[Cite, ...]:
    if element_id is None:
        return ()
    return tuple(
        Cite.model_construct(
            element=element_id,
            source=e.source,
            status=e.status.value,
            quote=e.quote,
            reason=e.reason,
            locator=e.locator,
        )
        for e in p.element(element_id).evidence
    )


def _names(p: StackProfile, ids: frozenset[str]) -> tuple[str, ...]:
    return tuple(p.element(i).name for i in p.ordered(ids))


def _keyed(ids: frozenset[str], counterpart: Mapping[str, str], side: str) -> frozenset[_Key]:
    """Ids as keys both models share: the matched pair for a matched element, else the side and the id."""
    return frozenset(("pair", counterpart[i]) if i in counterpart else (side, i) for i in ids)


def _role_of_unmatched(p: StackProfile, element_id: str) -> DifferenceClass:
    if element_id in p.overseers:
        return DifferenceClass.OVERSIGHT
    if p.outside_reach.get(element_id):
        return DifferenceClass.OUTSIDE_ACCESS
    if any(element_id in actors for actors in p.sends_to.values()):
        return DifferenceClass.DATA_ELSEWHERE
    return DifferenceClass.ONLY_IN_ONE


def _unmatched(p: StackProfile, ids: tuple[str, ...], side: str) -> Iterator[Difference]:
    for element_id in ids:
        element = p.element(element_id)
        cls = _role_of_unmatched(p, element_id)
        detail = (element.name,)
        if side == "a":
            yield Difference.model_construct(
                kind=cls, layer=element.layer, a=element_id, b=None, a_detail=detail, a_evidence=_cites(p, element_id)
            )
        else:
            yield Difference.model_construct(
                kind=cls, layer=element.layer, a=None, b=element_id, b_detail=detail, b_evidence=_cites(p, element_id)
            )


def _difference(
    cls: DifferenceClass, match: Match, pa: StackProfile, pb: StackProfile, *details: tuple[str, ...]
) -> Difference:
    a_detail, b_detail = details
    return Difference.model_construct(
        kind=cls,
        layer=match.layer,
        a=match.a,
        b=match.b,
        a_detail=a_detail,
        b_detail=b_detail,
        a_evidence=_cites(pa, match.a),
        b_evidence=_cites(pb, match.b),
    )


def _related_sets(p: StackProfile, element_id: str) -> dict[DifferenceClass, frozenset[str]]:
    """The elements each class compares for one element: its operators, data destinations, overseers, outsiders.

    For an outside actor the last two turn round: the inside elements whose data reaches it, and
    the inside elements it reaches.
    """
    empty: frozenset[str] = frozenset()
    if element_id in p.outside_reach:
        return {
            DifferenceClass.DIFFERENT_OPERATOR: p.operated_by.get(element_id, empty),
            DifferenceClass.DATA_ELSEWHERE: p.receives.get(element_id, empty),
            DifferenceClass.OVERSIGHT: p.governed_by.get(element_id, empty),
            DifferenceClass.OUTSIDE_ACCESS: frozenset(p.outside_reach[element_id]),
        }
    return {
        DifferenceClass.DIFFERENT_OPERATOR: p.operated_by.get(element_id, empty),
        DifferenceClass.DATA_ELSEWHERE: p.sends_to.get(element_id, empty),
        DifferenceClass.OVERSIGHT: p.governed_by.get(element_id, empty),
        DifferenceClass.OUTSIDE_ACCESS: p.reached_by.get(element_id, empty),
    }


def _matched(
    pa: StackProfile, pb: StackProfile, match: Match, keys: tuple[dict[str, str], dict[str, str]]
) -> Iterator[Difference]:
    """The classes in which two matched elements differ, one difference each (operator may give two)."""
    ea, eb = pa.element(match.a), pb.element(match.b)
    sets_a, sets_b = _related_sets(pa, match.a), _related_sets(pb, match.b)
    serves_a, serves_b = pa.serves.get(match.a, frozenset()), pb.serves.get(match.b, frozenset())
    if ea.kind != eb.kind or serves_a != serves_b:
        yield _difference(
            DifferenceClass.DIFFERENT_PURPOSE,
            match,
            pa,
            pb,
            (f"kind {ea.kind}", *sorted(serves_a)),
            (f"kind {eb.kind}", *sorted(serves_b)),
        )
    for cls in sets_a:
        if _keyed(sets_a[cls], keys[0], "a") != _keyed(sets_b[cls], keys[1], "b"):
            yield _difference(cls, match, pa, pb, _names(pa, sets_a[cls]), _names(pb, sets_b[cls]))
        if (
            cls is DifferenceClass.DIFFERENT_OPERATOR
            and (ea.operator or "").casefold() != (eb.operator or "").casefold()
        ):
            yield _difference(cls, match, pa, pb, (ea.operator or "(none named)",), (eb.operator or "(none named)",))


def classify(pa: StackProfile, pb: StackProfile, alignment: Alignment) -> list[Difference]:
    """Every difference: one per unmatched element, and one per class in which a matched pair differs."""
    keys = ({m.a: f"{m.a}|{m.b}" for m in alignment.matches}, {m.b: f"{m.a}|{m.b}" for m in alignment.matches})
    found = [*_unmatched(pa, alignment.only_in_a, "a"), *_unmatched(pb, alignment.only_in_b, "b")]
    for match in alignment.matches:
        found.extend(_matched(pa, pb, match, keys))
    return found
