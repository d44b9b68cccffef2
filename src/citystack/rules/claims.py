"""Claim rules: each claim a source makes about the model is evaluated on its relations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from citystack.model import Claim
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import ModelGraph, describe_path
from citystack.rules.registry import rule

__all__ = ["ClaimResult", "evaluate_claim", "vacuous_reason"]

_SHOWN = 6


@dataclass(frozen=True)
class ClaimResult:
    """The outcome of one claim: whether it holds, which objects were reached, and one path to each."""

    claim: Claim
    holds: bool
    objects: tuple[str, ...]
    reached: tuple[str, ...]
    missed: tuple[str, ...]
    paths: dict[str, str]
    empty_layers: tuple[str, ...] = ()


def evaluate_claim(graph: ModelGraph, claim: Claim) -> ClaimResult:
    """Evaluate ``reaches`` / ``does_not_reach`` over directed relations (only ``via`` kinds if given).

    A layer id among the objects stands for every element of that layer except the subject
    itself; a layer with no element makes a ``reaches`` claim fail (there is nothing to reach).
    """
    objects: list[str] = []
    empty: list[str] = []
    layers = {layer.id for layer in graph.vocab.layers}
    for ref in claim.objects:
        if ref in graph.elements:
            objects.append(ref)
        elif ref in layers:
            members = [e.id for e in graph.in_layers([ref]) if e.id != claim.subject]
            if not members:
                empty.append(ref)
            objects.extend(members)
    objects = list(dict.fromkeys(objects))
    via = set(claim.via)
    came_by = graph.reach(claim.subject, lambda r: not via or r.kind in via)
    reached = tuple(o for o in objects if o in came_by)
    missed = tuple(o for o in objects if o not in came_by)
    paths = {o: describe_path(graph.path(claim.subject, o, came_by)) for o in reached}
    holds = not missed and not empty if claim.kind == "reaches" else not reached
    return ClaimResult(claim, holds, tuple(objects), reached, missed, paths, tuple(empty))


def _listed(ids: tuple[str, ...]) -> str:
    shown = ", ".join(ids[:_SHOWN])
    return f"{shown} and {len(ids) - _SHOWN} more" if len(ids) > _SHOWN else shown


def _via(claim: Claim) -> str:
    return f" via {', '.join(claim.via)}" if claim.via else ""


def _results(ctx: RuleContext) -> Iterator[tuple[int, ClaimResult]]:
    for index, claim in enumerate(ctx.model.claims):
        yield index, evaluate_claim(ctx.graph, claim)


@rule("CLM001", Severity.ERROR, "claim-fails")
def claim_fails(ctx: RuleContext) -> Iterator[Finding]:
    """A claim of the model does not hold on its relations.

    What it checks: every `Claim` is evaluated on the directed relations (only those of the
    `via` kinds when given). `reaches`: the subject has a path to every object; `does_not_reach`:
    to none. A layer id among the objects means every element of that layer (bar the subject).
    Why it matters: the claims are the paper's statements in checkable form ("those who operate
    this system can control everything from the city's infrastructure to ... its residents").
    A model that breaks one draws a figure that contradicts the text it illustrates.
    Example: `Claim(id="operator-controls-city", kind="reaches", subject="command-centre",
    objects=("city",), via=("controls",))` fails while `traffic` is not controlled by the
    command centre, so `infrastructure` is out of its reach.
    """
    for index, result in _results(ctx):
        if result.holds:
            continue
        claim = result.claim
        if claim.kind == "reaches":
            parts = []
            if result.missed:
                parts.append(f"{claim.subject!r} does not reach {_listed(result.missed)}{_via(claim)}")
            if result.empty_layers:
                parts.append(f"layer(s) {', '.join(result.empty_layers)} hold no element to reach")
            detail = "; ".join(parts)
            hint = "Add the missing relations, or correct the claim to what the source says."
        else:
            example = result.paths[result.reached[0]]
            detail = f"{claim.subject!r} reaches {_listed(result.reached)}{_via(claim)}, e.g. {example}"
            hint = "Remove or re-kind the relations on that path, or correct the claim."
        yield ctx.finding(f"claim {claim.id!r} fails: {detail}", item=claim.id, loc=("claims", index), hint=hint)


@rule("CLM002", Severity.INFO, "claim-holds")
def claim_holds(ctx: RuleContext) -> Iterator[Finding]:
    """A claim of the model holds: reported so that a report shows it was verified.

    What it checks: the same evaluation as CLM001; each claim that holds is reported as
    information, with how many objects it covers.
    Why it matters: a clean report should say which of the paper's statements the model was
    checked against, not only stay silent.
    Example: `Claim(id="supplier-access", kind="reaches", subject="supplier-state",
    objects=("fusion",), via=("accesses",))` holds: "claim 'supplier-access' holds:
    'supplier-state' reaches all 1 object(s) via accesses".
    """
    for index, result in _results(ctx):
        if not result.holds:
            continue
        claim = result.claim
        if claim.kind == "reaches":
            detail = f"{claim.subject!r} reaches all {len(result.objects)} object(s){_via(claim)}"
        else:
            detail = f"{claim.subject!r} reaches none of {len(result.objects)} object(s){_via(claim)}"
        yield ctx.finding(
            f"claim {claim.id!r} holds: {detail}",
            item=claim.id,
            loc=("claims", index),
            hint="Nothing to do.",
        )


def vacuous_reason(graph: ModelGraph, result: ClaimResult) -> str | None:
    """Why a claim that holds says nothing about the drawing, or None when it does.

    A ``does_not_reach`` claim holds vacuously when its objects name no element, or when no
    relation (of its ``via`` kinds, if given) leaves its subject and no blocked relation is
    drawn at it: nothing could have reached anything.
    """
    claim = result.claim
    if not result.holds or claim.kind != "does_not_reach":
        return None
    if not result.objects:
        return "its objects name no element"
    leaving = [r for r in graph.outgoing.get(claim.subject, []) if not claim.via or r.kind in claim.via]
    if leaving or graph.blocked.get(claim.subject):
        return None
    kinds = f" of kind {', '.join(claim.via)}" if claim.via else ""
    return f"no relation{kinds} leaves {claim.subject!r} and no blocked relation is drawn at it"


@rule("CLM003", Severity.WARNING, "claim-holds-vacuously")
def claim_holds_vacuously(ctx: RuleContext) -> Iterator[Finding]:
    """A claim holds only because nothing is drawn: its subject has no relations, or it names no object.

    What it checks: every `does_not_reach` claim that holds, for whether it could have failed:
    some relation (of its `via` kinds, when given) leaves its subject, or a `blocked` relation
    is drawn at the subject, and its objects name at least one element.
    Why it matters: "other entities cannot access the inside of the closed net" passes trivially
    when `other_entities` has no arrow at all; the check then verifies nothing and the figure
    does not show the asymmetry the source describes. Drawing the refused access as a `blocked`
    relation makes the absence visible and the claim meaningful.
    Example: `Claim(kind="does_not_reach", subject="other_entities", objects=("platform",))` with
    no relation at `other_entities`: add `Relation(source="other_entities",
    target="closed_net_gateway", kind="blocked", evidence=...)`.
    """
    for index, result in _results(ctx):
        reason = vacuous_reason(ctx.graph, result)
        if reason is None:
            continue
        claim = result.claim
        yield ctx.finding(
            f"claim {claim.id!r} holds vacuously: {reason}",
            item=claim.id,
            loc=("claims", index),
            hint="Draw the refused or impossible access as a `blocked` relation, or claim something checkable.",
        )
