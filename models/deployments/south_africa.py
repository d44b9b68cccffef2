"""South Africa as the paper describes it (Ichida 2023, footnotes 5 and 8): smart cities being introduced, a BRICS member."""

from _deployments import PROLIFERATION, flows_not_given, said, sources_for, vendor_view

from citystack import Element, Model, Relation

BRICS = "BRICS (Brazil, Russia, India, China, and South Africa)"

model = Model(
    id="deployment-south-africa",
    title="South Africa",
    description=(
        "South Africa as the paper describes it: smart cities being introduced (no supplier, system or operator "
        "named), and a member of BRICS with China."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(5, 8),
    elements=(
        Element(
            id="smart_cities",
            name="Smart cities (being introduced)",
            kind="city_service",
            layer="application",
            description="The paper names no supplier, system or operator.",
            evidence=said("smart cities are being introduced in South Africa", PROLIFERATION, fn=8),
        ),
        Element(
            id="south_africa",
            name="South Africa",
            kind="government",
            layer="outside",
            evidence=said(BRICS, PROLIFERATION, fn=5),
        ),
        Element(
            id="china",
            name="China",
            kind="government",
            description="Named here only as a member of BRICS; the paper names no supplier of South Africa's smart cities.",
            layer="outside",
            evidence=said(BRICS, PROLIFERATION, fn=5),
        ),
        Element(
            id="brics",
            name="BRICS",
            kind="governance_body",
            layer="outside",
            description="Brazil, Russia, India, China, and South Africa; most Chinese facial-recognition exports go to such groupings.",
            evidence=said(BRICS, PROLIFERATION, fn=5),
        ),
    ),
    relations=(
        Relation(
            source="south_africa",
            target="brics",
            kind="tied_to",
            label="member",
            evidence=said(BRICS, PROLIFERATION, fn=5),
        ),
        Relation(
            source="china",
            target="brics",
            kind="tied_to",
            label="member",
            evidence=said(BRICS, PROLIFERATION, fn=5),
        ),
    ),
    views=(
        vendor_view(
            "South Africa",
            "South Africa, reconstructed from the text of Ichida (2023): the paper says only that smart cities are "
            "being introduced, and lists South Africa with China in BRICS; no supplier of any layer is named.",
            "A diagram in two bands. Applications: smart cities being introduced, vendor not named. Outside: South "
            "Africa and China, each with a dashed tie to BRICS, labelled member.",
        ),
    ),
    suppressions=flows_not_given("CON005"),
)
