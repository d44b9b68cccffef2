"""Evidence rules: every box and arrow cited, every citation well-formed, every quote found."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from citystack.model import Evidence, Model, Status
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.quotes import quote_in_text
from citystack.rules.registry import rule

__all__ = ["Cited", "cited_items"]

_FIELDS = ("elements", "relations", "boundaries", "facts", "claims")
_NOUN = {"elements": "element", "relations": "relation", "boundaries": "boundary", "facts": "fact", "claims": "claim"}


@dataclass(frozen=True)
class Cited:
    """An item that carries evidence: its field, index, id and evidence."""

    field: str
    index: int
    id: str
    evidence: tuple[Evidence, ...]

    @property
    def noun(self) -> str:
        return _NOUN[self.field]

    def loc(self, evidence_index: int | None = None) -> tuple[str | int, ...]:
        """Its path in the model, or the path of one of its pieces of evidence."""
        base: tuple[str | int, ...] = (self.field, self.index)
        return base if evidence_index is None else (*base, "evidence", evidence_index)


def cited_items(model: Model, fields: tuple[str, ...] = _FIELDS) -> Iterator[Cited]:
    """Every item of the given fields, in declaration order."""
    for field in fields:
        for index, item in enumerate(getattr(model, field)):
            yield Cited(field, index, item.id, item.evidence)


def _pieces(model: Model) -> Iterator[tuple[Cited, int, Evidence]]:
    for item in cited_items(model):
        for index, evidence in enumerate(item.evidence):
            yield item, index, evidence


@rule("EVD001", Severity.ERROR, "uncited-item")
def uncited_item(ctx: RuleContext) -> Iterator[Finding]:
    """An element, relation or boundary has no evidence.

    What it checks: that every element, relation and boundary of the model carries at least
    one `Evidence` (a source, and a quote, reason or competing sources by its status).
    Why it matters: the figures reconstruct images the paper's text does not contain; every
    box and arrow must be traceable to a sentence of a source, or be marked as the modeller's
    inference with its reason. Evidence is what makes a figure honest.
    Example: `Element(id="fibre", name="Optical fibre", kind="fibre", layer="network")` with no
    `evidence=(Evidence(source="ichida-2023", locator="fn 8", quote="..."),)`.
    """
    for item in cited_items(ctx.model, ("elements", "relations", "boundaries")):
        if not item.evidence:
            yield ctx.finding(
                f"{item.noun} {item.id!r} has no evidence",
                item=item.id,
                loc=item.loc(),
                hint="Add Evidence(source=..., quote=...) for what a source says, or status='inferred' with a reason.",
            )


@rule("EVD002", Severity.ERROR, "asserted-without-quote")
def asserted_without_quote(ctx: RuleContext) -> Iterator[Finding]:
    """Evidence marked `asserted` or `hedged` has no quote.

    What it checks: that every piece of evidence whose status is `asserted` (the default) or
    `hedged` (the source says it conditionally) carries a verbatim `quote` of its source.
    Why it matters: "the source says so" is checkable only with the words it says it in; a
    reader, or `--sources`, can then find the sentence.
    Example: `Evidence(source="ichida-2023", locator="fn 8")` on Kenya's fibre: add
    `quote="ZTE and Huawei laid optical fiber"` (verbatim), or mark it `inferred` with a reason.
    """
    for item, index, evidence in _pieces(ctx.model):
        if evidence.status in (Status.ASSERTED, Status.HEDGED) and not (evidence.quote or "").strip():
            yield ctx.finding(
                f"{evidence.status.value} evidence {index + 1} of {item.noun} {item.id!r} "
                f"(source {evidence.source!r}) has no quote",
                item=item.id,
                loc=item.loc(index),
                hint="Add the source's words as quote=..., or use status='inferred' with a reason.",
            )


@rule("EVD003", Severity.ERROR, "inferred-without-reason")
def inferred_without_reason(ctx: RuleContext) -> Iterator[Finding]:
    """Evidence marked `inferred` gives no reason.

    What it checks: that every piece of evidence whose status is `inferred` carries a `reason`.
    Why it matters: an inference is the modeller's, not the source's; the reason is what lets
    a reader judge it (and tells them it is not a quotation).
    Example: `Evidence(source="ichida-2023", status="inferred")` on an arrow from the platform
    to analytics: add `reason="Prediction needs the fused data (fn 14 describes both)."`.
    """
    for item, index, evidence in _pieces(ctx.model):
        if evidence.status is Status.INFERRED and not (evidence.reason or "").strip():
            yield ctx.finding(
                f"inferred evidence {index + 1} of {item.noun} {item.id!r} (source {evidence.source!r}) "
                "gives no reason",
                item=item.id,
                loc=item.loc(index),
                hint="Add reason='...' saying what the inference rests on.",
            )


@rule("EVD004", Severity.ERROR, "contested-without-competitor")
def contested_without_competitor(ctx: RuleContext) -> Iterator[Finding]:
    """Evidence marked `contested` names no competing source.

    What it checks: that every piece of evidence whose status is `contested` lists in
    `competing` at least one source other than its own.
    Why it matters: "contested" means two sources disagree; without the other source a reader
    cannot see the disagreement, nor weigh it.
    Example: the count of countries China exported facial recognition to is 83 in the paper
    and differs in a later piece by the same authors: `Evidence(source="ichida-2023",
    status="contested", competing=("project-syndicate-2024",), quote=...)`.
    """
    for item, index, evidence in _pieces(ctx.model):
        if evidence.status is Status.CONTESTED and not set(evidence.competing) - {evidence.source}:
            yield ctx.finding(
                f"contested evidence {index + 1} of {item.noun} {item.id!r} names no competing source",
                item=item.id,
                loc=item.loc(index),
                hint="List the disagreeing sources in competing=(...) (declared in the model's sources).",
            )


@rule("EVD005", Severity.ERROR, "uncited-fact-or-claim")
def uncited_fact_or_claim(ctx: RuleContext) -> Iterator[Finding]:
    """A fact or a claim has no evidence.

    What it checks: that every `Fact` (a number with its unit) and every `Claim` (a statement
    the model must satisfy) carries at least one `Evidence`.
    Why it matters: numbers and statements are what readers quote from a figure; each must
    say which source gives it and where.
    Example: `Fact(id="contracts", label="Smart-city contracts", value=144, unit="contracts")`
    needs `evidence=(Evidence(source="ichida-2023", footnote=4, quote="144 smart city contracts"),)`.
    """
    for item in cited_items(ctx.model, ("facts", "claims")):
        if not item.evidence:
            yield ctx.finding(
                f"{item.noun} {item.id!r} has no evidence",
                item=item.id,
                loc=item.loc(),
                hint="Add Evidence(source=..., quote=...) naming where the source says it.",
            )


@rule("EVD006", Severity.ERROR, "quote-not-in-source")
def quote_not_in_source(ctx: RuleContext) -> Iterator[Finding]:
    """A quote is not found in the text of its source (checked with `--sources DIR`).

    What it checks: with `citystack check --sources DIR`, that every quote occurs in the text
    of its source, read from `DIR/<id>.txt` or `DIR/<id>-<anything>.txt`. White space and line
    breaks, typographic quotes, apostrophes and dashes, footnote superscript digits, emphasis
    asterisks and case are not compared; `...` in a quote marks an omission. Sources without a
    text are reported by EVD007.
    Why it matters: a quote is a promise that the source says exactly this. A typo, a
    paraphrase or a misattributed sentence breaks it silently unless a machine checks.
    Example: `quote="Those who operate this system can control everything"` is found in the
    paper's text across its line break; `quote="operators control everything"` is not.
    """
    sources = ctx.sources
    if sources is None:
        return
    known = [source.id for source in ctx.model.sources]
    texts: dict[str, str | None] = {}
    for item, index, evidence in _pieces(ctx.model):
        if not evidence.quote:
            continue
        if evidence.source not in texts:
            texts[evidence.source] = sources.text_for(evidence.source, known)
        text = texts[evidence.source]
        if text is None or quote_in_text(evidence.quote, text):
            continue
        shown = evidence.quote if len(evidence.quote) <= 80 else evidence.quote[:77] + "..."
        yield ctx.finding(
            f"quote of {item.noun} {item.id!r} not found in source {evidence.source!r}: {shown!r}",
            item=item.id,
            loc=item.loc(index),
            hint="Copy the words verbatim from the source text (spacing, quote marks and dashes may differ).",
        )


@rule("EVD007", Severity.INFO, "source-text-missing")
def source_text_missing(ctx: RuleContext) -> Iterator[Finding]:
    """A quoted source has no text in the `--sources` folder, so its quotes were not verified.

    What it checks: with `--sources DIR`, every source that some quote of the model cites and
    that no file of DIR belongs to (see EVD006) is reported once, as information.
    Why it matters: a report that says "all quotes found" must also say which quotes it could
    not look for; otherwise a missing file reads as a pass.
    Example: quotes from source `leonard-2023` while DIR holds only
    `ichida-2023-geopolitical-challenges-of-chinese-smart-cities.txt`.
    """
    sources = ctx.sources
    if sources is None:
        return
    known = [source.id for source in ctx.model.sources]
    counts: dict[str, int] = {}
    for _, _, evidence in _pieces(ctx.model):
        if evidence.quote:
            counts[evidence.source] = counts.get(evidence.source, 0) + 1
    for source_id in sorted(counts):
        if sources.text_for(source_id, known) is None:
            yield ctx.finding(
                f"{counts[source_id]} quote(s) from source {source_id!r} not verified: "
                f"no {source_id}.txt or {source_id}-*.txt in {sources.folder}",
                item=source_id,
                hint="Add the source's text to the folder to have its quotes checked.",
            )


@rule("EVD008", Severity.WARNING, "contested-fact-without-alternative")
def contested_fact_without_alternative(ctx: RuleContext) -> Iterator[Finding]:
    """A contested fact gives no alternative value.

    What it checks: that every `Fact` whose evidence is `contested` lists at least one
    `AltValue` (the competing value, with the source that gives it).
    Why it matters: a reader of a contested number needs the other number, not only the news
    that one exists; figures and tables show both.
    Example: China's facial-recognition exports to 83 countries against the U.S.'s 48 in the
    paper, 57 in a later source: `alternatives=(AltValue(value=57, source="ps-2024"),)` on the
    U.S. fact.
    """
    for index, fact in enumerate(ctx.model.facts):
        if fact.status is Status.CONTESTED and not fact.alternatives:
            yield ctx.finding(
                f"fact {fact.id!r} is contested but gives no alternative value",
                item=fact.id,
                loc=("facts", index),
                hint="Add alternatives=(AltValue(value=..., source=...),) with the competing value.",
            )
