"""Kenya's smart-city deployment as the paper describes it (Ichida 2023, footnotes 8 and 11), with its vendors."""

from _deployments import (
    ACCESS_ALT,
    BUSINESS_DAILY_2015,
    CAPITAL_FM_2012,
    PAPER_ID,
    PROLIFERATION,
    authorities_access,
    chinese_authorities,
    flows_not_given,
    hedged,
    inferred,
    public,
    said,
    sources_for,
    vendor_view,
)

from citystack import Element, Evidence, Model, Relation, Status

FIBRE = "In Kenya, ZTE and Huawei have laid optical fiber"
PLANNED = "In Kenya, ZTE and Huawei have laid optical fiber and will cooperate on surveillance systems and e-government"
# The sentence breaks across a page: footnotes 5 to 7 stand between "and an" and "urban traffic".
SPLIT = (
    "surveillance systems from Dahua and Hikvision and an ... urban traffic management system from Nanjing Les "
    "Information Technology were installed"
)
ORDER = (
    "Huawei received an order for a smart city that installs surveillance cameras and manages police and traffic in "
    "an integrated manner"
)
STAFF = "In Kenya, the system is operated by staff dispatched from a Chinese company"
OFFICIALS = (
    "the system is operated by staff dispatched from a Chinese company, and local officials do not understand how to "
    "operate the system"
)
STAFF_OPERATOR = "staff dispatched from a Chinese company"

WHERE_SPLIT = inferred(
    "Which country: the sentence names none. It opens 'In addition' right after 'In Kenya, ZTE and Huawei have laid "
    "optical fiber...', breaks across a page (footnotes 5 to 7 between 'and an' and 'urban traffic'), and the "
    "paragraph then moves on to Uganda and South Africa. The model reads it as Kenyan, the nearest country named; "
    "the paper does not say so.",
    PROLIFERATION,
)
WHERE_ORDER = inferred(
    "Which country: the sentence names none. It follows the Dahua, Hikvision and Nanjing Les sentence and precedes "
    "'Huawei's surveillance and other systems have been installed in Uganda', so it could be Kenyan or Ugandan; the "
    "model reads it as Kenyan, with the Kenyan sentences it follows. Kenyan press reports of a Huawei safe-city "
    "system built with Safaricom in Nairobi and Mombasa fit that reading.",
    PROLIFERATION,
)
RUN_BY_STAFF = (
    Evidence(
        source=PAPER_ID,
        locator=f"{PROLIFERATION}, footnote 11",
        quote=STAFF,
        footnote=11,
        status=Status.INFERRED,
        reason=(
            "The operator: 'the system' the dispatched staff run is the integrated smart-city system the paragraph "
            "before describes; that it is this part of it is the model's reading."
        ),
    ),
)
PLAN = (
    "'will cooperate' is a plan the paper reports, not a system it says was installed; the model draws it as planned."
)


def huawei_order(element_id: str, name: str, kind: str, layer: str) -> Element:
    """A part of the smart city Huawei was ordered to build, run by the dispatched staff (fn 11)."""
    return Element(
        id=element_id,
        name=name,
        kind=kind,
        layer=layer,
        vendors=("Huawei",),
        operator=STAFF_OPERATOR,
        evidence=said(ORDER, PROLIFERATION, fn=8) + WHERE_ORDER + RUN_BY_STAFF,
    )


