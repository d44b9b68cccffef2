"""What the deployment models share: the paper's sources, evidence helpers and elements common to several cases.

Not a model (the name starts with ``_``). The paper, its footnote sources and the ``said`` /
``inferred`` helpers are those of ``models/paper/_sources.py``, loaded from that file rather than
copied, so one list of the paper's sources serves every model. The public sources added here are
the few outside the paper that an attribution rests on; their words are paraphrased in reasons
(status ``inferred``), never quoted, since their texts are not in the sources folder the quote
check reads.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from citystack import Element, Evidence, Relation, Source, Status, Suppression, View

__all__ = [
    "ACCESS_ALT",
    "BERAJA_2024",
    "BUSINESS_DAILY_2015",
    "CAPITAL_FM_2012",
    "DATA_FUSION",
    "FLOWS_NOT_GIVEN",
    "HRW_2019",
    "PAPER_ID",
    "PROLIFERATION",
    "authorities_access",
    "chinese_authorities",
    "contested",
    "flows_not_given",
    "fusion_sources",
    "hedged",
    "inferred",
    "public",
    "said",
    "sources_for",
    "vendor_view",
]


def _paper_module(stem: str) -> ModuleType:
    """``models/paper/<stem>.py``, imported once under a name of its own."""
    name = f"citystack_models_paper{stem}"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "paper" / f"{stem}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load the paper's sources from {path.name}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_paper = _paper_module("_sources")
_FOOTNOTES: dict[int, tuple[Source, ...]] = {**_paper.FOOTNOTES, **_paper_module("_footnotes").MORE_FOOTNOTES}
PAPER_ID: str = _paper.PAPER_ID
PROLIFERATION: str = _paper.PROLIFERATION
DATA_FUSION: str = _paper.DATA_FUSION
BERAJA_2024: Source = _paper.BERAJA_2024
said = _paper.said
inferred = _paper.inferred
contested = _paper.contested

CAPITAL_FM_2012 = Source(
    id="capital-fm-2012-nairobi-cctv",
    title="CCTV's to monitor Nairobi traffic, crime due in Jan",
    publisher="Capital FM (Kenya)",
    date="2012-11-27",
    url="https://www.capitalfm.co.ke/news/2012/11/cctvs-to-monitor-nairobi-traffic-crime-due-in-jan/",
    note=(
        "Not cited by the paper. Reports that Nairobi's Metropolitan ministry contracted Nanjing Les Information "
        "Technology of China for an integrated urban surveillance system watching traffic and crime in Nairobi. "
        "Read in a stored copy; paraphrased, not quoted."
    ),
)

BUSINESS_DAILY_2015 = Source(
    id="business-daily-safaricom-surveillance",
    title="Safaricom's security system live in Nairobi, Mombasa",
    publisher="Business Daily Africa",
    date="2015",
    url=(
        "https://www.businessdailyafrica.com/Corporate-News/Safaricom-security-system-goes-live-/-/539550/"
        "2727886/-/ppi5rkz/-/index.html"
    ),
    note=(
        "Not cited by the paper. Reports that the first phase of the national surveillance, communication and "
        "control system built by Safaricom went live in Nairobi and Mombasa and that, once complete, the National "
        "Police Service would operate it. The year is read from the events it reports; the day was not verified. "
        "Read in a stored copy; paraphrased, not quoted."
    ),
)

HRW_2019 = Source(
    id="hrw-2019-algorithms-of-repression",
    title="China's Algorithms of Repression: Reverse Engineering a Xinjiang Police Mass Surveillance App",
    authors=("Human Rights Watch",),
    publisher="Human Rights Watch",
    date="2019-05-01",
    url="https://www.hrw.org/report/2019/05/01/chinas-algorithms-repression/reverse-engineering-xinjiang-police-mass-surveillance",
    note=(
        "Not cited by the paper. Its summary says police and other officials use a mobile app to communicate with "
        "IJOP. That the app was developed by the Hebei Far East Communication System Engineering Company, a "
        "subsidiary of the state-owned China Electronics Technology Group Corporation (CETC), was read in two "
        "summaries of the report, not in the report's own sentence. Paraphrased, not quoted."
    ),
)

#: Every public source a deployment may cite besides the paper and its footnotes.
_PUBLIC = {s.id: s for s in (CAPITAL_FM_2012, BUSINESS_DAILY_2015, HRW_2019)}

ACCESS = (
    "Through smart cities, Chinese authorities will have access to more accurate information about the country "
    "which introduces the system, and may be able to control information and facilities as needed."
)
AUTHORITIES = (
    "Through smart cities, Chinese authorities will have access to more accurate information about the country "
    "which introduces the system"
)
FUSION_LIST = (
    "integrating and utilizing everything from surveillance cameras, license plate recognition cameras, social media "
    "accounts, phone numbers, location data, facial features, blood types, and heights"
)

#: How the alt text of every vendor view describes the supplier state's access arrow.
ACCESS_ALT = "a dashed access arrow labelled information (may), drawn as inferred"

FLOWS_NOT_GIVEN = (
    "A deployment model records what the paper says was supplied in the country, who supplied it and who runs it. "
    "The paper describes no data path between these pieces (which network carries which camera, which platform "
    "feeds which application), so the model draws none it would have to invent, and the path stays open."
)


def sources_for(*footnotes: int, extra: tuple[Source, ...] = ()) -> tuple[Source, ...]:
    """The paper, the sources behind the given footnotes (any of the paper's 16), then ``extra``, each once."""
    chosen: dict[str, Source] = {PAPER_ID: _paper.PAPER}
    for number in sorted(footnotes):
        for source in _FOOTNOTES[number]:
            chosen.setdefault(source.id, source)
    for source in extra:
        chosen.setdefault(source.id, source)
    return tuple(chosen.values())


def hedged(quote: str, locator: str, why: str, fn: int | None = None) -> tuple[Evidence, ...]:
    """The paper says it conditionally or as a plan ("will cooperate", "expected to join"): quoted, not asserted."""
    where = f"{locator}, footnote {fn}" if fn is not None else locator
    return (Evidence(source=PAPER_ID, locator=where, quote=quote, footnote=fn, status=Status.HEDGED, reason=why),)


def public(source: Source, reason: str) -> tuple[Evidence, ...]:
    """What a public source outside the paper reports, paraphrased (its text is not at hand to quote)."""
    if source.id not in _PUBLIC:
        raise KeyError(f"unknown public source {source.id!r}")
    return (Evidence(source=source.id, status=Status.INFERRED, reason=reason),)


def chinese_authorities(targets: tuple[str, ...], element_id: str = "chinese_authorities") -> tuple[Element, ...]:
    """The supplier state as the paper names it, for a deployment outside China."""
    return (
        Element(
            id=element_id,
            name="Chinese authorities",
            kind="supplier_state",
            layer="outside",
            description=(
                "The paper's general statement about every smart city China supplies; it is not made of this "
                "country in particular. Reaches: " + ", ".join(targets) + "."
            ),
            # The sentence goes on "will have access": a forecast. The box quotes only the words that name it.
            evidence=said("Through smart cities, Chinese authorities", PROLIFERATION),
        ),
    )


def authorities_access(target: str, element_id: str = "chinese_authorities") -> Relation:
    """The supplier state's access to a deployment's element: a forecast, and said of smart cities in general."""
    return Relation(
        source=element_id,
        target=target,
        kind="accesses",
        label="information (may)",
        evidence=(
            Evidence(
                source=PAPER_ID,
                locator=PROLIFERATION,
                quote=ACCESS,
                status=Status.INFERRED,
                reason=(
                    "A hedged forecast ('will have access', 'may be able to control') about smart cities in general, "
                    "not a finding about this country: that it reaches this element is the model's reading, drawn "
                    "for each deployment China supplies."
                ),
            ),
        ),
    )


def fusion_sources(reason: str) -> tuple[Element, ...]:
    """The eight data sources the paper lists for data fusion, each with the list and the model's reason."""
    names = (
        ("surveillance_cameras", "Surveillance cameras", "cctv_camera"),
        ("plate_cameras", "Licence-plate recognition cameras", "plate_camera"),
        ("social_media", "Social media accounts", "social_media"),
        ("phone_numbers", "Phone numbers", "phone"),
        ("location_data", "Location data", "location"),
        ("facial_features", "Facial features", "biometrics"),
        ("blood_types", "Blood types", "biometrics"),
        ("heights", "Heights", "biometrics"),
    )
    return tuple(
        Element(
            id=element_id,
            name=name,
            kind=kind,
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14) + inferred(reason, DATA_FUSION),
        )
        for element_id, name, kind in names
    )


def flows_not_given(*codes: str) -> tuple[Suppression, ...]:
    """Silence the data-path rules for a deployment whose paper gives no data path (see FLOWS_NOT_GIVEN)."""
    return tuple(Suppression(code=code, justification=FLOWS_NOT_GIVEN) for code in codes)


def vendor_view(place: str, caption: str, alt_text: str) -> View:
    """The deployment's vendor view: every box with its vendor and operator under its name."""
    return View(
        id="vendors",
        title=f"{place}: who supplies and runs each element",
        caption=(
            f"{caption} Each box names its vendor and operator as the paper (or a cited public source) gives them; "
            "'not named' means the sources name none. Dashed outlines and open arrowheads mark what is inferred or "
            "hedged; point at a box to read the sentence behind it."
        ),
        alt_text=alt_text,
        direction="BT",
        group_by="layer",
        annotate="suppliers",
    )
