"""Figure 3 of Ichida (2023), "Growing Demand for Smart Cities", reconstructed from the paper's text."""

from _sources import ABSTRACT, DEMAND, SPREAD, drawn_caption, hedged, inferred, said, sources_for

from citystack import Claim, Element, Model, Relation, View

# The sentence placed right before Figure 3; it predicts ("will be destabilized"), it does not report.
DRIVERS = (
    "more countries will be destabilized by climate change, epidemics, water and food shortages, resource shortages, "
    "population growth without economic growth (primarily in some African countries), and increased migration"
)
ATTRACTIVE = (
    "Smart cities with data fusion and even closed nets are attractive to those who want to maintain a stable "
    "government."
)
MORE_RULERS = "As noted above, the number of such rulers is increasing around the world today."
SEEKING = (
    "Authoritarian countries and weakened democracies are seeking Chinese smart cities as political instability "
    "increases, and the number of these cities is growing as a result of this increase"
)
RECESSION = "Democracies are already no longer the majority in the world, and democracy continues to recede today."
# The drivers as the sentence lists them, without its prediction: what each box names.
DRIVER_LIST = said(DRIVERS.split("destabilized ")[1], SPREAD)
# The prediction itself: the arrows from the drivers are hedged, as the sentence is.
DESTABILIZES = hedged(DRIVERS, SPREAD)
REACHES_DEMAND = "As time goes on, this driver destabilises more countries, whose rulers come to want smart cities."

_DRAFT = Model(
    id="paper-figure3",
    title="Growing Demand for Smart Cities (Ichida 2023, Figure 3)",
    description=(
        "The chain behind growing demand: six long-run drivers will destabilise more countries (political "
        "instability); with democracy receding, the rulers who want to maintain a stable government are more "
        "numerous; smart cities with data fusion and closed nets attract them, so demand for smart cities grows. "
        "The chain ends there, as the paper does: it says the West is unlikely to win, and that this does not "
        "necessarily mean China will."
    ),
    vocabulary="causal",
    sources=sources_for(12),
    elements=(
        Element(id="climate_change", name="Climate change", kind="driver", layer="driver", evidence=DRIVER_LIST),
        Element(id="epidemics", name="Epidemics", kind="driver", layer="driver", evidence=DRIVER_LIST),
        Element(
            id="water_food_shortages",
            name="Water and food shortages",
            kind="driver",
            layer="driver",
            evidence=DRIVER_LIST,
        ),
        Element(
            id="resource_shortages", name="Resource shortages", kind="driver", layer="driver", evidence=DRIVER_LIST
        ),
        Element(
            id="population_growth",
            name="Population growth without economic growth",
            kind="driver",
            layer="driver",
            description="Primarily in some African countries.",
            evidence=DRIVER_LIST,
        ),
        Element(id="migration", name="Increased migration", kind="driver", layer="driver", evidence=DRIVER_LIST),
        Element(
            id="political_instability",
            name="Political instability: more countries destabilised",
            kind="effect",
            layer="effect",
            aliases=("destabilized", "political instability"),
            evidence=said(SEEKING, ABSTRACT) + hedged("as time goes on, more countries will be destabilized", SPREAD),
        ),
        Element(
            id="democratic_recession",
            name="Democracy receding: rulers of authoritarian states and weakened democracies",
            kind="actor",
            layer="actor",
            description=(
                "Not an effect of the drivers: the paper states it on its own (fn 12), before the drivers, and "
                "points back to it with 'As noted above'. Drawn among the actors because it says who rules."
            ),
            aliases=("democracy", "democracies"),
            evidence=said(RECESSION, DEMAND, fn=12),
        ),
        Element(
            id="stability_seeking_rulers",
            name="Rulers who want to maintain a stable government",
            kind="actor",
            layer="actor",
            description="Their number is increasing around the world.",
            aliases=("rulers", "those who want to maintain a stable government"),
            evidence=said(ATTRACTIVE, SPREAD) + said(MORE_RULERS, SPREAD),
        ),
        Element(
            id="smart_city_attraction",
            name="Smart cities with data fusion and closed nets attract them",
            kind="demand",
            layer="demand",
            aliases=("smart cities with data fusion and even closed nets",),
            evidence=said(ATTRACTIVE, SPREAD),
        ),
        Element(
            id="growing_demand",
            name="Growing demand for smart cities",
            kind="outcome",
            layer="outcome",
            description="The figure's title and the end of its chain; the paper draws no winner from it.",
            aliases=("smart cities",),
            evidence=said(SEEKING, ABSTRACT),
        ),
    ),
    relations=(
        Relation(source="climate_change", target="political_instability", kind="causes", evidence=DESTABILIZES),
        Relation(source="epidemics", target="political_instability", kind="causes", evidence=DESTABILIZES),
        Relation(source="water_food_shortages", target="political_instability", kind="causes", evidence=DESTABILIZES),
        Relation(source="resource_shortages", target="political_instability", kind="causes", evidence=DESTABILIZES),
        Relation(source="population_growth", target="political_instability", kind="causes", evidence=DESTABILIZES),
        Relation(source="migration", target="political_instability", kind="causes", evidence=DESTABILIZES),
        Relation(
            source="political_instability",
            target="stability_seeking_rulers",
            kind="causes",
            evidence=inferred(
                "The abstract ties the seeking of Chinese smart cities by authoritarian countries and weakened "
                "democracies to rising political instability; the model draws instability as adding to the rulers "
                "who want a stable government (the paper sets the drivers right after those rulers: 'Also, ...').",
                ABSTRACT,
                quote=SEEKING,
            ),
        ),
        Relation(
            source="democratic_recession",
            target="stability_seeking_rulers",
            kind="causes",
            evidence=inferred(
                "'As noted above' points back to the passage on democratic recession (fn 12): the rulers whose "
                "number is increasing are those of authoritarian states and weakened democracies.",
                SPREAD,
                quote=MORE_RULERS,
            ),
        ),
        Relation(
            source="stability_seeking_rulers",
            target="smart_city_attraction",
            kind="causes",
            evidence=said(ATTRACTIVE, SPREAD),
        ),
        Relation(
            source="smart_city_attraction",
            target="growing_demand",
            kind="causes",
            evidence=inferred(
                "Attraction turns into demand that grows with the number of such rulers; the abstract says the "
                "number of these cities is growing as instability increases. The figure's title names the end.",
                ABSTRACT,
                quote=SEEKING,
            ),
        ),
    ),
    claims=(
        *(
            Claim(
                id=f"{driver.replace('_', '-')}-reaches-demand",
                statement=REACHES_DEMAND,
                kind="reaches",
                subject=driver,
                objects=("growing_demand",),
                evidence=DESTABILIZES,
            )
            for driver in (
                "climate_change",
                "epidemics",
                "water_food_shortages",
                "resource_shortages",
                "population_growth",
                "migration",
            )
        ),
        Claim(
            id="rulers-drive-demand",
            statement=ATTRACTIVE,
            kind="reaches",
            subject="stability_seeking_rulers",
            objects=("growing_demand",),
            evidence=said(ATTRACTIVE, SPREAD),
        ),
    ),
)

