"""Figure 2 of Ichida (2023), "Smart City Demand and Supply", reconstructed from the paper's text."""

from _sources import ABSTRACT, BERAJA_2024, DEMAND, PROLIFERATION, contested, inferred, said, sources_for

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
CAN_MEET = "China (other options include Russia and Iran) is the country that can meet the current demand"
SELF_RESTRICTED = (
    "some Western companies, such as IBM and Microsoft, have self-imposed restrictions that prevent them from "
    "providing surveillance technology to authoritarian states"
)
EMBARGOES = "Western governments have embargoes or require confirmation on applications"
EXPORTS = "China exported to roughly twice as many countries as the United States (China 83 and U.S. 48)"
TRANSACTIONS = "with 10% more transactions (China 238 and U.S. 211)"

model = Model(
    id="paper-figure2",
    title="Smart City Demand and Supply (Ichida 2023, Figure 2)",
    description=(
        "Why China's smart cities spread: democratic recession and political instability make authoritarian states "
        "and weakened democracies need domestic security and control of public opinion; Western suppliers are held "
        "back by their own restrictions and their governments' embargoes, while China, with Russia and Iran as other "
        "options, supplies openly through economic and informatization support."
    ),
    vocabulary="market",
    sources=sources_for(4, 5, 7, 8, 12, 13, extra=(BERAJA_2024,)),
    elements=(
        # Conditions
        Element(
            id="democratic_recession",
            name="Democratic recession",
            kind="condition",
            layer="condition",
            evidence=said(
                "Democracies are already no longer the majority in the world, and democracy continues to recede today.",
                DEMAND,
                fn=12,
            ),
        ),
        Element(
            id="political_instability",
            name="Political instability",
            kind="condition",
            layer="condition",
            evidence=said(DEPLOYING, DEMAND, fn=13),
        ),
        # Demand
        Element(
            id="authoritarian_states",
            name="Authoritarian states",
            kind="state",
            layer="demand",
            evidence=said(NEEDS, DEMAND),
        ),
        Element(
            id="weakened_democracies",
            name="Weakened democracies",
            kind="state",
            layer="demand",
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
        # Supply
        Element(
            id="western_governments",
            name="Western governments",
            kind="government",
            layer="supply",
            evidence=said(EMBARGOES, DEMAND),
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
            name="Russia and Iran (other options)",
            kind="supplier_state",
            layer="supply",
            evidence=said(CAN_MEET, DEMAND),
        ),
        Element(
            id="china",
            name="China: no restrictions",
            kind="supplier_state",
            layer="supply",
            description="No self-imposed regulations, no embargoes, no restrictions on applications.",
            evidence=said(
                "China has no self-imposed regulations, no embargoes, and no restrictions on applications.", DEMAND
            )
            + said(CAN_MEET, DEMAND),
        ),
        # Channel
        Element(
            id="economic_support",
            name="Economic and informatization support",
            kind="support",
            layer="channel",
            evidence=said(
                "Chinese smart city projects are often integrated with economic and informatization support", ABSTRACT
            )
            + said(
                "Ties between China and other countries often start with economics and extend to relationships that "
                "include security, which in turn has led to the introduction of smart cities.",
                PROLIFERATION,
                fn=7,
            ),
        ),
        # Outcome
        Element(
            id="ties_to_china",
            name="Deep economic and political ties to China",
            kind="outcome",
            layer="outcome",
            evidence=said("are deeply tied to China economically and politically", ABSTRACT),
        ),
        Element(
            id="chinese_smart_cities",
            name="Chinese smart cities and surveillance deployed",
            kind="outcome",
            layer="outcome",
            evidence=said(
                "In Africa, economic assistance and informatization support have triggered the implementation of smart cities.",
                PROLIFERATION,
                fn=8,
            )
            + said(DEPLOYING, DEMAND, fn=13),
        ),
        Element(
            id="domestic_stability",
            name="Domestic instability resolved (expected)",
            kind="outcome",
            layer="outcome",
            evidence=said(
                "China’s smart cities and surveillance technologies are expected to be instrumental in resolving "
                "domestic instability.",
                DEMAND,
            ),
        ),
    ),
    relations=(
        Relation(
            source="democratic_recession",
            target="authoritarian_states",
            kind="drives",
            evidence=said("Democracies are already no longer the majority in the world", DEMAND, fn=12)
            + inferred(
                "The paper sets democratic recession directly before the needs of authoritarian states; the causal arrow is the model's reading."
            ),
        ),
        Relation(
            source="democratic_recession",
            target="weakened_democracies",
            kind="drives",
            evidence=said("democracy continues to recede today", DEMAND, fn=12)
            + inferred(
                "The paper sets democratic recession directly before the needs of weakened democracies; the causal arrow is the model's reading."
            ),
        ),
        Relation(
            source="political_instability",
            target="authoritarian_states",
            kind="drives",
            evidence=said(SEEKING, ABSTRACT),
        ),
        Relation(
            source="political_instability",
            target="weakened_democracies",
            kind="drives",
            evidence=said(SEEKING, ABSTRACT),
        ),
        Relation(source="authoritarian_states", target="domestic_security", kind="needs", evidence=said(NEEDS, DEMAND)),
        Relation(
            source="authoritarian_states", target="public_opinion_control", kind="needs", evidence=said(NEEDS, DEMAND)
        ),
        Relation(source="weakened_democracies", target="domestic_security", kind="needs", evidence=said(NEEDS, DEMAND)),
        Relation(
            source="weakened_democracies", target="public_opinion_control", kind="needs", evidence=said(NEEDS, DEMAND)
        ),
        Relation(
            source="domestic_security",
            target="china",
            kind="seeks",
            evidence=said(SEEKING, ABSTRACT) + said(CAN_MEET, DEMAND),
        ),
        Relation(
            source="public_opinion_control",
            target="china",
            kind="seeks",
            evidence=said(SEEKING, ABSTRACT) + said(CAN_MEET, DEMAND),
        ),
        Relation(
            source="domestic_security",
            target="russia_iran",
            kind="seeks",
            evidence=said(CAN_MEET, DEMAND),
        ),
        Relation(
            source="public_opinion_control",
            target="russia_iran",
            kind="seeks",
            evidence=said(CAN_MEET, DEMAND),
        ),
        Relation(
            source="self_restrictions",
            target="western_companies",
            kind="restricts",
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
        Relation(
            source="western_governments",
            target="western_companies",
            kind="restricts",
            label="embargoes, confirmation on applications",
            evidence=said(EMBARGOES, DEMAND)
            + inferred(
                "The paper does not say whom the embargoes and the confirmation on applications bind; the model reads "
                "them as export controls holding back Western suppliers."
            ),
        ),
        Relation(
            source="china",
            target="economic_support",
            kind="offers",
            evidence=said(
                "Chinese smart city projects are often integrated with economic and informatization support", ABSTRACT
            ),
        ),
        Relation(
            source="economic_support",
            target="chinese_smart_cities",
            kind="leads_to",
            evidence=said(
                "economic assistance and informatization support have triggered the implementation of smart cities",
                PROLIFERATION,
                fn=8,
            ),
        ),
        Relation(
            source="chinese_smart_cities",
            target="ties_to_china",
            kind="leads_to",
            evidence=said("are deeply tied to China economically and politically", ABSTRACT),
        ),
        Relation(
            source="chinese_smart_cities",
            target="domestic_stability",
            kind="leads_to",
            evidence=said("expected to be instrumental in resolving domestic instability", DEMAND),
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
            about=("economic_support",),
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
    views=(
        View(
            id="figure2",
            figure="Figure 2",
            title="Smart City Demand and Supply",
            caption=(
                "Reconstructed from the text of Ichida (2023), whose Figure 2 survives only as its title. Every box "
                "and arrow carries the sentence of the paper behind it as its tooltip. Inferred by the model: the arrows from "
                "democratic recession to the two kinds of state, whom the Western embargoes hold back, and the "
                "dotted arrow by which domestic stability answers the need for domestic security. The U.S. figure of "
                "48 countries is contested: a later commentary by authors of the cited research gives 57."
            ),
            alt_text=(
                "A diagram read from top to bottom in five rows. Conditions: democratic recession and political "
                "instability, which drive the demand of authoritarian states and weakened democracies. Demand: those "
                "states need to maintain domestic security and to control public opinion, and both needs turn to "
                "the supply row. Supply: China, with no restrictions, and Russia and Iran as other options; beside "
                "them, grouped as the West, Western companies such as IBM and Microsoft, held back by self-imposed "
                "restrictions and by Western governments' embargoes and confirmation on applications, with no arrow "
                "leaving them. Channel: China offers economic and informatization support. Outcome: Chinese smart "
                "cities and surveillance are deployed, which ties the buyers to China economically and politically "
                "and is expected to resolve domestic instability; a dotted arrow takes that back up to the need for "
                "domestic security. A note gives the numbers: 144 contracts since 2009; facial-recognition AI "
                "exports 2008 to 2021 to 83 countries for China and 48 for the U.S. (contested: 57 in a later "
                "source), 238 versus 211 transactions; about 70 percent of Africa's digital infrastructure; Huawei "
                "surveillance systems in 22 countries."
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
    ),
    claims=(
        Claim(
            id="demand-reaches-china",
            statement="Authoritarian countries and weakened democracies are seeking Chinese smart cities.",
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
            evidence=said(CAN_MEET, DEMAND),
        ),
        Claim(
            id="west-restricted",
            statement="Restricted Western suppliers do not deliver smart cities to authoritarian states.",
            kind="does_not_reach",
            subject="western_companies",
            objects=("channel", "outcome"),
            evidence=said(SELF_RESTRICTED, DEMAND),
        ),
    ),
    suppressions=(
        Suppression(
            code="CON001",
            target="russia_iran",
            justification=(
                "The paper names Russia and Iran only as other options that can meet the demand; it does not say "
                "through which channel they supply, so no arrow is drawn onward."
            ),
        ),
        Suppression(
            code="CON001",
            target="western_companies",
            justification=(
                "The point of the figure: restricted Western suppliers do not deliver (claim west-restricted), so "
                "nothing leads onward from them."
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
                "Western governments restrict rather than supply: the paper names only their embargoes and "
                "confirmation on applications, which end at the suppliers they hold back."
            ),
        ),
    ),
)