model = Model(
    id="deployment-kenya",
    title="Kenya",
    description=(
        "Kenya's smart city as the paper describes it: optical fibre laid by ZTE and Huawei, surveillance systems and "
        "e-government they will cooperate on, Dahua and Hikvision surveillance systems and a Nanjing Les traffic "
        "system (whose country the paper leaves open), a Huawei order for integrated police and traffic management, "
        "and a system run by staff dispatched from a Chinese company."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(8, 11, extra=(CAPITAL_FM_2012, BUSINESS_DAILY_2015)),
    elements=(
        Element(
            id="surveillance_cameras",
            name="Surveillance cameras",
            kind="cctv_camera",
            layer="sensing",
            vendors=("Huawei",),
            description="Installed under the smart-city order Huawei received.",
            evidence=said(ORDER, PROLIFERATION, fn=8) + WHERE_ORDER,
        ),
        Element(
            id="optical_fibre",
            name="Optical fiber",
            kind="fibre",
            layer="network",
            vendors=("ZTE", "Huawei"),
            evidence=said(FIBRE, PROLIFERATION, fn=8),
        ),
        huawei_order("integrated_management", "Integrated police and traffic management", "dashboard", "analytics"),
        huawei_order("police", "Police", "police", "application"),
        huawei_order("traffic", "Traffic management", "traffic_control", "application"),
        Element(
            id="urban_traffic_management",
            name="Urban traffic management system",
            kind="traffic_control",
            layer="application",
            vendors=("Nanjing Les Information Technology",),
            evidence=said(SPLIT, PROLIFERATION, fn=8)
            + WHERE_SPLIT
            + public(
                CAPITAL_FM_2012,
                "Capital FM (2012) reports a Nairobi contract with Nanjing Les Information Technology for an "
                "integrated urban surveillance system watching traffic and crime: a public source that places the "
                "company in Kenya, supporting the model's reading of the split sentence.",
            ),
        ),
        Element(
            id="dahua_hikvision_surveillance",
            name="Surveillance systems from Dahua and Hikvision",
            kind="surveillance_system",
            layer="application",
            vendors=("Dahua", "Hikvision"),
            evidence=said(SPLIT, PROLIFERATION, fn=8) + WHERE_SPLIT,
        ),
        Element(
            id="planned_surveillance",
            name="Surveillance systems (planned)",
            aliases=("surveillance systems",),
            kind="surveillance_system",
            layer="application",
            vendors=("ZTE", "Huawei"),
            evidence=hedged(PLANNED, PROLIFERATION, PLAN, fn=8),
        ),
        Element(
            id="e_government",
            name="E-government (planned)",
            kind="e_government",
            layer="application",
            vendors=("ZTE", "Huawei"),
            evidence=hedged(PLANNED, PROLIFERATION, PLAN, fn=8),
        ),
        Element(
            id="vendor_staff",
            name="Staff dispatched from a Chinese company",
            kind="vendor_staff",
            layer="operation",
            vendors=("Chinese company (not named)",),
            description=(
                "The paper: the system is run by these staff, and the manual is only available in Chinese. Kenyan "
                "press (Business Daily Africa, 2015) reported instead that the National Police Service would operate "
                "the Safaricom-built national system once complete; the model keeps the paper's account."
            ),
            evidence=said(STAFF, PROLIFERATION, fn=11),
        ),
        Element(
            id="local_officials",
            name="Local officials",
            kind="operator",
            layer="operation",
            description="They do not understand how to operate the system (the manual is only available in Chinese).",
            evidence=said(OFFICIALS, PROLIFERATION, fn=11),
        ),
        *chinese_authorities(("integrated police and traffic management",)),
    ),
    relations=(
        Relation(
            source="integrated_management",
            target="police",
            kind="feeds",
            evidence=said("manages police and traffic in an integrated manner", PROLIFERATION, fn=8) + WHERE_ORDER,
        ),
        Relation(
            source="integrated_management",
            target="traffic",
            kind="feeds",
            evidence=said("manages police and traffic in an integrated manner", PROLIFERATION, fn=8) + WHERE_ORDER,
        ),
        Relation(
            source="vendor_staff",
            target="integrated_management",
            kind="controls",
            label="operate",
            evidence=RUN_BY_STAFF,
        ),
        Relation(
            source="local_officials",
            target="vendor_staff",
            kind="relies_on",
            evidence=said(OFFICIALS, PROLIFERATION, fn=11),
        ),
        authorities_access("integrated_management"),
    ),
    views=(
        vendor_view(
            "Kenya",
            "Kenya's smart city, reconstructed from the text of Ichida (2023): ZTE and Huawei laid the optical fibre "
            "and will cooperate on surveillance systems and e-government; Huawei's order for integrated police and "
            "traffic management and the Dahua, Hikvision and Nanjing Les systems are placed in Kenya by the model, "
            "since the paper's sentences on them name no country.",
            "A diagram in bands from bottom to top. Sensing: surveillance cameras, vendor Huawei, inferred. Network: "
            "optical fiber, vendors ZTE and Huawei. Analytics: integrated police and traffic management, vendor "
            "Huawei, operated by staff dispatched from a Chinese company, inferred; it feeds the police and traffic "
            "management applications. Applications also include an urban traffic management system from Nanjing Les "
            "Information Technology and surveillance systems from Dahua and Hikvision, both inferred to be Kenyan, and "
            "planned surveillance systems and e-government from ZTE and Huawei, drawn hedged (cut corners). "
            "Operators: staff dispatched from a Chinese company control the integrated management (inferred: the "
            "paper says 'the system'); local officials rely on them. Outside, the Chinese authorities have "
            f"{ACCESS_ALT} to the integrated management.",
        ),
    ),
    suppressions=flows_not_given("CON001", "CON003", "CON004", "CON005"),
)
