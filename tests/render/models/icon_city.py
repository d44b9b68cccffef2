"""An icon figure (the diagrams back end) grouped by nested boundaries, with inferred and contested items."""

from citystack import Boundary, Element, Evidence, Fact, Model, Relation, Source, View

SOURCE = Source(
    id="report", title="A report on a city", authors=("A. Author",), date="2020", url="https://example.org/r"
)
OTHER = Source(id="other", title="Another count", publisher="A Publisher")
SAID = (Evidence(source="report", quote="the city watches its streets"),)
GUESS = (Evidence(source="report", status="inferred", reason="the report implies it"),)
DISPUTED = (Evidence(source="report", status="contested", quote="a disputed link", competing=("other",)),)

model = Model(
    id="icon-city",
    title="An icon city",
    vocabulary="smart-city-stack",
    sources=(SOURCE, OTHER),
    elements=(
        Element(id="people", name="People", kind="residents", layer="city", evidence=SAID),
        Element(id="cam", name="Street cameras", kind="cctv_camera", layer="sensing", evidence=SAID),
        Element(id="phones", name="Phones", kind="phone", layer="sensing", evidence=GUESS),
        Element(id="net", name="City fibre", kind="fibre", layer="network", evidence=SAID),
        Element(id="gate", name="Gateway", kind="gateway", layer="network", evidence=SAID),
        Element(
            id="fusion",
            name="Fusion platform",
            kind="data_fusion",
            layer="platform",
            url="https://example.org/fusion",
            evidence=SAID,
        ),
        Element(id="police", name="Police", kind="police", layer="application", evidence=SAID),
        Element(id="supplier", name="Supplier state", kind="supplier_state", layer="outside", evidence=SAID),
    ),
    relations=(
        Relation(source="people", target="cam", kind="captures", evidence=SAID),
        Relation(source="people", target="phones", kind="captures", evidence=GUESS),
        Relation(source="cam", target="net", kind="transmits", label="video", evidence=SAID),
        Relation(source="phones", target="net", kind="transmits", evidence=SAID),
        Relation(source="net", target="fusion", kind="transmits", evidence=SAID),
        Relation(source="fusion", target="police", kind="feeds", evidence=SAID),
        Relation(source="supplier", target="gate", kind="accesses", evidence=DISPUTED),
    ),
    boundaries=(
        Boundary(
            id="country",
            name="A country",
            kind="country",
            members=("people", "cam", "phones", "net", "gate", "fusion", "police"),
        ),
        Boundary(
            id="city",
            name="A city",
            kind="city",
            parent="country",
            members=("people", "cam", "phones", "net", "gate", "fusion", "police"),
        ),
        Boundary(
            id="closed",
            name="Closed net",
            kind="closed_net",
            parent="city",
            members=("net", "gate", "fusion", "police"),
            gateways=("gate",),
        ),
    ),
    facts=(
        Fact(
            id="cameras",
            label="Cameras in the city",
            value=1200,
            unit="cameras",
            about=("cam",),
            evidence=(Evidence(source="report", status="contested", quote="about 1200 cameras", competing=("other",)),),
            alternatives=({"value": 900, "source": "other"},),
        ),
    ),
    views=(
        View(
            id="icons",
            title="Icon city",
            caption="An icon figure of a small city.",
            alt_text="Icons of people, cameras and phones feeding a fibre network inside a closed net.",
            group_by="boundary",
            backend="diagrams",
            direction="LR",
            facts=("cameras",),
        ),
        View(
            id="layers",
            title="Icon city by layer",
            caption="The same city as boxes.",
            alt_text="The city's elements stacked by layer.",
            exclude=("supplier",),
        ),
    ),
)
