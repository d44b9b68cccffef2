"""The paper, the footnote sources its figures rest on, and small helpers that build evidence.

Not a model (the name starts with ``_``): the figure files import from it so that they stay
plain data. Every asserted piece of evidence quotes the paper itself (``ichida-2023``) and
names the footnote the sentence carries; the footnote's own publication is listed as a source of
the model, found through ``FOOTNOTES``.
"""

from collections.abc import Iterable

from citystack import Element, Evidence, Relation, Source, Status

__all__ = [
    "ABSTRACT",
    "BERAJA_2024",
    "DATA_FUSION",
    "DEMAND",
    "FOOTNOTES",
    "INTRODUCTION",
    "PAPER",
    "PAPER_ID",
    "PROLIFERATION",
    "SPREAD",
    "contested",
    "drawn_caption",
    "hedged",
    "inferred",
    "said",
    "sources_for",
]

PAPER_ID = "ichida-2023"

PAPER = Source(
    id=PAPER_ID,
    title="Geopolitical Challenges of Chinese Smart Cities",
    authors=("Kazuki Ichida",),
    publisher=(
        "Hitotsubashi Institute for Advanced Study (HIAS) Global Governance Research Center, Issue Briefing No. 44"
    ),
    date="2023-10-31",
    note=(
        "English translation by Tomohito Nakano of the Japanese original (Issue Briefing No. 33, 2023-09-04). "
        "Its three figures survive only as titles; the models reconstruct them from the text."
    ),
)

FN4_KYNGE_2021 = Source(
    id="fn4-kynge-2021",
    title="Exporting Chinese Surveillance: The Security Risks of 'Smart Cities'",
    authors=("James Kynge et al.",),
    publisher="Financial Times",
    date="2021-06-08",
    url="https://www.ft.com/content/76fdac7c-7076-47a4-bcb0-7e75af0aadab",
    note=(
        "Footnote 4. The paper gives a proxied university-library address for this article that breaks across "
        "a page; the plain FT address with the same article id is given here (checked against a stored copy "
        "of the article)."
    ),
)

FN5_BERAJA_2023 = Source(
    id="fn5-beraja-2023",
    title="Exporting the Surveillance State via Trade in AI",
    authors=("Martin Beraja et al.",),
    publisher="The Brookings Institution",
    date="2023-01-12",
    url="https://www.brookings.edu/articles/exporting-the-surveillance-state-via-trade-in-ai/",
    note="Footnote 5; footnote 13 cites it again (Beraja et al., op. cit.).",
)

FN7_CHACK_2023 = Source(
    id="fn7-chack-2023",
    title=("Analyzing the Entrenchment of Beijing's Digital Influence in Saudi Arabia and the United Arab Emirates"),
    authors=("Andrew Chack",),
    publisher="Georgetown Security Studies Review",
    date="2023-04-14",
    url=(
        "https://georgetownsecuritystudiesreview.org/2023/04/14/analyzing-the-entrenchment-of-beijings-digital-"
        "influence-in-saudi-arabia-and-the-united-arab-emirates/"
    ),
    note="Footnote 7.",
)

FN8_JILI_2022 = Source(
    id="fn8-jili-2022",
    title="China's Surveillance Ecosystem & The Global Spread of Its Tools",
    authors=("Bulelani Jili",),
    publisher="Atlantic Council",
    date="2022-10-17",
    url=(
        "https://www.atlanticcouncil.org/in-depth-research-reports/issue-brief/"
        "chinese-surveillance-ecosystem-and-the-global-spread-of-its-tools/"
    ),
    note="Footnote 8 (first source); footnote 11 cites it again (Jili, op. cit., 2022).",
)

FN8_JILI_2023 = Source(
    id="fn8-jili-2023",
    title="What Is Driving the Adoption of Chinese Surveillance Technology in Africa?",
    authors=("Bulelani Jili",),
    publisher="Atlantic Council",
    date="2023-05-15",
    url="https://dfrlab.org/2023/05/15/africas-demand-for-and-adoption-of-chinese-surveillance-technology/",
    note="Footnote 8 (second source); footnote 11 cites it again (Jili, op. cit., 2023).",
)

