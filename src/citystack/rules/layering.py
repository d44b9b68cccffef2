"""Vocabulary and layering rules: each relation against its kind's pairs, direction and step."""

from __future__ import annotations

from collections.abc import Iterator

from citystack.model import Relation
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import ModelGraph
from citystack.rules.registry import rule
from citystack.rules.roles import kind_pairs

__all__ = ["against_direction", "skipped_layers"]


def _ranks(graph: ModelGraph, relation: Relation) -> tuple[int, int] | None:
    """Stacked ranks of both ends, or None when an end stands beside the stack."""
    source, target = graph.rank(relation.source), graph.rank(relation.target)
    return None if source < 0 or target < 0 else (source, target)


def skipped_layers(graph: ModelGraph, relation: Relation) -> list[str]:
    """The stacked layers a relation jumps over beyond its kind's ``max_step`` (empty if none)."""
    kind, ranks = graph.kind(relation), _ranks(graph, relation)
    if ranks is None or kind.max_step is None or abs(ranks[1] - ranks[0]) <= kind.max_step:
        return []
    low, high = sorted(ranks)
    return list(graph.roles.stacked[low + 1 : high])


def against_direction(graph: ModelGraph, relation: Relation) -> str | None:
    """The way a relation runs when its kind forbids it (``"down"``, ``"up"``, ``"across"``), else None."""
    kind, ranks = graph.kind(relation), _ranks(graph, relation)
    if ranks is None or kind.direction == "any":
        return None
    source, target = ranks
    runs = "up" if target > source else "down" if target < source else "across"
    allowed = {"up": ("up", "across"), "down": ("down", "across"), "same": ("across",)}[kind.direction]
    return None if runs in allowed else runs


def _where(ctx: RuleContext, index: int) -> tuple[str | int, ...]:
    return ("relations", index)


@rule("LAY001", Severity.ERROR, "relation-pair-not-allowed")
def relation_pair_not_allowed(ctx: RuleContext) -> Iterator[Finding]:
    """A relation joins two layers that its kind's table of allowed pairs does not list.

    What it checks: for every relation, that (source layer, target layer) is one of the pairs
    its relation kind allows in the vocabulary (a kind with an empty table allows any pair).
    A relation that breaks the table only by skipping layers (LAY002) or by running the wrong
    way (LAY003) is reported by those more specific rules instead, so that each problem is
    reported once.
    Why it matters: the table is the vocabulary's grammar: it says what an arrow of that kind
    means. A `controls` arrow from a camera to a resident, or `captures` between two networks,
    says something the stack cannot mean, and a figure drawn from it would mislead.
    Example: in `smart-city-stack`, `Relation(source="camera", target="residents",
    kind="controls")` joins sensing to city, which `controls` does not allow (only operators
    and applications control); use `captures` from residents to the camera instead.
    """
    graph = ctx.graph
    for index, relation in enumerate(ctx.model.relations):
        kind = graph.kind(relation)
        pair = (graph.layer(relation.source), graph.layer(relation.target))
        if not kind.pairs or pair in kind_pairs(kind, ctx.vocab):
            continue
        if skipped_layers(graph, relation) or against_direction(graph, relation):
            continue
        allowed = ", ".join(f"{s}>{t}" for s, t in kind_pairs(kind, ctx.vocab))
        fitting = sorted(k.id for k in ctx.vocab.relation_kinds if k.pairs and pair in kind_pairs(k, ctx.vocab))
        hint = (
            f"Kinds that join {pair[0]}>{pair[1]}: {', '.join(fitting)}."
            if fitting
            else f"No kind joins {pair[0]} to {pair[1]}: route it through another element, or check the layers."
        )
        yield ctx.finding(
            f"relation {relation.id!r} joins layer {pair[0]!r} to {pair[1]!r}, which kind {kind.id!r} "
            f"does not allow (allowed: {allowed})",
            item=relation.id,
            loc=_where(ctx, index),
            hint=hint,
        )


@rule("LAY002", Severity.ERROR, "relation-skips-layers")
def relation_skips_layers(ctx: RuleContext) -> Iterator[Finding]:
    """A relation jumps over more layers of the stack than its kind allows.

    What it checks: for every relation between two stacked layers whose kind sets `max_step`,
    that the number of layers between source and target is at most `max_step`. Layers with
    `stacked=False` (outside actors) are left alone.
    Why it matters: the layers of the stack are the argument of the figure: data goes from
    sensors through networks to the platform, never around them. An arrow that skips the
    network layer hides the infrastructure that makes control possible (and who laid it).
    Example: `Relation(source="camera", target="fusion", kind="transmits")` goes from sensing
    straight to the platform, skipping `network`; add the fibre: camera -transmits-> fibre
    -transmits-> fusion.
    """
    graph = ctx.graph
    for index, relation in enumerate(ctx.model.relations):
        skipped = skipped_layers(graph, relation)
        if not skipped:
            continue
        kind = graph.kind(relation)
        source, target = graph.layer(relation.source), graph.layer(relation.target)
        yield ctx.finding(
            f"relation {relation.id!r} skips layer(s) {', '.join(skipped)} ({source} -> {target}); "
            f"kind {kind.id!r} may step at most {kind.max_step} layer(s)",
            item=relation.id,
            loc=_where(ctx, index),
            hint=f"Route it through an element of the skipped layer(s): {', '.join(skipped)}.",
        )


@rule("LAY003", Severity.ERROR, "relation-against-direction")
def relation_against_direction(ctx: RuleContext) -> Iterator[Finding]:
    """A relation runs up or down the stack against its kind's direction.

    What it checks: for every relation between two stacked layers, that it runs the way its
    kind's `direction` says: `up` towards later layers (or within one layer), `down` towards
    earlier layers (or within one), `same` within one layer; `any` is never reported. Layers
    with `stacked=False` are left alone.
    Why it matters: direction is meaning. Data flows up the stack and control comes down; an
    upward `controls` arrow or a downward `feeds` arrow reverses who acts on whom.
    Example: `Relation(source="police", target="command-centre", kind="controls")` runs from
    application up to operation, but `controls` runs down: write
    `Relation(source="command-centre", target="police", kind="controls")`.
    """
    graph = ctx.graph
    for index, relation in enumerate(ctx.model.relations):
        runs = against_direction(graph, relation)
        if runs is None:
            continue
        kind = graph.kind(relation)
        source, target = graph.layer(relation.source), graph.layer(relation.target)
        expected = {"up": "up (or within a layer)", "down": "down (or within a layer)", "same": "within one layer"}
        yield ctx.finding(
            f"relation {relation.id!r} runs {runs} ({source} -> {target}) but kind {kind.id!r} runs "
            f"{expected[kind.direction]}",
            item=relation.id,
            loc=_where(ctx, index),
            hint="Swap source and target, or use a kind that runs this way.",
        )
