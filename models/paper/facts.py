"""The paper's facts as a register: every number it states (facts) and the countries, regions, companies and organisations it names (elements).

Not a figure: a model on the ``facts`` vocabulary is written as a dataset, CSV and JSON
(``output/paper-facts.csv``, ``.json``; columns in ``docs/facts-dataset.md``). Numbers are taken
from the paper's body, its abstract and the author's profile; footnote markers, the dates and
numbers inside citations and URLs, figure numbers, the title block's date and names that merely
contain a digit ("5G") are not facts the paper states.
"""

from _footnotes import MORE_FOOTNOTES
from _sources import (
    ABSTRACT,
    BERAJA_2024,
    DATA_FUSION,
    DEMAND,
    FOOTNOTES,
    INTRODUCTION,
    PAPER,
    PAPER_ID,
    PROLIFERATION,
    SPREAD,
    contested,
    said,
)

from citystack import AltValue, Element, Evidence, Fact, Model, Source, Status, Suppression

PROFILE = "Kazuki Ichida Profile"
TRANSLATOR = "Translator"

EXPORTS = "China exported to roughly twice as many countries as the United States (China 83 and U.S. 48)"
TRANSACTIONS = "with 10% more transactions (China 238 and U.S. 211)"
PERIOD = "from 2008 to 2021"
AFRICA = "China has provided approximately 70% of Africa's digital infrastructure, and 22 countries have installed Huawei surveillance systems"
GULF = "Saudi Arabia's largest trading partner is China, which has strategic partnership agreements with both Saudi Arabia and the United Arab Emirates"
SCO = "In March 2023, Saudi Arabia decided to join the Shanghai Cooperation Organization as a dialogue partner."
EXPECTED = "Bahrain, Kuwait, and the United Arab Emirates are also expected to join as dialogue members."
BRICS = "BRICS (Brazil, Russia, India, China, and South Africa)"
DESTINATIONS = (
    "Most exports are to countries in the Global South, including countries participating in One Belt One Road, "
    "BRICS (Brazil, Russia, India, China, and South Africa), and members of the China-Africa Cooperation Forum, but "
    "some countries in the Global North have also adopted the system."
)
CONTRACTS = (
    "since 2009, 144 smart city contracts involving Chinese companies have been signed, mostly in countries with "
    "restricted freedoms, and in the regions of Southeast Asia and the Middle East"
)
KENYA = "In Kenya, ZTE and Huawei have laid optical fiber"
SPLIT = (
    "surveillance systems from Dahua and Hikvision and an ... urban traffic management system from Nanjing Les "
    "Information Technology were installed"
)
ZIMBABWE = "Currently, China, Russia, and Iran are the main countries providing surveillance technology to Zimbabwe."
ZANU = (
    "The Zimbabwe African National Union, the political party that came to power after two political upheavals due "
    "to political instability"
)
COMPLEX = "a military-industrial complex of Chinese companies such as Huawei and the Zimbabwe Defense Forces"
WESTERN_COMPANIES = "some Western companies, such as IBM and Microsoft, have self-imposed restrictions"
LEONARD = "Mark Leonard, a British political scientist and board member of the European Council on Foreign Relations"


def _every_footnote() -> tuple[Source, ...]:
    """The paper's 16 footnotes' sources, each once, in footnote order."""
    chosen: dict[str, Source] = {}
    for number in sorted({*FOOTNOTES, *MORE_FOOTNOTES}):
        for source in (*FOOTNOTES.get(number, ()), *MORE_FOOTNOTES.get(number, ())):
            chosen.setdefault(source.id, source)
    return tuple(chosen.values())


def place(
    element_id: str, name: str, quote: str, where: str, about: str, fn: int | None = None, kind: str = "country"
) -> Element:
    """A country or region the paper names, with the sentence it names it in."""
    return Element(
        id=element_id, name=name, kind=kind, layer="place", description=about, evidence=said(quote, where, fn)
    )


def company(element_id: str, name: str, quote: str, where: str, about: str, fn: int | None = None) -> Element:
    return Element(
        id=element_id, name=name, kind="company", layer="company", description=about, evidence=said(quote, where, fn)
    )