FN10_ICHIDA_2023 = Source(
    id="fn10-ichida-2023",
    title=(
        'Nettoyoron\'sōsato dejitaruēkyōkōsaku "miezaru te" o kashikasuru (Net Public Opinion Manipulation and '
        'Digital Influence Work - Visualizing the "Invisible Hand")'
    ),
    authors=("Kazuki Ichida et al.",),
    publisher="Hara Shobo",
    date="2023",
    note="Footnote 10, given where the paper introduces Figure 1 ('Conceptually, it looks like Figure 1').",
)

FN12_ICHIDA_2021 = Source(
    id="fn12-ichida-2021",
    title="Sekaide mottomo ōi tōchikētaiwa min’shushugino rinen’o kakageru dokusaikokkadatta",
    authors=("Kazuki Ichida",),
    publisher="Newsweek Japan",
    date="2021-03-23",
    url="https://www.newsweekjapan.jp/ichida/2021/03/post-22.php",
    note=(
        "Footnote 12. English title as the footnote gives it: The Most Common Form of Governance in the World "
        "Was a Dictatorship with Democratic Principles."
    ),
)

FN14_PETERSON_2021 = Source(
    id="fn14-peterson-2021",
    title="How China Harnesses Data Fusion to Make Sense of Surveillance Data",
    authors=("Dahlia Peterson",),
    publisher="The Brookings Institution",
    date="2021-09-23",
    url="https://www.brookings.edu/articles/how-china-harnesses-data-fusion-to-make-sense-of-surveillance-data/",
    note="Footnote 14.",
)

BERAJA_2024 = Source(
    id="beraja-2024-project-syndicate",
    title="China Is Exporting Its AI Surveillance State",
    authors=("Martin Beraja", "David Y. Yang", "Noam Yuchtman"),
    publisher="Project Syndicate",
    date="2024-07",
    url=(
        "https://project-syndicate.org/commentary/"
        "china-exports-ai-surveillance-technology-associated-with-autocratization-by-martin-beraja-et-al-2024-07"
    ),
    note=(
        "A later commentary by authors of the research cited in footnote 5. For facial-recognition AI trade "
        "2008-2021 it gives China 83 versus the United States 57 export links (countries) and 238 versus 211 "
        "deals, where the paper gives 83 versus 48. Title, authors and address checked against a stored copy of "
        "the page; the month comes from its address, the day of publication was not verified."
    ),
)

#: The footnote sources each footnote number of the paper points to (13 and 11 repeat 5 and 8).
FOOTNOTES: dict[int, tuple[Source, ...]] = {
    4: (FN4_KYNGE_2021,),
    5: (FN5_BERAJA_2023,),
    7: (FN7_CHACK_2023,),
    8: (FN8_JILI_2022, FN8_JILI_2023),
    10: (FN10_ICHIDA_2023,),
    11: (FN8_JILI_2022, FN8_JILI_2023),
    12: (FN12_ICHIDA_2021,),
    13: (FN5_BERAJA_2023,),
    14: (FN14_PETERSON_2021,),
}

# Locators: the paper's sections, in order (the text has no page or paragraph numbers of its own).
ABSTRACT = "Abstract"
INTRODUCTION = "Introduction"
PROLIFERATION = "China's Smart Cities and the Proliferation of Surveillance Technologies"
DEMAND = "Demand Drives China’s Smart City Exports"
DATA_FUSION = "Data Fusion and Closed Nets"
SPREAD = "Spread of Demand Suggests Winners and Losers in Geopolitical Campaigns"


def _locator(section: str, fn: int | None) -> str:
    return f"{section}, footnote {fn}" if fn is not None else section


