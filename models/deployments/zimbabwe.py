"""Zimbabwe as the paper describes it (Ichida 2023, footnote 9): surveillance from China, Russia and Iran, and Huawei's tie to the army."""

from _deployments import (
    ACCESS_ALT,
    PROLIFERATION,
    authorities_access,
    chinese_authorities,
    flows_not_given,
    said,
    sources_for,
    vendor_view,
)

from citystack import Element, Model, Relation

ZANU = (
    "The Zimbabwe African National Union, the political party that came to power after two political upheavals due "
    "to political instability, has consistently stepped up surveillance of opposition parties and forces critical of "
    "the government"
)
SUPPLIERS = "China, Russia, and Iran are the main countries providing surveillance technology to Zimbabwe"
COMPLEX = (
    "a military-industrial complex of Chinese companies such as Huawei and the Zimbabwe Defense Forces has been "
    "created there"
)


def supplier_state(element_id: str, name: str) -> Element:
    """One of the three countries the paper names as Zimbabwe's main suppliers of surveillance technology."""
    return Element(
        id=element_id, name=name, kind="supplier_state", layer="outside", evidence=said(SUPPLIERS, PROLIFERATION, fn=9)
    )


def supplies(element_id: str) -> Relation:
    return Relation(
        source=element_id,
        target="surveillance_technology",
        kind="supplies",
        evidence=said(SUPPLIERS, PROLIFERATION, fn=9),
    )


model = Model(
    id="deployment-zimbabwe",
    title="Zimbabwe",
    description=(
        "Zimbabwe as the paper describes it: the ruling party's surveillance of the opposition, surveillance "
        "technology supplied mainly by China, Russia and Iran, and a military-industrial complex of Chinese companies "
        "such as Huawei with the Zimbabwe Defense Forces."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(9),
    elements=(
        Element(
            id="opposition",
            name="Opposition parties and critics of the government",
            kind="residents",
            layer="city",
            evidence=said(ZANU, PROLIFERATION, fn=9),
        ),
        Element(
            id="surveillance_technology",
            name="Surveillance technology",
            aliases=("surveillance",),
            kind="surveillance_system",
            layer="application",
            vendors=("China", "Russia", "Iran"),
            operator="Zimbabwe African National Union (ruling party)",
            description="The paper names the supplying countries, not the companies or the systems.",
            evidence=said(SUPPLIERS, PROLIFERATION, fn=9) + said(ZANU, PROLIFERATION, fn=9),
        ),
        Element(
            id="smart_cities",
            name="Zimbabwe's smart cities",
            kind="city_service",
            layer="application",
            description="The paper names no supplier for them.",
            evidence=said("Zimbabwe's smart cities have been the focus of much attention", PROLIFERATION, fn=9),
        ),
        Element(
            id="zanu",
            name="Zimbabwe African National Union (ruling party)",
            aliases=("Zimbabwe African National Union",),
            kind="operator",
            layer="operation",
            description="The party in power (ZANU–PF); the paper names it the Zimbabwe African National Union.",
            evidence=said(ZANU, PROLIFERATION, fn=9),
        ),
        supplier_state("china", "China"),
        supplier_state("russia", "Russia"),
        supplier_state("iran", "Iran"),
        Element(
            id="huawei",
            name="Huawei",
            kind="company",
            layer="outside",
            description="One of the Chinese companies the paper says 'have been particularly active in Zimbabwe'.",
            evidence=said(COMPLEX, PROLIFERATION, fn=9),
        ),
        Element(
            id="zimbabwe_defense_forces",
            name="Zimbabwe Defense Forces",
            kind="government",
            layer="outside",
            evidence=said(COMPLEX, PROLIFERATION, fn=9),
        ),
        *chinese_authorities(("surveillance technology",), element_id="chinese_authorities"),
    ),
    relations=(
        Relation(
            source="zanu",
            target="surveillance_technology",
            kind="controls",
            label="stepped up surveillance",
            evidence=said(ZANU, PROLIFERATION, fn=9),
        ),
        Relation(
            source="surveillance_technology",
            target="opposition",
            kind="controls",
            label="surveillance of",
            evidence=said(ZANU, PROLIFERATION, fn=9),
        ),
        supplies("china"),
        supplies("russia"),
        supplies("iran"),
        Relation(
            source="huawei",
            target="zimbabwe_defense_forces",
            kind="tied_to",
            label="military-industrial complex",
            evidence=said(COMPLEX, PROLIFERATION, fn=9),
        ),
        authorities_access("surveillance_technology"),
    ),
    views=(
        vendor_view(
            "Zimbabwe",
            "Zimbabwe, reconstructed from the text of Ichida (2023): the ruling party steps up surveillance of the "
            "opposition with surveillance technology that China, Russia and Iran mainly provide, and Chinese "
            "companies such as Huawei form a military-industrial complex with the Zimbabwe Defense Forces.",
            "A diagram in bands from bottom to top. City: opposition parties and critics of the government. "
            "Applications: surveillance technology, vendors China, Russia and Iran, operated by the Zimbabwe African "
            "National Union, with a bold control arrow down to the opposition; and Zimbabwe's smart cities, vendor "
            "not named. Operators: the Zimbabwe African National Union, ruling party, controls the surveillance "
            "technology. Outside: China, Russia and Iran each supply the surveillance technology (dotted arrows); "
            "Huawei has a dashed tie, labelled military-industrial complex, to the Zimbabwe Defense Forces; the "
            f"Chinese authorities have {ACCESS_ALT} to the surveillance technology.",
        ),
    ),
    suppressions=flows_not_given("CON001", "CON003", "CON005"),
)