def organisation(element_id: str, name: str, quote: str, where: str, about: str, fn: int | None = None) -> Element:
    return Element(
        id=element_id,
        name=name,
        kind="organisation",
        layer="organisation",
        description=about,
        evidence=said(quote, where, fn),
    )


def expected(element_id: str, name: str) -> Element:
    """A country the paper names only as expected to join the SCO: its row is hedged, as the sentence is."""
    return Element(
        id=element_id,
        name=name,
        kind="country",
        layer="place",
        description="Expected to join the SCO as a dialogue member.",
        evidence=(
            Evidence(
                source=PAPER_ID,
                locator=f"{PROLIFERATION}, footnote 7",
                quote=EXPECTED,
                footnote=7,
                status=Status.HEDGED,
                reason=f"The paper names {name} only as expected to join the Shanghai Cooperation Organization.",
            ),
        ),
    )


R = "region"

model = Model(
    id="paper-facts",
    title="The facts of Ichida (2023): numbers, countries, companies and organisations",
    description=(
        "Every number the paper states, with its unit, period, subject, footnote and status, and every country, "
        "region, company and organisation it names, each with the sentence that names it."
    ),
    vocabulary="facts",
    sources=(PAPER, *_every_footnote(), BERAJA_2024),
    elements=(
        # Countries
        place(
            "china",
            "China",
            "China's smart city and surveillance technology is spreading around the world",
            PROLIFERATION,
            "Supplier of smart cities and surveillance technology.",
            4,
        ),
        place(
            "united_states",
            "United States",
            EXPORTS,
            PROLIFERATION,
            "Exporter of facial-recognition AI; home of the 'business systems' smart cities.",
            5,
        ),
        place("brazil", "Brazil", BRICS, PROLIFERATION, "BRICS member.", 5),
        place(
            "russia",
            "Russia",
            ZIMBABWE,
            PROLIFERATION,
            "BRICS member; a main supplier of surveillance technology to Zimbabwe; aims for a closed net.",
            9,
        ),
        place("india", "India", BRICS, PROLIFERATION, "BRICS member.", 5),
        place(
            "south_africa",
            "South Africa",
            "smart cities are being introduced in South Africa",
            PROLIFERATION,
            "BRICS member; smart cities being introduced.",
            8,
        ),
        place(
            "saudi_arabia",
            "Saudi Arabia",
            SCO,
            PROLIFERATION,
            "China is its largest trading partner; SCO dialogue partner since March 2023.",
            7,
        ),
        place(
            "uae",
            "United Arab Emirates",
            GULF,
            PROLIFERATION,
            "Strategic partner of China; expected to join the SCO as a dialogue member.",
            7,
        ),
        expected("bahrain", "Bahrain"),
        expected("kuwait", "Kuwait"),
        place(
            "kenya",
            "Kenya",
            KENYA,
            PROLIFERATION,
            "ZTE and Huawei laid optical fibre; run by staff of a Chinese company.",
            8,
        ),
        place(
            "uganda",
            "Uganda",
            "Huawei's surveillance and other systems have been installed in Uganda",
            PROLIFERATION,
            "Huawei surveillance and other systems installed.",
            8,
        ),
        place(
            "zimbabwe",
            "Zimbabwe",
            ZIMBABWE,
            PROLIFERATION,
            "Surveillance technology mainly from China, Russia and Iran.",
            9,
        ),
        place(
            "iran",
            "Iran",
            ZIMBABWE,
            PROLIFERATION,
            "A main supplier of surveillance technology to Zimbabwe; another option for demand.",
            9,
        ),
        place(
            "japan",
            "Japan",
            "At the moment, this is not the West, and of course not Japan.",
            SPREAD,
            "Not among those with the upper hand.",
        ),
        place(
            "canada",
            "Canada",
            "Kazuki Ichida became a permanent resident of Canada in 2011",
            PROFILE,
            "The author's country of residence since 2011.",
        ),
        # Regions
        place(
            "southeast_asia",
            "Southeast Asia",
            CONTRACTS,
            PROLIFERATION,
            "Where most of the 144 contracts were signed.",
            4,
            R,
        ),
        place(
            "middle_east", "Middle East", CONTRACTS, PROLIFERATION, "Where most of the 144 contracts were signed.", 4, R
        ),
        place(
            "africa",
            "Africa",
            AFRICA,
            PROLIFERATION,
            "About 70% of its digital infrastructure provided by China.",
            8,
            R,
        ),
        place(
            "global_south",
            "Global South",
            DESTINATIONS,
            PROLIFERATION,
            "Where most facial-recognition AI exports go.",
            5,
            R,
        ),
        place(
            "global_north",
            "Global North",
            DESTINATIONS,
            PROLIFERATION,
            "Some of its countries have also adopted the system.",
            5,
            R,
        ),
        place(
            "xinjiang",
            "Xinjiang Uyghur Autonomous Region",
            "In Xinjiang Uyghur Autonomous Region, the Integrated Joint Operations Platform (IJOP) is in operation",
            DATA_FUSION,
            "Where IJOP and the Tianshan Anti-terrorism Cloud run.",
            14,
            R,
        ),
        place(
            "the_west",
            "The West",
            "Smart cities have become geopolitical battlegrounds for supremacy, but the West has been outnumbered.",
            ABSTRACT,
            "Outnumbered in the battle for the smart city.",
            None,
            R,
        ),
        place("vancouver", "Vancouver", "moved to Vancouver", PROFILE, "Where the author moved in 2011.", None, R),
        # Companies
        company(
            "huawei",
            "Huawei",
            AFRICA,
            PROLIFERATION,
            "Surveillance systems in 22 countries; Kenya, Uganda, Zimbabwe.",
            8,
        ),
        company("zte", "ZTE", KENYA, PROLIFERATION, "Laid optical fibre in Kenya.", 8),
        company(
            "dahua",
            "Dahua",
            SPLIT,
            PROLIFERATION,
            "Surveillance systems installed (country not named: Kenya by context).",
            8,
        ),
        company(
            "hikvision",
            "Hikvision",
            SPLIT,
            PROLIFERATION,
            "Surveillance systems installed (country not named: Kenya by context).",
            8,
        ),
        company(
            "nanjing_les",
            "Nanjing Les Information Technology",
            SPLIT,
            PROLIFERATION,
            "Urban traffic management system installed (country not named: Kenya by context).",
            8,
        ),
        company(
            "ibm",
            "IBM",
            WESTERN_COMPANIES,
            DEMAND,
            "Restricts itself from providing surveillance technology to authoritarian states.",
        ),
        company(
            "microsoft",
            "Microsoft",
            WESTERN_COMPANIES,
            DEMAND,
            "Restricts itself from providing surveillance technology to authoritarian states.",
        ),
        # Organisations
        organisation(
            "ecfr", "European Council on Foreign Relations", LEONARD, INTRODUCTION, "Mark Leonard is a board member.", 1
        ),
        organisation(
            "sco",
            "Shanghai Cooperation Organization",
            SCO,
            PROLIFERATION,
            "Saudi Arabia joined as a dialogue partner in March 2023.",
            7,
        ),
        organisation("brics", "BRICS", BRICS, PROLIFERATION, "Brazil, Russia, India, China, and South Africa.", 5),
        organisation(
            "one_belt_one_road",
            "One Belt One Road",
            DESTINATIONS,
            PROLIFERATION,
            "Its participants are among the destinations of facial-recognition AI exports.",
            5,
        ),
        organisation(
            "focac",
            "China-Africa Cooperation Forum",
            DESTINATIONS,
            PROLIFERATION,
            "Its members are among the destinations of facial-recognition AI exports.",
            5,
        ),
        organisation(
            "zanu",
            "Zimbabwe African National Union",
            ZANU,
            PROLIFERATION,
            "The ruling party; stepped up surveillance of the opposition.",
            9,
        ),
        organisation(
            "zdf",
            "Zimbabwe Defense Forces",
            COMPLEX,
            PROLIFERATION,
            "In a military-industrial complex with Chinese companies such as Huawei.",
            9,
        ),
        organisation(
            "meiji_csri",
            "Cyber Security Research Institute, Meiji University",
            "Visiting Researcher, Cyber Security Research Institute, Meiji University",
            INTRODUCTION,
            "The author's affiliation.",
        ),
        organisation(
            "hitotsubashi_ipp",
            "School of International and Public Policy, Hitotsubashi University",
            "School of International and Public Policy, Hitotsubashi University",
            TRANSLATOR,
            "The translator's school.",
        ),
    ),
    facts=(
        Fact(
            id="projects-underway",
            label="Smart-city projects underway worldwide",
            value=144,
            unit="projects",
            about=("china",),
            evidence=said("There are 144 such projects underway worldwide", ABSTRACT),
        ),
        Fact(
            id="contracts-since-2009",
            label="Smart-city contracts involving Chinese companies signed",
            value=144,
            unit="contracts",
            period="since 2009",
            about=("china",),
            evidence=said(CONTRACTS, PROLIFERATION, fn=4),
        ),
        Fact(
            id="fr-ai-export-countries-china",
            label="Countries China exported facial-recognition AI to",
            value=83,
            unit="countries",
            period="2008–2021",
            about=("china",),
            evidence=said(EXPORTS, PROLIFERATION, fn=5) + said(PERIOD, PROLIFERATION, fn=5),
        ),
        Fact(
            id="fr-ai-export-countries-us",
            label="Countries the U.S. exported facial-recognition AI to",
            value=48,
            unit="countries",
            period="2008–2021",
            about=("united_states",),
            evidence=contested(EXPORTS, PROLIFERATION, BERAJA_2024, fn=5),
            alternatives=(
                AltValue(
                    value=57,
                    source=BERAJA_2024.id,
                    note="A later commentary by authors of the footnote-5 research gives 83 versus 57.",
                ),
            ),
        ),
        Fact(
            id="fr-ai-export-countries-ratio",
            label="China's facial-recognition AI export countries against the U.S.'s (roughly twice as many)",
            value=2,
            unit="times",
            period="2008–2021",
            about=("china", "united_states"),
            evidence=said(EXPORTS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="fr-ai-transactions-china",
            label="Facial-recognition AI export transactions of China",
            value=238,
            unit="transactions",
            period="2008–2021",
            about=("china",),
            evidence=said(TRANSACTIONS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="fr-ai-transactions-us",
            label="Facial-recognition AI export transactions of the U.S.",
            value=211,
            unit="transactions",
            period="2008–2021",
            about=("united_states",),
            evidence=said(TRANSACTIONS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="fr-ai-transactions-more",
            label="How many more facial-recognition AI transactions China had than the U.S.",
            value=10,
            unit="%",
            period="2008–2021",
            about=("china", "united_states"),
            evidence=said(TRANSACTIONS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="africa-digital-infrastructure",
            label="Share of Africa's digital infrastructure provided by China (approximately)",
            value=70,
            unit="%",
            about=("china", "africa"),
            evidence=said(AFRICA, PROLIFERATION, fn=8),
        ),
        Fact(
            id="huawei-surveillance-countries",
            label="Countries that have installed Huawei surveillance systems",
            value=22,
            unit="countries",
            about=("huawei",),
            evidence=said(AFRICA, PROLIFERATION, fn=8),
        ),
        Fact(
            id="saudi-sco-year",
            label="Year Saudi Arabia decided to join the Shanghai Cooperation Organization as a dialogue partner",
            value=2023,
            unit="year",
            period="March 2023",
            about=("saudi_arabia", "sco"),
            evidence=said(SCO, PROLIFERATION, fn=7),
        ),
        Fact(
            id="zanu-upheavals",
            label="Political upheavals after which the Zimbabwe African National Union came to power",
            value=2,
            unit="political upheavals",
            about=("zanu",),
            evidence=said(ZANU, PROLIFERATION, fn=9),
        ),
        Fact(
            id="further-developments",
            label="Further developments in the Chinese smart city (data fusion, closed nets)",
            value=2,
            unit="developments",
            about=("china",),
            evidence=said("There are two more developments in the Chinese smart city.", DATA_FUSION),
        ),
        Fact(
            id="author-canada-year",
            label="Year the author became a permanent resident of Canada and moved to Vancouver",
            value=2011,
            unit="year",
            period="2011",
            about=("canada", "vancouver"),
            evidence=said("Kazuki Ichida became a permanent resident of Canada in 2011", PROFILE),
        ),
    ),
    suppressions=(
        Suppression(
            code="CON005",
            justification="A register, not a stack: each country, company and organisation is a row of the dataset, not a box joined to others.",
        ),
    ),
)