SUMMARY_ELEMENTS = (
    "political_instability",
    "democratic_recession",
    "stability_seeking_rulers",
    "smart_city_attraction",
    "growing_demand",
)


def _caption(lead: str, shown: tuple[str, ...] | None) -> str:
    return drawn_caption(lead, _DRAFT.elements, _DRAFT.relations, shown)


model = Model.model_validate(
    {
        **dict(_DRAFT),
        "views": (
            View(
                id="figure3",
                figure="Figure 3",
                title="Growing Demand for Smart Cities",
                caption=_caption(
                    "Reconstructed from the text of Ichida (2023), whose Figure 3 survives only as its title: the boxes "
                    "and arrows are built from the sentences around it. Every box and arrow carries its sentence of the "
                    "paper as its tooltip. The chain ends at growing demand, as the paper does.",
                    None,
                ),
                alt_text=(
                    "A causal chain read from top to bottom. Across the top, six drivers side by side: climate change, "
                    "epidemics, water and food shortages, resource shortages, population growth without economic "
                    "growth, and increased migration. Each has an arrow down to one box, political instability: more "
                    "countries destabilised. It leads down to rulers who want to maintain a stable government, beside "
                    "the box democracy receding, which also leads to them. The rulers lead to the box smart cities "
                    "with data fusion and closed nets attract them, which leads, at the bottom, to growing demand for "
                    "smart cities. Nothing is drawn beyond it."
                ),
                direction="TB",
                group_by="layer",
            ),
            View(
                id="summary",
                figure="Figure 3",
                title="Growing Demand for Smart Cities: summary",
                caption=_caption(
                    "The author-level view of Figure 3, reconstructed from the text of Ichida (2023): more countries "
                    "destabilised and democracy receding make more rulers want a stable government, smart cities with "
                    "data fusion and closed nets attract them, and demand grows. The six drivers are drawn in the full "
                    "figure.",
                    SUMMARY_ELEMENTS,
                ),
                alt_text=(
                    "Five boxes from top to bottom: political instability (more countries destabilised) and democracy "
                    "receding lead to rulers who want to maintain a stable government; they lead to the box smart "
                    "cities with data fusion and closed nets attract them, which leads to growing demand for smart "
                    "cities."
                ),
                elements=SUMMARY_ELEMENTS,
                direction="TB",
                group_by="layer",
            ),
        ),
    }
)
