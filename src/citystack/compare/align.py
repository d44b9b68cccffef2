"""Aligning two models element by element: explicit counterparts, then id, then kind and layer, then name.

Each step pairs only elements the earlier steps left, and only within one layer. Where a step
has a choice, pairs are taken best name similarity first (rapidfuzz's token-sort ratio, 0-100),
ties broken by the two ids; ``compare`` runs this in one canonical orientation of the pair, so
the result never depends on which model was given first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from citystack.compare.errors import IncomparableModels, ModelProblem, SideName
from citystack.compare.records import Match, MatchedBy
from citystack.model import Element, Model

__all__ = ["NAME_CUTOFF", "Alignment", "align", "declared_pairs"]

#: Least token-sort similarity (0-100) for two names to pair elements of different kinds.
NAME_CUTOFF = 80.0


@dataclass(frozen=True)
class Alignment:
    """Matches, and the elements of each model that no step paired."""

    matches: tuple[Match, ...]
    only_in_a: tuple[str, ...]
    only_in_b: tuple[str, ...]


def declared_pairs(a: Model, b: Model) -> list[tuple[str, str, ModelProblem]]:
    """Counterparts either model declares for the other, each with where it is declared; bad ones raise."""
    problems: list[ModelProblem] = []
    pairs: list[tuple[str, str, ModelProblem]] = []
    if a.id == b.id:
        return []  # a model against itself, or a version of itself: ids align it; counterparts are for others
    sides: tuple[tuple[SideName, Model, Model, bool], ...] = (("a", a, b, False), ("b", b, a, True))
    for side, own, other, flip in sides:
        for index, item in enumerate(own.counterparts):
            if item.model != other.id:
                continue
            where = ModelProblem(side=side, model=own.id, loc=("counterparts", index), message="")
            target = other.element(item.counterpart)
            mine = own.element(item.element)
            if target is None:
                problems.append(
                    where.saying(f"counterpart {item.counterpart!r} is no element of model {other.id!r}", "counterpart")
                )
                continue
            if mine is not None and mine.layer != target.layer:
                problems.append(
                    where.saying(
                        f"{item.element!r} (layer {mine.layer}) cannot map to {item.counterpart!r} "
                        f"(layer {target.layer}): counterparts sit in the same layer",
                        "counterpart",
                    )
                )
                continue
            pair = (item.counterpart, item.element) if flip else (item.element, item.counterpart)
            pairs.append((pair[0], pair[1], where))
    seen_a: dict[str, tuple[str, ModelProblem]] = {}
    seen_b: dict[str, tuple[str, ModelProblem]] = {}
    unique: list[tuple[str, str, ModelProblem]] = []
    for left, right, where in pairs:
        earlier_a, earlier_b = seen_a.get(left), seen_b.get(right)
        if earlier_a and earlier_a[0] == right:
            continue  # the same pair declared again (in the other model, say): harmless
        if earlier_a or earlier_b:
            twice = left if earlier_a else right
            first = (earlier_a or earlier_b)[1]  # type: ignore[index]
            problems.append(
                where.saying(
                    f"element {twice!r} is mapped twice (first at {first.model}: {'.'.join(map(str, first.loc))})"
                )
            )
            continue
        seen_a[left] = (right, where)
        seen_b[right] = (left, where)
        unique.append((left, right, where))
    if problems:
        raise IncomparableModels(problems)
    return unique


def _greedy(left: list[Element], right: list[Element], cutoff: float, how: MatchedBy, layer: str) -> list[Match]:
    """Pairs of the two lists, most similar names first, each element at most once."""
    if not left or not right:
        return []
    names = [e.name for e in right]
    scored: list[tuple[float, str, str, int, int]] = []
    for i, element in enumerate(left):
        hits = process.extract(
            element.name,
            names,
            scorer=fuzz.token_sort_ratio,
            processor=utils.default_process,
            score_cutoff=cutoff,
            limit=None,
        )
        scored.extend((float(score), element.id, right[j].id, i, j) for _, score, j in hits)
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used_l: set[int] = set()
    used_r: set[int] = set()
    found = []
    for score, left_id, right_id, i, j in scored:
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        found.append(Match.model_construct(layer=layer, a=left_id, b=right_id, how=how, score=round(score / 100, 4)))
    return found


def _grouped(
    left: Iterable[Element], right: Iterable[Element], key: Callable[[Element], tuple[str, ...]]
) -> list[tuple[tuple[str, ...], list[Element], list[Element]]]:
    groups: dict[tuple[str, ...], tuple[list[Element], list[Element]]] = defaultdict(lambda: ([], []))
    for element in left:
        groups[key(element)][0].append(element)
    for element in right:
        groups[key(element)][1].append(element)
    return [(k, groups[k][0], groups[k][1]) for k in sorted(groups)]


def align(a: Model, b: Model) -> Alignment:
    """Pair every element of ``a`` with at most one of ``b`` (see the module docstring for the steps)."""
    left = {e.id: e for e in a.elements}
    right = {e.id: e for e in b.elements}
    matches: list[Match] = []

    def take(match: Match) -> None:
        matches.append(match)
        del left[match.a]
        del right[match.b]

    for a_id, b_id, _ in declared_pairs(a, b):
        take(Match.model_construct(layer=left[a_id].layer, a=a_id, b=b_id, how="mapping", score=1.0))
    for element_id in sorted(left.keys() & right.keys()):
        if left[element_id].layer == right[element_id].layer:
            take(Match.model_construct(layer=left[element_id].layer, a=element_id, b=element_id, how="id", score=1.0))
    for (layer, _), group_a, group_b in _grouped(left.values(), right.values(), lambda e: (e.layer, e.kind)):
        for match in _greedy(group_a, group_b, 0.0, "kind", layer):
            take(match)
    for (layer,), group_a, group_b in _grouped(left.values(), right.values(), lambda e: (e.layer,)):
        for match in _greedy(group_a, group_b, NAME_CUTOFF, "name", layer):
            take(match)
    return Alignment(matches=tuple(matches), only_in_a=tuple(left), only_in_b=tuple(right))
