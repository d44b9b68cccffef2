"""Figure 3 of Ichida (2023), "Growing Demand for Smart Cities", reconstructed from the paper's text."""

from _sources import ABSTRACT, DEMAND, SPREAD, inferred, said, sources_for

from citystack import Claim, Element, Model, Relation, View

DRIVERS = (
    "more countries will be destabilized by climate change, epidemics, water and food shortages, resource shortages, "
    "population growth without economic growth (primarily in some African countries), and increased migration"
)
ATTRACTIVE = (
    "Smart cities with data fusion and even closed nets are attractive to those who want to maintain a stable "
    "government."
)
DESTABILIZES = said(DRIVERS, SPREAD)
REACHES_DEMAND = "As time goes on, this driver destabilises more countries, whose rulers come to want smart cities."

model = Model(
    id="paper-figure3",
    title="Growing Demand for Smart Cities (Ichida 2023, Figure 3)",
    description=(
        "The chain behind growing demand: six long-run drivers destabilise more countries; with democracy receding, "
        "more rulers want to maintain a stable government; smart cities with data fusion and closed nets attract "
        "them, so more Chinese smart-city projects follow."
    ),
    vocabulary="causal",
    sources=sources_for(12),
    elements=(
        Element(id="climate_change", name="Climate change", kind="driver", layer="driver", evidence=DESTABILIZES),
        Element(id="epidemics", name="Epidemics", kind="driver", layer="driver", evidence=DESTABILIZES),
        Element(
            id="water_food_shortages",
            name="Water and food shortages",
            kind="driver",
            layer="driver",
            evidence=DESTABILIZES,
        ),
        Element(
            id="resource_shortages", name="Resource shortages", kind="driver", layer="driver", evidence=DESTABILIZES
        ),
        Element(
            id="population_growth",
            name="Population growth without economic growth",
            kind="driver",
            layer="driver",
            description="Primarily in some African countries.",
            evidence=DESTABILIZES,
        ),
        Element(id="migration", name="Increased migration", kind="driver", layer="driver", evidence=DESTABILIZES),
        Element(
            id="destabilisation",
            name="More countries destabilised",
            kind="effect",
            layer="effect",
            evidence=said("as time goes on, more countries will be destabilized", SPREAD),
        ),
        Element(
            id="democratic_recession",
            name="Democratic recession",
            kind="effect",
            layer="effect",
            evidence=said("democracy continues to recede today", DEMAND, fn=12),
        ),
        Element(
            id="stability_seeking_rulers",
            name="Rulers who want to maintain a stable government",
            kind="actor",
            layer="actor",
            description="Their number is increasing around the world.",
            evidence=said(ATTRACTIVE, SPREAD)
            + said("the number of such rulers is increasing around the world today", SPREAD),
        ),
        Element(
            id="smart_city_demand",
            name="Demand for smart cities with data fusion and closed nets",
            kind="demand",
            layer="demand",
            evidence=said(ATTRACTIVE, SPREAD),
        ),
        Element(
            id="more_chinese_smart_cities",
            name="More Chinese smart-city projects",
            kind="outcome",
            layer="outcome",
            evidence=inferred(
                "The Figure 3 passage ends at the demand; the abstract says of Chinese smart cities that 'the number "
                "of these cities is growing as a result of this increase' in instability, so the model closes the "
                "chain with more Chinese smart-city projects.",
                ABSTRACT,
            ),
        ),
    ),
    relations=(
        Relation(source="climate_change", target="destabilisation", kind="causes", evidence=DESTABILIZES),
        Relation(source="epidemics", target="destabilisation", kind="causes", evidence=DESTABILIZES),
        Relation(source="water_food_shortages", target="destabilisation", kind="causes", evidence=DESTABILIZES),
        Relation(source="resource_shortages", target="destabilisation", kind="causes", evidence=DESTABILIZES),
        Relation(source="population_growth", target="destabilisation", kind="causes", evidence=DESTABILIZES),
        Relation(source="migration", target="destabilisation", kind="causes", evidence=DESTABILIZES),
        Relation(
            source="destabilisation",
            target="stability_seeking_rulers",
            kind="causes",
            evidence=inferred(
                "The paper lists the destabilising drivers ('Also, as time goes on, ...') right after saying the "
                "number of rulers who want a stable government is increasing, and its abstract links the seeking of "
                "Chinese smart cities to rising political instability; the model reads destabilisation as adding to "
                "those rulers.",
                SPREAD,
            ),
        ),
        Relation(
            source="democratic_recession",
            target="stability_seeking_rulers",
            kind="causes",
            evidence=said("As noted above, the number of such rulers is increasing around the world today.", SPREAD)
            + inferred(
                "'As noted above' points back to the passage on democratic recession (fn 12); the model draws that "
                "link as an arrow."
            ),
        ),
        Relation(
            source="stability_seeking_rulers",
            target="smart_city_demand",
            kind="causes",
            evidence=said(ATTRACTIVE, SPREAD),
        ),
        Relation(
            source="smart_city_demand",
            target="more_chinese_smart_cities",
            kind="causes",
            evidence=inferred(
                "The abstract says 'the number of these cities is growing as a result of this increase'; that the "
                "growth follows from this demand is the model's reading of the figure's title, 'Growing Demand'.",
                ABSTRACT,
            ),
        ),
    ),
    views=(
        View(
            id="figure3",
            figure="Figure 3",
            title="Growing Demand for Smart Cities",
            caption=(
                "Reconstructed from the text of Ichida (2023), whose Figure 3 survives only as its title. Every box "
                "and arrow carries the sentence of the paper behind it as its tooltip. Inferred by the model: the arrow from "
                "destabilisation to the rulers who want a stable government, the arrow from democratic recession to "
                "them, and the last step to more Chinese smart-city projects."
            ),
            alt_text=(
                "A causal chain read from top to bottom. Across the top, six drivers side by side: climate change, "
                "epidemics, water and food shortages, resource shortages, population growth without economic "
                "growth, and increased migration. Each has an arrow down to one box, more countries destabilised, "
                "which sits beside a second box, democratic recession. Both lead down to rulers who want to "
                "maintain a stable government; they lead to the demand for smart cities with data fusion and closed "
                "nets, which leads, at the bottom, to more Chinese smart-city projects, drawn dashed as an inference."
            ),
            direction="TB",
            group_by="layer",
        ),
    ),
    claims=(
        Claim(
            id="climate-change-reaches-demand",
            statement=REACHES_DEMAND,
            kind="reaches",
            subject="climate_change",
            objects=("demand",),
            evidence=DESTABILIZES,
        ),
        Claim(
            id="epidemics-reach-demand",
            statement=REACHES_DEMAND,
            kind="reaches",
            subject="epidemics",
            objects=("demand",),
            evidence=DESTABILIZES,
        ),
        Claim(
            id="water-food-shortages-reach-demand",
            statement=REACHES_DEMAND,
            kind="reaches",
            subject="water_food_shortages",
            objects=("demand",),
            evidence=DESTABILIZES,
        ),
        Claim(
            id="resource-shortages-reach-demand",
            statement=REACHES_DEMAND,
            kind="reaches",
            subject="resource_shortages",
            objects=("demand",),
            evidence=DESTABILIZES,
        ),
        Claim(
            id="population-growth-reaches-demand",
            statement=REACHES_DEMAND,
            kind="reaches",
            subject="population_growth",
            objects=("demand",),
            evidence=DESTABILIZES,
        ),
        Claim(
            id="migration-reaches-demand",
            statement=REACHES_DEMAND,
            kind="reaches",
            subject="migration",
            objects=("demand",),
            evidence=DESTABILIZES,
        ),
        Claim(
            id="rulers-drive-demand",
            statement=ATTRACTIVE,
            kind="reaches",
            subject="stability_seeking_rulers",
            objects=("smart_city_demand",),
            evidence=said(ATTRACTIVE, SPREAD),
        ),
    ),
)
