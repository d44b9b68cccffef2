"""Xinjiang's data fusion as the paper describes it (Ichida 2023, footnote 14): IJOP and the Tianshan Anti-terrorism Cloud.

Not an export: the region is in China, so there is no supplier state reaching in from outside.
The paper lists the data fusion's sources for China's programme as a whole, "underway in a
variety of areas"; that IJOP fuses these sources in Xinjiang is the model's reading.
"""

from _deployments import (
    DATA_FUSION,
    HRW_2019,
    PAPER_ID,
    flows_not_given,
    fusion_sources,
    inferred,
    public,
    said,
    sources_for,
    vendor_view,
)

from citystack import Element, Evidence, Model, Relation, Status

IJOP = (
    "In Xinjiang Uyghur Autonomous Region, the Integrated Joint Operations Platform (IJOP) is in operation, tracking "
    "detailed personal information and behavioral history"
)
TIANSHAN = "In addition to IJOP, the Tianshan Anti-terrorism Cloud is a forecasting system that predicts terrorist and dangerous activities"
SOURCES = fusion_sources(
    "The paper lists these sources for China's data fusion programme, 'underway in a variety of areas', not for "
    "Xinjiang in particular; that Xinjiang's data fusion draws on them is the model's reading. Human Rights Watch "
    "(2019) reports that IJOP aggregates data from blood type and height to CCTV cameras and phones."
)
IJOP_POLICE = (
    "Not in the paper. Human Rights Watch (2019) reports that police and other officials in Xinjiang use a mobile app "
    "to communicate with IJOP."
)
FEEDS = inferred(
    "The paper introduces IJOP and the Tianshan Anti-terrorism Cloud as instances of data fusion ('In addition to "
    "IJOP'); that the fused data feeds them is the model's reading.",
    DATA_FUSION,
)

model = Model(
    id="deployment-xinjiang",
    title="Xinjiang (China)",
    description=(
        "Data fusion in the Xinjiang Uyghur Autonomous Region as the paper describes it: the fused data sources, the "
        "Integrated Joint Operations Platform (IJOP) tracking personal information and behavioural history, and the "
        "Tianshan Anti-terrorism Cloud forecasting terrorist and dangerous activities."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(14, extra=(HRW_2019,)),
    elements=(
        Element(
            id="residents",
            name="Residents of Xinjiang",
            kind="residents",
            layer="city",
            evidence=(
                Evidence(
                    source=PAPER_ID,
                    locator=f"{DATA_FUSION}, footnote 14",
                    quote=IJOP,
                    footnote=14,
                    status=Status.INFERRED,
                    reason=(
                        "IJOP tracks 'detailed personal information and behavioral history'; whose (the region's "
                        "residents) is the model's reading."
                    ),
                ),
            ),
        ),
        *SOURCES,
        Element(
            id="data_fusion",
            name="Data fusion",
            kind="data_fusion",
            layer="platform",
            description="China's project 'to integrate and utilize the vast amount of data it has collected'.",
            evidence=said("The program, called data fusion, is underway in a variety of areas", DATA_FUSION),
        ),
        Element(
            id="ijop",
            name="Integrated Joint Operations Platform (IJOP)",
            kind="analytics",
            layer="analytics",
            vendors=("Hebei Far East Communication System Engineering Company (CETC)",),
            operator="Xinjiang police and officials",
            evidence=said(IJOP, DATA_FUSION, fn=14)
            + public(
                HRW_2019,
                "Not in the paper. Vendor: the Hebei Far East Communication System Engineering Company, a subsidiary "
                "of the state-owned China Electronics Technology Group Corporation (CETC), as summaries of Human "
                "Rights Watch (2019) report it. Operator: " + IJOP_POLICE.removeprefix("Not in the paper. "),
            ),
        ),
        Element(
            id="tianshan_cloud",
            name="Tianshan Anti-terrorism Cloud",
            kind="prediction",
            layer="analytics",
            description="A forecasting system; the paper names no vendor or operator.",
            evidence=said(TIANSHAN, DATA_FUSION, fn=14),
        ),
        Element(
            id="police",
            name="Xinjiang police and officials",
            kind="operator",
            layer="operation",
            evidence=public(HRW_2019, IJOP_POLICE),
        ),
    ),
    relations=(
        *(
            Relation(
                source="residents",
                target=source.id,
                kind="captures",
                evidence=inferred(
                    "The paper lists the data sources and says IJOP tracks personal information; that each source is "
                    "taken from the region's residents is the model's reading.",
                    DATA_FUSION,
                ),
            )
            for source in SOURCES
        ),
        Relation(source="data_fusion", target="ijop", kind="feeds", evidence=FEEDS),
        Relation(source="data_fusion", target="tianshan_cloud", kind="feeds", evidence=FEEDS),
        Relation(source="police", target="ijop", kind="controls", evidence=public(HRW_2019, IJOP_POLICE)),
    ),
    views=(
        vendor_view(
            "Xinjiang",
            "Data fusion in Xinjiang, reconstructed from the text of Ichida (2023): the fused data sources (listed by "
            "the paper for China's programme as a whole), the data fusion platform, IJOP and the Tianshan "
            "Anti-terrorism Cloud. The paper names no vendor or operator; IJOP's come from Human Rights Watch (2019).",
            "A diagram in bands from bottom to top. City: residents of Xinjiang, with dashed arrows to eight data "
            "sources: surveillance cameras, licence-plate recognition cameras, social media accounts, phone numbers, "
            "location data, facial features, blood types and heights, all vendor not named and inferred. Platform: "
            "data fusion, vendor not named. Analytics: IJOP, vendor the Hebei Far East Communication System "
            "Engineering Company of CETC, operated by Xinjiang police and officials, and the Tianshan "
            "Anti-terrorism Cloud, vendor not named; data fusion feeds both. Operators: Xinjiang police and "
            "officials control IJOP.",
        ),
    ),
    suppressions=flows_not_given("CON001", "CON006"),
)
