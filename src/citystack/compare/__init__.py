"""Comparing two stack models: alignment, classified differences and metrics, never drawing or loading.

``compare(a, b)`` aligns the elements of two models on the same vocabulary, classifies every
difference and computes each model's metrics with the same functions; docs/compare.md gives
each step and formula. The result is the same, mirrored, when the models are given the other
way round.
"""

from __future__ import annotations

import hashlib

from citystack.compare.align import Alignment, align, declared_pairs
from citystack.compare.classify import classify
from citystack.compare.errors import IncomparableModels, ModelProblem, SideName
from citystack.compare.metrics import metrics
from citystack.compare.profile import StackProfile, profile
from citystack.compare.records import (
    Comparison,
    Difference,
    DifferenceClass,
    Match,
    Metrics,
    Side,
    sort_differences,
    sort_matches,
)
from citystack.model import Model, Vocabulary

__all__ = [
    "Comparison",
    "Difference",
    "DifferenceClass",
    "IncomparableModels",
    "Match",
    "Metrics",
    "ModelProblem",
    "compare",
]


def _vocabulary_problems(a: Model, b: Model) -> list[ModelProblem]:
    va, vb = a.vocab, b.vocab
    if va == vb:
        return []
    sides: tuple[tuple[SideName, Model, Model, Vocabulary, Vocabulary], ...] = (
        ("a", a, b, va, vb),
        ("b", b, a, vb, va),
    )
    return [
        ModelProblem(
            side,
            model.id,
            ("vocabulary",),
            f"vocabulary {mine.id!r} differs from {theirs.id!r} of "
            f"model {other.id!r}: only models on the same vocabulary can be compared",
        )
        for side, model, other, mine, theirs in sides
    ]


def _orientation_key(model: Model) -> tuple[str, str]:
    """A total order on models, so the pair is always worked on in one orientation."""
    return (model.id, hashlib.sha256(model.model_dump_json().encode("utf-8")).hexdigest())


def _side(p: StackProfile) -> Side:
    model = p.model
    return Side(
        id=model.id, title=model.title, elements=len(model.elements), relations=len(model.relations), metrics=metrics(p)
    )


def _oriented(a: Model, b: Model) -> Comparison:
    pa, pb = profile(a), profile(b)
    alignment: Alignment = align(a, b)
    ranks = {layer: index for index, layer in enumerate(pa.rank)}
    return Comparison(
        vocabulary=a.vocab.id,
        layers=tuple(pa.rank),
        a=_side(pa),
        b=_side(pb),
        matches=sort_matches(alignment.matches, ranks),
        only_in_a=pa.ordered(alignment.only_in_a),
        only_in_b=pb.ordered(alignment.only_in_b),
        differences=sort_differences(classify(pa, pb, alignment), ranks),
    )


def compare(a: Model, b: Model) -> Comparison:
    """Align ``a`` and ``b``, classify their differences and compute both models' metrics.

    Raises ``IncomparableModels`` (a ``ValueError``) when the models use different vocabularies
    or a counterpart mapping names an element the other model lacks, sits in another layer or
    maps one element twice; each problem names its model and field. ``compare(b, a)`` equals
    ``compare(a, b).mirrored()``.
    """
    problems = _vocabulary_problems(a, b)
    if problems:
        raise IncomparableModels(problems)
    declared_pairs(a, b)  # raises with the sides as the caller gave them
    if _orientation_key(a) <= _orientation_key(b):
        return _oriented(a, b)
    return _oriented(b, a).mirrored()
