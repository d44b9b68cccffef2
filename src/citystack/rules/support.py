"""Evidence that supports what it is attached to: quotes name their item, and hedged words stay hedged."""

from __future__ import annotations

from collections.abc import Iterator

from citystack.model import Element, Evidence, Status
from citystack.rules.context import RuleContext
from citystack.rules.evidence import Cited, cited_items
from citystack.rules.finding import Finding, Severity
from citystack.rules.registry import rule
from citystack.rules.wording import hedge_words, unnamed

__all__ = ["named_ends"]

#: Statuses whose quote stands as the source's support for the item (an inference only rests on it).
_SUPPORTING = (Status.ASSERTED, Status.HEDGED, Status.CONTESTED)


def _quotes(item: Cited, statuses: tuple[Status, ...]) -> Iterator[tuple[int, Evidence, str]]:
    for index, evidence in enumerate(item.evidence):
        if evidence.status in statuses and evidence.quote and evidence.quote.strip():
            yield index, evidence, evidence.quote


def named_ends(ctx: RuleContext, item: Cited) -> list[tuple[str, Element]]:
    """What a quote on the item must name: ("element", it) or ("source"/"target", each end of a relation)."""
    graph = ctx.graph
    if item.field == "elements":
        return [("element", graph.elements[item.id])]
    relation = ctx.model.relations[item.index]
    return [("source", graph.elements[relation.source]), ("target", graph.elements[relation.target])]


def _shown(quote: str) -> str:
    return quote if len(quote) <= 70 else quote[:67] + "..."


@rule("EVD009", Severity.WARNING, "quote-does-not-name-item")
def quote_does_not_name_item(ctx: RuleContext) -> Iterator[Finding]:
    """A quote given as support does not name what it is attached to.

    What it checks: every `asserted`, `hedged` or `contested` quote on a relation names both of
    its ends, and every such quote on an element names the element. An element is named by its
    `name`, by its id read as words (`ties_to_china`: "ties", "china") or by one of its
    `aliases` (the source's own terms for it): every content word of one of these must occur
    in the quote. Words are compared case-folded and stemmed (Snowball English), so "cities"
    names "city". `inferred` evidence may quote the sentence it rests on without naming both
    ends: its reason says what the modeller adds.
    Why it matters: a quote can sit verbatim in the source and still not support the arrow it
    is attached to. "Several cities networked" under an arrow from optical fibre says nothing
    about fibre; a reader who trusts the tooltip is misled into thinking the source draws the link.
    Example: `Relation(source="optical_fibre", target="multi_city_network", kind="transmits",
    evidence=said("networking and sharing information across multiple cities"))` names no fibre:
    quote a sentence naming both, add `aliases=("networking ... across multiple cities",)` only
    if that is the source's term for the element, or mark it `inferred` with a reason.
    """
    for item in cited_items(ctx.model, ("elements", "relations")):
        ends = named_ends(ctx, item)
        for index, evidence, quote in _quotes(item, _SUPPORTING):
            missing = unnamed(quote, [element for _, element in ends])
            if not missing:
                continue
            roles = ", ".join(f"{role} {e.id!r} ({e.name})" for role, e in ends if e in missing)
            yield ctx.finding(
                f"{evidence.status.value} quote {index + 1} of {item.noun} {item.id!r} does not name its {roles}: "
                f"{_shown(quote)!r}",
                item=item.id,
                loc=item.loc(index),
                hint="Quote a sentence that names it, declare the source's own term for it in aliases=(...), "
                "or mark the evidence status='inferred' with a reason (it may keep the quote it rests on).",
            )


@rule("EVD010", Severity.WARNING, "hedge-in-asserted-quote")
def hedge_in_asserted_quote(ctx: RuleContext) -> Iterator[Finding]:
    """An `asserted` quote is worded conditionally or as a prediction: it should be `hedged`.

    What it checks: every `asserted` quote on an element, relation, boundary, fact or claim for
    conditional or predictive words: may, might, could, can, would, will (a prediction: "will
    be possible", "will have access"), (un)likely, possibly, perhaps, "expected to".
    Why it matters: the source says such a thing may happen, not that it does. Drawn as a solid
    asserted line it becomes a fact the source never stated; `hedged` draws it in its own
    style, says so in the legend and the tooltip, and keeps the source's caution.
    Example: `Relation(source="supplier_state", target="data_fusion", kind="accesses",
    evidence=said("may be able to control information and facilities as needed"))`: make it
    `Evidence(..., status="hedged")`, or quote a sentence that states it outright.
    """
    for item in cited_items(ctx.model):
        for index, _, quote in _quotes(item, (Status.ASSERTED,)):
            words = hedge_words(quote)
            if not words:
                continue
            yield ctx.finding(
                f"asserted quote {index + 1} of {item.noun} {item.id!r} is hedged "
                f"({', '.join(dict.fromkeys(words))}): {_shown(quote)!r}",
                item=item.id,
                loc=item.loc(index),
                hint="Mark the evidence status='hedged' (drawn as such), or quote a sentence that states it.",
            )
