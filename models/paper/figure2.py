"""Figure 2 of Ichida (2023), "Smart City Demand and Supply", reconstructed from the paper's text."""

from _footnotes import MORE_FOOTNOTES
from _sources import (
    ABSTRACT,
    BERAJA_2024,
    DEMAND,
    PROLIFERATION,
    contested,
    drawn_caption,
    hedged,
    inferred,
    said,
    sources_for,
)

from citystack import AltValue, Boundary, Claim, Element, Fact, Model, Relation, Suppression, View

NEEDS = (
    "In authoritarian states or states where democracy has been weakened, it is crucial to maintain domestic "
    "security and control public opinion."
)
SEEKING = (
    "Authoritarian countries and weakened democracies are seeking Chinese smart cities as political instability "
    "increases"
)
DEPLOYING = (
    "states with weakened democracies and authoritarian states are deploying Chinese facial recognition AI systems "
    "at times of political instability"
)
RECESSION = "Democracies are already no longer the majority in the world, and democracy continues to recede today."
RECESSION_TO_STATES = (
    "democracy continues to recede today. In authoritarian states or states where democracy has been weakened"
)
CAN_MEET = "China (other options include Russia and Iran) is the country that can meet the current demand"
SELF_RESTRICTED = (
    "some Western companies, such as IBM and Microsoft, have self-imposed restrictions that prevent them from "
    "providing surveillance technology to authoritarian states"
)
REFUSED = SELF_RESTRICTED + ", and Western governments have embargoes or require confirmation on applications"
NO_RESTRICTIONS = "China has no self-imposed regulations, no embargoes, and no restrictions on applications."
ZIMBABWE = "Currently, China, Russia, and Iran are the main countries providing surveillance technology to Zimbabwe."
SUPPORT = "Chinese smart city projects are often integrated with economic and informatization support"
TIES = (
    "Ties between China and other countries often start with economics and extend to relationships that include "
    "security, which in turn has led to the introduction of smart cities."
)
AFRICA = "In Africa, economic assistance and informatization support have triggered the implementation of smart cities."
EXPECTED = (
    "China’s smart cities and surveillance technologies are expected to be instrumental in resolving domestic "
    "instability."
)
EXPORTS = "China exported to roughly twice as many countries as the United States (China 83 and U.S. 48)"
TRANSACTIONS = "with 10% more transactions (China 238 and U.S. 211)"
PURPOSE = inferred(
    "The paper names domestic security and control of public opinion as what these states need, and says they seek "
    "Chinese smart cities; that the needs are what the seeking is for is the model's reading.",
    DEMAND,
    quote=NEEDS,
)
CAPTION = (
    "Reconstructed from the text of Ichida (2023), whose Figure 2 survives only as its title: the boxes and arrows "
    "are built from the sentences around it. Every box and arrow carries its sentence of the paper as its tooltip. "
    "Arrows ending in a bar are demand the West refuses. The U.S. figure of 48 countries is contested: a later "
    "commentary by authors of the cited research gives 57."
)
SUMMARY_CAPTION = (
    "The author-level view of Figure 2, reconstructed from the text of Ichida (2023): as political instability "
    "increases, authoritarian states and weakened democracies seek Chinese smart cities; the West refuses them, "
    "China (with Russia and Iran) supplies, and the ties that start with economics lead to smart cities."
)
OTHER_OPTIONS = inferred(
    "The paper names Russia and Iran as the other options for the demand China can meet, and as suppliers of "
    "surveillance technology to Zimbabwe; that the same demand turns to them is the model's reading.",
    DEMAND,
    quote=CAN_MEET,
)