def said(quote: str, locator: str, fn: int | None = None) -> tuple[Evidence, ...]:
    """The paper states it: a short verbatim quote, where it stands, and its footnote if it has one."""
    return (Evidence(source=PAPER_ID, locator=_locator(locator, fn), quote=quote, footnote=fn),)


def hedged(quote: str, locator: str, fn: int | None = None) -> tuple[Evidence, ...]:
    """The paper says it conditionally or as a prediction (may, can, will be possible, is expected to)."""
    return (Evidence(source=PAPER_ID, locator=_locator(locator, fn), quote=quote, footnote=fn, status=Status.HEDGED),)


def inferred(
    reason: str, locator: str | None = None, *, quote: str | None = None, fn: int | None = None
) -> tuple[Evidence, ...]:
    """The model's own reading, not a sentence of the paper: the reason says why it is drawn.

    ``quote`` is the sentence the reading rests on when there is one (it names only part of
    what is drawn, or words it conditionally); it is checked against the paper like any quote.
    """
    where = _locator(locator, fn) if locator else None
    return (
        Evidence(
            source=PAPER_ID, locator=where, quote=quote, footnote=fn, status=Status.INFERRED, reason=reason
        ),
    )


def contested(quote: str, locator: str, competing: Source, fn: int | None = None) -> tuple[Evidence, ...]:
    """The paper states it, but a later source disagrees: both are named."""
    return (
        Evidence(
            source=PAPER_ID,
            locator=_locator(locator, fn),
            quote=quote,
            footnote=fn,
            status=Status.CONTESTED,
            competing=(competing.id,),
        ),
    )


def sources_for(*footnotes: int, extra: tuple[Source, ...] = ()) -> tuple[Source, ...]:
    """The paper, the sources behind the given footnotes, and any extra ones, each once, in order."""
    chosen: dict[str, Source] = {PAPER_ID: PAPER}
    for number in sorted(footnotes):
        for source in FOOTNOTES[number]:
            chosen.setdefault(source.id, source)
    for source in extra:
        chosen.setdefault(source.id, source)
    return tuple(chosen.values())


_WEAKEST = (Status.CONTESTED, Status.INFERRED, Status.HEDGED)


def weakest(evidence: Iterable[Evidence]) -> Status:
    """The least sure status of a piece of evidence (the one the figure draws)."""
    statuses = {e.status for e in evidence}
    return next((status for status in _WEAKEST if status in statuses), Status.ASSERTED)


def drawn_caption(
    lead: str, elements: Iterable[Element], relations: Iterable[Relation], shown: Iterable[str] | None = None
) -> str:
    """A caption that lists what the view draws as inferred and as hedged, so it cannot fall behind the model.

    ``lead`` says what the figure is (a reconstruction from the text); the rest is generated: every
    inferred and every hedged box and arrow among the ``shown`` elements (all when None).
    """
    names = {e.id: e.name for e in elements}
    wanted = set(names) if shown is None else set(shown)
    boxes = {status: [] for status in (Status.INFERRED, Status.HEDGED)}  # type: dict[Status, list[str]]
    links = {status: [] for status in (Status.INFERRED, Status.HEDGED)}  # type: dict[Status, list[str]]
    for element in elements:
        status = weakest(element.evidence)
        if element.id in wanted and status in boxes:
            boxes[status].append(element.name)
    for relation in relations:
        status = weakest(relation.evidence)
        if relation.source in wanted and relation.target in wanted and status in links:
            links[status].append(f"{names[relation.source]} to {names[relation.target]}")
    parts = [lead]
    for status, heading in ((Status.INFERRED, "Inferred by the model"), (Status.HEDGED, "Hedged as in the paper")):
        listed = []
        if boxes[status]:
            listed.append("the boxes " + ", ".join(boxes[status]))
        if links[status]:
            listed.append("the arrows from " + "; from ".join(links[status]))
        if listed:
            parts.append(f"{heading}: {'; '.join(listed)}.")
    return " ".join(parts)
