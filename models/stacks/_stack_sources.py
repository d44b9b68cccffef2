"""Sources of the comparison stacks and small helpers that build their evidence.

Not a model (the name starts with ``_``). Quotes from a source whose text was checked against
a stored copy are verbatim evidence (asserted, hedged, or the sentence an inference rests on);
words of a source whose text was not at hand (taken from the project's domain notes) appear only
inside an inference's reason, marked unverified, never as a quote.
"""

from citystack import Evidence, Source, Status

__all__ = [
    "CISCO_BLOG",
    "CISCO_KINETIC",
    "CTV_SIDEWALK",
    "IBM_IOC",
    "PAPER",
    "SIDEWALK_MIDP",
    "STACK_SOURCES",
    "hedged",
    "inferred",
    "inferred_from",
    "quoted",
]

PAPER = Source(
    id="ichida-2023",
    title="Geopolitical Challenges of Chinese Smart Cities",
    authors=("Kazuki Ichida",),
    publisher=(
        "Hitotsubashi Institute for Advanced Study (HIAS) Global Governance Research Center, Issue Briefing No. 44"
    ),
    date="2023-10-31",
    note="Its framing of the comparison: Chinese 'governance systems' against American companies' 'business systems'.",
)

IBM_IOC = Source(
    id="ibm-ioc",
    title="IBM Intelligent Operations Center (product documentation)",
    authors=("IBM",),
    publisher="IBM",
    note=(
        "Described from the project's domain notes (dashboards; an application server for data ingest and "
        "normalisation, KPIs, standard operating procedures, notifications, geospatial views and analytics; a "
        "data server). The documentation's own text was not at hand, so nothing is quoted from it."
    ),
)

CISCO_KINETIC = Source(
    id="cisco-kinetic-for-cities",
    title="Cisco Kinetic for Cities (product description)",
    authors=("Cisco",),
    publisher="Cisco",
    note=(
        "Quoted from the project's domain notes: a cloud platform moving data 'from connected things to IoT "
        "applications' across edge, private and public cloud; domains lighting, traffic, parking, safety, "
        "environment. The description's own text was not at hand."
    ),
)

CISCO_BLOG = Source(
    id="cisco-blog-future-of-cities",
    title="Future of Cities: Chuck Robbins at the Wall Street Journal",
    authors=("Cisco",),
    publisher="Cisco Blogs (Government)",
    url="https://blogs.cisco.com/government/future-of-cities-wsj-chuck",
    note="Announces Cisco Kinetic for Cities. Quotes checked against a stored copy of the page.",
)

SIDEWALK_MIDP = Source(
    id="sidewalk-labs-midp-2019",
    title="Toronto Tomorrow: Master Innovation and Development Plan",
    authors=("Sidewalk Labs",),
    publisher="Sidewalk Labs",
    date="2019-06",
    note=(
        "Proposed an Urban Data Trust for Toronto's waterfront; the project was cancelled on 7 May 2020 (date "
        "from the project's domain notes). The plan's own text was not at hand: its words are cited only inside an inference, marked unverified."
    ),
)

CTV_SIDEWALK = Source(
    id="ctv-2018-sidewalk-data",
    title="Sidewalk Labs unveils draft data and privacy plans for Toronto waterfront project",
    authors=("The Canadian Press",),
    publisher="CTV News Toronto",
    date="2018-10-15",
    url="https://toronto.ctvnews.ca/sidewalk-labs-unveils-draft-data-and-privacy-plans-for-toronto-waterfront-project-1.4135179",
    note="The draft data proposal (then a 'Civic Data Trust'). Quotes checked against a stored copy of the page.",
)

STACK_SOURCES = (PAPER, IBM_IOC, CISCO_KINETIC, CISCO_BLOG, SIDEWALK_MIDP, CTV_SIDEWALK)


def quoted(quote: str, source: Source, locator: str | None = None) -> tuple[Evidence, ...]:
    """A verbatim quote of a source whose text was checked."""
    return (Evidence(source=source.id, locator=locator, quote=quote),)


def hedged(quote: str, source: Source, locator: str | None = None) -> tuple[Evidence, ...]:
    """A verbatim quote that says it conditionally or as a plan (the data trust was only proposed)."""
    return (Evidence(source=source.id, locator=locator, quote=quote, status=Status.HEDGED),)


def inferred_from(quote: str, reason: str, source: Source, locator: str | None = None) -> tuple[Evidence, ...]:
    """The modeller's reading of a verbatim sentence that describes the item without naming it."""
    return (Evidence(source=source.id, locator=locator, quote=quote, status=Status.INFERRED, reason=reason),)


def inferred(reason: str, source: Source = PAPER) -> tuple[Evidence, ...]:
    """The modeller's reading, with the reason and the source it rests on."""
    return (Evidence(source=source.id, status=Status.INFERRED, reason=reason),)