_DRAFT = Model(
    id="paper-figure2",
    title="Smart City Demand and Supply (Ichida 2023, Figure 2)",
    description=(
        "Why China's smart cities spread: as political instability increases, authoritarian states and weakened "
        "democracies, who need domestic security and control of public opinion, seek Chinese smart cities. Western "
        "companies and governments refuse them (self-imposed restrictions, embargoes, confirmation on "
        "applications); China, with no restrictions, and Russia and Iran supply. China's ties start with economics "
        "and extend to security, which leads to smart cities, expected to help resolve domestic instability."
    ),
    vocabulary="market",
    sources=sources_for(4, 5, 7, 8, 12, 13, extra=(*MORE_FOOTNOTES[9], BERAJA_2024)),
    elements=(
        # Conditions
        Element(
            id="democratic_recession",
            name="Democratic recession",
            kind="condition",
            layer="condition",
            aliases=("democracy continues to recede",),
            evidence=said(RECESSION, DEMAND, fn=12),
        ),
        Element(
            id="political_instability",
            name="Political instability",
            kind="condition",
            layer="condition",
            evidence=said(SEEKING, ABSTRACT) + said(DEPLOYING, DEMAND, fn=13),
        ),
        # Demand
        Element(
            id="authoritarian_states",
            name="Authoritarian states",
            kind="state",
            layer="demand",
            aliases=("authoritarian countries",),
            evidence=said(NEEDS, DEMAND),
        ),
        Element(
            id="weakened_democracies",
            name="Weakened democracies",
            kind="state",
            layer="demand",
            aliases=("states where democracy has been weakened",),
            evidence=said(NEEDS, DEMAND),
        ),
        Element(
            id="public_opinion_control",
            name="Control public opinion",
            kind="need",
            layer="demand",
            evidence=said(NEEDS, DEMAND),
        ),
        Element(
            id="domestic_security",
            name="Maintain domestic security",
            kind="need",
            layer="demand",
            evidence=said(NEEDS, DEMAND),
        ),
        Element(
            id="smart_city_seeking",
            name="Seeking Chinese smart cities",
            kind="need",
            layer="demand",
            description="The demand the section's title speaks of: 'Demand Drives China's Smart City Exports'.",
            evidence=said(SEEKING, ABSTRACT),
        ),
        # Supply
        Element(
            id="western_governments",
            name="Western governments: embargoes, confirmation on applications",
            kind="government",
            layer="supply",
            evidence=said(REFUSED, DEMAND),
        ),
        Element(
            id="western_companies",
            name="Western companies (IBM, Microsoft)",
            kind="company",
            layer="supply",
            vendors=("IBM", "Microsoft"),
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
        Element(
            id="self_restrictions",
            name="Self-imposed restrictions",
            kind="restriction",
            layer="supply",
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
        Element(
            id="russia_iran",
            name="Russia and Iran",
            kind="supplier_state",
            layer="supply",
            description="Suppliers of surveillance technology to Zimbabwe; 'other options' for the demand China can meet.",
            evidence=said(ZIMBABWE, PROLIFERATION, fn=9),
        ),
        Element(
            id="china",
            name="China: no restrictions",
            kind="supplier_state",
            layer="supply",
            description="No self-imposed regulations, no embargoes, no restrictions on applications.",
            aliases=("Chinese",),
            evidence=said(NO_RESTRICTIONS, DEMAND) + said(ZIMBABWE, PROLIFERATION, fn=9),
        ),
        # Channel
        Element(
            id="economic_ties",
            name="Economic ties and support",
            kind="support",
            layer="channel",
            description="Ties start with economics; projects come with economic and informatization support.",
            aliases=("economics", "economic and informatization support", "economic assistance and informatization support"),
            evidence=said(TIES, PROLIFERATION, fn=7) + said(SUPPORT, ABSTRACT),
        ),
        Element(
            id="surveillance_technology",
            name="Surveillance technology provided",
            kind="support",
            layer="channel",
            aliases=("surveillance technologies",),
            evidence=said(ZIMBABWE, PROLIFERATION, fn=9),
        ),
        # Outcome
        Element(
            id="security_relationships",
            name="Relationships that include security",
            kind="outcome",
            layer="outcome",
            evidence=said(TIES, PROLIFERATION, fn=7),
        ),
        Element(
            id="chinese_smart_cities",
            name="Chinese smart cities introduced",
            kind="outcome",
            layer="outcome",
            aliases=("smart cities",),
            evidence=said(TIES, PROLIFERATION, fn=7) + said(AFRICA, PROLIFERATION, fn=8),
        ),
        Element(
            id="domestic_stability",
            name="Domestic instability resolved (expected)",
            kind="outcome",
            layer="outcome",
            evidence=hedged(EXPECTED, DEMAND),
        ),
    ),
    relations=(
        Relation(
            source="democratic_recession",
            target="authoritarian_states",
            kind="drives",
            evidence=inferred(
                "The paper sets democratic recession directly before the needs of authoritarian states; the causal "
                "arrow is the model's reading.",
                DEMAND,
                quote=RECESSION_TO_STATES,
            ),
        ),
        Relation(
            source="democratic_recession",
            target="weakened_democracies",
            kind="drives",
            evidence=inferred(
                "The paper sets democracy receding directly before the states where it has been weakened; the "
                "causal arrow is the model's reading.",
                DEMAND,
                quote=RECESSION_TO_STATES,
            ),
        ),
        Relation(
            source="political_instability",
            target="smart_city_seeking",
            kind="drives",
            label="as it increases",
            evidence=said(SEEKING, ABSTRACT),
        ),
        Relation(
            source="authoritarian_states", target="smart_city_seeking", kind="needs", evidence=said(SEEKING, ABSTRACT)
        ),
        Relation(
            source="weakened_democracies", target="smart_city_seeking", kind="needs", evidence=said(SEEKING, ABSTRACT)
        ),
        Relation(source="authoritarian_states", target="domestic_security", kind="needs", evidence=said(NEEDS, DEMAND)),
        Relation(
            source="authoritarian_states", target="public_opinion_control", kind="needs", evidence=said(NEEDS, DEMAND)
        ),
        Relation(source="weakened_democracies", target="domestic_security", kind="needs", evidence=said(NEEDS, DEMAND)),
        Relation(
            source="weakened_democracies", target="public_opinion_control", kind="needs", evidence=said(NEEDS, DEMAND)
        ),
        Relation(source="domestic_security", target="smart_city_seeking", kind="needs", evidence=PURPOSE),
        Relation(source="public_opinion_control", target="smart_city_seeking", kind="needs", evidence=PURPOSE),
        Relation(source="smart_city_seeking", target="china", kind="seeks", evidence=said(SEEKING, ABSTRACT)),
        Relation(source="smart_city_seeking", target="russia_iran", kind="seeks", evidence=OTHER_OPTIONS),
        Relation(
            source="authoritarian_states",
            target="western_companies",
            kind="blocked",
            label="self-imposed restrictions",
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
        Relation(
            source="authoritarian_states",
            target="western_governments",
            kind="blocked",
            label="embargoes, confirmation",
            evidence=said(REFUSED, DEMAND),
        ),
        Relation(
            source="self_restrictions",
            target="western_companies",
            kind="restricts",
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
        Relation(source="china", target="economic_ties", kind="offers", evidence=said(SUPPORT, ABSTRACT)),
        Relation(
            source="china", target="surveillance_technology", kind="offers", evidence=said(ZIMBABWE, PROLIFERATION, fn=9)
        ),
        Relation(
            source="russia_iran",
            target="surveillance_technology",
            kind="offers",
            evidence=said(ZIMBABWE, PROLIFERATION, fn=9),
        ),
        Relation(
            source="economic_ties",
            target="security_relationships",
            kind="leads_to",
            label="extend to",
            evidence=said(TIES, PROLIFERATION, fn=7),
        ),
        Relation(
            source="security_relationships",
            target="chinese_smart_cities",
            kind="leads_to",
            label="has led to",
            evidence=said(TIES, PROLIFERATION, fn=7),
        ),
        Relation(
            source="economic_ties",
            target="chinese_smart_cities",
            kind="leads_to",
            label="triggered (Africa)",
            evidence=said(AFRICA, PROLIFERATION, fn=8),
        ),
        Relation(
            source="chinese_smart_cities",
            target="domestic_stability",
            kind="leads_to",
            evidence=hedged(EXPECTED, DEMAND),
        ),
        Relation(
            source="surveillance_technology",
            target="domestic_stability",
            kind="leads_to",
            evidence=hedged(EXPECTED, DEMAND),
        ),
        Relation(
            source="domestic_stability",
            target="domestic_security",
            kind="meets",
            evidence=inferred(
                "The paper expects Chinese smart cities to resolve domestic instability and names domestic security "
                "as the need; that the one answers the other is the model's reading."
            ),
        ),
    ),
    boundaries=(
        Boundary(
            id="the_west",
            name="The West",
            kind="group",
            members=("western_companies", "self_restrictions", "western_governments"),
            evidence=said(
                "Smart cities have become geopolitical battlegrounds for supremacy, but the West has been outnumbered.",
                ABSTRACT,
            ),
        ),
    ),
    facts=(
        Fact(
            id="contracts-since-2009",
            label="Smart-city contracts involving Chinese companies signed since 2009",
            value=144,
            unit="contracts",
            about=("chinese_smart_cities",),
            evidence=said(
                "since 2009, 144 smart city contracts involving Chinese companies have been signed", PROLIFERATION, fn=4
            ),
        ),
        Fact(
            id="fr-ai-export-countries-china",
            label="Countries China exported facial-recognition AI to, 2008–2021",
            value=83,
            unit="countries",
            about=("china",),
            evidence=said(EXPORTS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="fr-ai-export-countries-us",
            label="Countries the U.S. exported facial-recognition AI to, 2008–2021",
            value=48,
            unit="countries",
            about=("the_west",),
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
            id="fr-ai-transactions-china",
            label="Facial-recognition AI export transactions of China, 2008–2021",
            value=238,
            unit="transactions",
            about=("china",),
            evidence=said(TRANSACTIONS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="fr-ai-transactions-us",
            label="Facial-recognition AI export transactions of the U.S., 2008–2021",
            value=211,
            unit="transactions",
            about=("the_west",),
            evidence=said(TRANSACTIONS, PROLIFERATION, fn=5),
        ),
        Fact(
            id="africa-digital-infrastructure",
            label="Share of Africa's digital infrastructure provided by China (approx.)",
            value=70,
            unit="%",
            about=("economic_ties",),
            evidence=said(
                "China has provided approximately 70% of Africa's digital infrastructure", PROLIFERATION, fn=8
            ),
        ),
        Fact(
            id="huawei-surveillance-countries",
            label="Countries that have installed Huawei surveillance systems",
            value=22,
            unit="countries",
            about=("chinese_smart_cities",),
            evidence=said("22 countries have installed Huawei surveillance systems", PROLIFERATION, fn=8),
        ),
    ),
    claims=(
        Claim(
            id="demand-reaches-china",
            statement="As political instability increases, the demand for Chinese smart cities reaches China.",
            kind="reaches",
            subject="political_instability",
            objects=("china", "chinese_smart_cities"),
            evidence=said(SEEKING, ABSTRACT),
        ),
        Claim(
            id="china-meets-demand",
            statement="China is the country that can meet the current demand: its supply reaches the buyers' need.",
            kind="reaches",
            subject="china",
            objects=("domestic_stability", "domestic_security"),
            evidence=hedged(CAN_MEET, DEMAND),
        ),
        Claim(
            id="ties-lead-to-smart-cities",
            statement="Ties start with economics and extend to security, which has led to smart cities.",
            kind="reaches",
            subject="economic_ties",
            objects=("security_relationships", "chinese_smart_cities"),
            evidence=said(TIES, PROLIFERATION, fn=7),
        ),
        Claim(
            id="west-refuses-authoritarian-states",
            statement="Western companies and governments do not supply authoritarian states: the demand is refused.",
            kind="does_not_reach",
            subject="authoritarian_states",
            objects=("western_companies", "western_governments"),
            evidence=said(REFUSED, DEMAND),
        ),
        Claim(
            id="west-restricted",
            statement="Restricted Western suppliers do not deliver smart cities to authoritarian states.",
            kind="does_not_reach",
            subject="western_companies",
            objects=("authoritarian_states", "channel", "outcome"),
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
    ),
    suppressions=(
        Suppression(
            code="CON001",
            target="western_companies",
            justification=(
                "The point of the figure: restricted Western suppliers refuse the demand (the blocked arrow; claim "
                "west-restricted), so nothing leads onward from them."
            ),
        ),
        Suppression(
            code="CON001",
            target="self_restrictions",
            justification="A restriction ends where it holds a supplier back; the West's supply stops there by design.",
        ),
        Suppression(
            code="CON001",
            target="western_governments",
            justification=(
                "Western governments refuse rather than supply: the paper names only their embargoes and "
                "confirmation on applications, drawn as the blocked arrow that reaches them."
            ),
        ),
    ),
)

SUMMARY_ELEMENTS = (
    "political_instability",
    "authoritarian_states",
    "weakened_democracies",
    "smart_city_seeking",
    "china",
    "russia_iran",
    "western_companies",
    "western_governments",
    "economic_ties",
    "surveillance_technology",
    "chinese_smart_cities",
    "domestic_stability",
)


def _caption(lead: str, shown: tuple[str, ...] | None) -> str:
    return drawn_caption(lead, _DRAFT.elements, _DRAFT.relations, shown)


model = Model.model_validate(
    {
        **dict(_DRAFT),
        "views": (
            View(
                id="figure2",
                figure="Figure 2",
                title="Smart City Demand and Supply",
                caption=_caption(CAPTION, None),
                alt_text=(
                    "A diagram read from top to bottom in five rows. Conditions: democratic recession, which leads "
                    "to authoritarian states and weakened democracies, and political instability, which drives the "
                    "box seeking Chinese smart cities as it increases. Demand: the two kinds of state need to "
                    "maintain domestic security and control public opinion, and both, with those needs, lead to "
                    "seeking Chinese smart cities. Supply: the seeking turns to China, with no restrictions, and to "
                    "Russia and Iran. Beside them, grouped as the West, Western companies such as IBM and Microsoft, "
                    "held back by self-imposed restrictions, and Western governments with their embargoes and "
                    "confirmation on applications: arrows from the authoritarian states end at both in a bar, "
                    "refused. Channel: China offers economic ties and support; China and Russia and Iran lead to "
                    "surveillance technology provided. Outcome: economic ties extend to relationships that include "
                    "security, which have led to Chinese smart cities introduced; in Africa economic support "
                    "triggered them directly. Smart cities and surveillance technology lead, hedged, to domestic "
                    "instability resolved (expected), which a dotted arrow takes back to the need to maintain "
                    "domestic security. A note gives the numbers: 144 contracts since 2009; facial-recognition AI "
                    "exports 2008 to 2021 to 83 countries for China and 48 for the U.S. (contested: 57 in a later "
                    "source), 238 versus 211 transactions; about 70 percent of Africa's digital infrastructure; "
                    "Huawei surveillance systems in 22 countries."
                ),
                direction="TB",
                group_by="layer",
                facts=(
                    "contracts-since-2009",
                    "fr-ai-export-countries-china",
                    "fr-ai-export-countries-us",
                    "fr-ai-transactions-china",
                    "fr-ai-transactions-us",
                    "africa-digital-infrastructure",
                    "huawei-surveillance-countries",
                ),
            ),
            View(
                id="summary",
                figure="Figure 2",
                title="Smart City Demand and Supply: summary",
                caption=_caption(SUMMARY_CAPTION, SUMMARY_ELEMENTS),
                alt_text=(
                    "Twelve boxes from top to bottom. Political instability drives the box seeking Chinese smart "
                    "cities, which authoritarian states and weakened democracies lead to. The seeking turns to China "
                    "(no restrictions) and to Russia and Iran; the authoritarian states' arrows to Western companies "
                    "(IBM, Microsoft) and Western governments (embargoes, confirmation on applications) end in a bar: "
                    "refused. China offers economic ties and support, which lead to Chinese smart cities introduced; "
                    "China and Russia and Iran lead to surveillance technology provided. Both outcomes lead, hedged, "
                    "to domestic instability resolved (expected)."
                ),
                elements=SUMMARY_ELEMENTS,
                direction="TB",
                group_by="layer",
            ),
        ),
    }
)
