"""Figure 1 of Ichida (2023), "Integrated Smart City Management", reconstructed from the paper's text.

One model, three views: ``figure1`` draws what the paper says up to "Conceptually, it looks like
Figure 1" with every piece of evidence; ``summary`` is the author-level view of its one message
(integrated management at the centre, reaching the infrastructure and the residents);
``developments`` draws what the paper introduces after the figure ("There are two more
developments"): data fusion and prediction, Xinjiang's systems, several cities networked, and
closed nets with their asymmetry.
"""

from _sources import DATA_FUSION, PROLIFERATION, drawn_caption, hedged, inferred, said, sources_for

from citystack import Boundary, Claim, Element, Model, Relation, Suppression, View

OPERATE_ALL = (
    "system can control everything from the city’s infrastructure to the consciousness and behavior of its residents"
)
KENYA_STAFF = "In Kenya, the system is operated by staff dispatched from a Chinese company"
KENYA_OPERATION = (
    "In Kenya, the system is operated by staff dispatched from a Chinese company, and local officials do not "
    "understand how to operate the system"
)
INTEGRATED = "Huawei received an order for a smart city that installs surveillance cameras and manages police and "
INTEGRATED_MANNER = "manages police and traffic in an integrated manner"
ABOUT_INTEGRATION = (
    "Smart cities are often discussed with a focus on monitoring technologies, but as described in this paper, they "
    "are about integrated management."
)
KENYA_FIBRE = "ZTE and Huawei have laid optical fiber and will cooperate on surveillance systems and e-government"
GULF = (
    "China has provided Saudi Arabia and the United Arab Emirates with information and communications "
    "infrastructure, including 5G networks, and smart cities have adopted surveillance cameras and other equipment "
    "from Chinese companies."
)
CAMERAS_FROM_CHINA = "smart cities have adopted surveillance cameras and other equipment from Chinese companies"
FACIAL_AI = (
    "among the surveillance technologies that are at the core of smart cities, China is particularly prominent in "
    "facial recognition AI"
)
SUPPLIER_ACCESS = (
    "Through smart cities, Chinese authorities will have access to more accurate information about the country "
    "which introduces the system, and may be able to control information and facilities as needed."
)
# After Figure 1: "Data Fusion and Closed Nets".
FUSION_LIST = (
    "integrating and utilizing everything from surveillance cameras, license plate recognition cameras, social media "
    "accounts, phone numbers, location data, facial features, blood types, and heights"
)
PREDICTION = "integrated management and behavior prediction through data fusion"
WIDER_AREA = (
    "by networking and sharing information across multiple cities rather than a single city, integrated "
    "surveillance over a wider area will be possible"
)
CURB = (
    "The approach can predict and curb the behavior of believers of conspiracy theories and other theories that "
    "have spread around the world."
)
IJOP = (
    "In Xinjiang Uyghur Autonomous Region, the Integrated Joint Operations Platform (IJOP) is in operation, "
    "tracking detailed personal information and behavioral history."
)
TIANSHAN = (
    "In addition to IJOP, the Tianshan Anti-terrorism Cloud is a forecasting system that predicts terrorist and "
    "dangerous activities."
)
CLOSED_NET = (
    "A closed net is, in plain terms, the same as a closed network of a state as a single unit, making it "
    "impossible for another entity to access the inside of the network from the outside."
)
NO_REPORTING = (
    "On the other hand, it is difficult to see what is happening inside the closed net from the outside. If a "
    "problem occurs within a closed net, it will not be possible for individuals in the closed net to report and "
    "spread the information via the Internet."
)
ASYMMETRY = (
    "Authoritarian states like China and Russia are aiming for closed nets, and if they achieve this, they can have "
    "unrestricted access to other countries while creating an asymmetric environment where other countries do not "
    "have reciprocal access."
)

WATCHED = inferred(
    "The paper lists these data sources about people (fn 14) and says the system reaches 'the consciousness and "
    "behavior of its residents'; that each source is taken from the residents is the model's reading.",
    DATA_FUSION,
    quote=FUSION_LIST,
    fn=14,
)
ROUTED = inferred(
    "The paper names the data sources fused and the closed nets of cities, not which network carries what; the "
    "model routes the sources over the city's closed network.",
    DATA_FUSION,
    quote=FUSION_LIST,
    fn=14,
)
ACTS_ON_PEOPLE = inferred(
    "The paper says those who operate the system can control the residents' behaviour and the city's "
    "infrastructure; that they do so through the police, traffic management and e-government is the model's "
    "reading (and the paper says 'can', not 'do').",
    PROLIFERATION,
    quote=OPERATE_ALL,
)

FIGURE1_ELEMENTS = (
    "city_residents",
    "infrastructure",
    "surveillance_cameras",
    "optical_fibre",
    "network_5g",
    "surveillance_systems",
    "facial_recognition",
    "police",
    "traffic_management",
    "e_government",
    "integrated_management",
    "vendor_staff",
    "local_authority",
    "manual_in_chinese",
    "supplier_state",
    "chinese_companies",
)
DEVELOPMENT_ELEMENTS = (
    "city_residents",
    "surveillance_cameras",
    "plate_cameras",
    "social_media",
    "phone_numbers",
    "location_data",
    "facial_features",
    "blood_types",
    "heights",
    "closed_net",
    "multi_city_network",
    "data_fusion",
    "behaviour_prediction",
    "wider_area_surveillance",
    "ijop",
    "tianshan_cloud",
    "curbing",
    "other_entities",
    "owner_states",
    "other_countries",
)
SOURCES_FUSED = ("plate_cameras", "social_media", "phone_numbers", "location_data", "facial_features")


def _source(element_id: str, name: str, kind: str) -> Element:
    """One of the data sources the data-fusion paragraph lists (fn 14)."""
    return Element(
        id=element_id, name=name, kind=kind, layer="sensing", evidence=said(FUSION_LIST, DATA_FUSION, fn=14)
    )


_DRAFT = Model(
    id="paper-figure1",
    title="Integrated Smart City Management (Ichida 2023, Figure 1)",
    description=(
        "The integrated stack of a Chinese smart city as the paper describes it before its Figure 1: cameras, "
        "fibre and 5G networks, surveillance systems and facial recognition AI, the police, traffic management and "
        "e-government that integrated management runs, the staff dispatched from a Chinese company who operate it, "
        "and the supplier state that will have information and may control facilities. A second view draws the "
        "developments the paper adds after the figure: data fusion and prediction, Xinjiang's systems, several "
        "cities networked, and closed nets."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(5, 7, 8, 10, 11, 14),
    elements=(
        # City and residents
        Element(
            id="city_residents",
            name="Residents",
            kind="residents",
            layer="city",
            description="The people whose consciousness and behaviour the system reaches.",
            aliases=("individuals in the closed net",),
            evidence=said("the consciousness and behavior of its residents", PROLIFERATION),
        ),
        Element(
            id="infrastructure",
            name="City infrastructure",
            kind="infrastructure",
            layer="city",
            description="Streets, traffic and facilities that the operators can control.",
            aliases=("facilities",),
            evidence=said("from the city’s infrastructure", PROLIFERATION),
        ),
        # Sensing
        Element(
            id="surveillance_cameras",
            name="Surveillance cameras",
            kind="cctv_camera",
            layer="sensing",
            evidence=said(CAMERAS_FROM_CHINA, PROLIFERATION, fn=7) + said(INTEGRATED, PROLIFERATION, fn=8),
        ),
        _source("plate_cameras", "Licence-plate recognition cameras", "plate_camera"),
        _source("social_media", "Social media accounts", "social_media"),
        _source("phone_numbers", "Phone numbers", "phone"),
        _source("location_data", "Location data", "location"),
        _source("facial_features", "Facial features", "biometrics"),
        _source("blood_types", "Blood types", "biometrics"),
        _source("heights", "Heights", "biometrics"),
        # Networks
        Element(
            id="optical_fibre",
            name="Optical fibre",
            kind="fibre",
            layer="network",
            vendors=("ZTE", "Huawei"),
            aliases=("optical fiber",),
            evidence=said("In Kenya, ZTE and Huawei have laid optical fiber", PROLIFERATION, fn=8),
        ),
        Element(
            id="network_5g",
            name="5G network",
            kind="mobile_network",
            layer="network",
            evidence=said("information and communications infrastructure, including 5G networks", PROLIFERATION, fn=7),
        ),
        Element(
            id="closed_net",
            name="Closed net of a city",
            kind="closed_network",
            layer="network",
            description="A city's network closed as a single unit: no one outside can reach in.",
            aliases=("closed net",),
            evidence=said(CLOSED_NET, DATA_FUSION)
            + hedged("Smart cities can achieve closed nets on a city-by-city basis.", DATA_FUSION),
        ),
        Element(
            id="multi_city_network",
            name="Several cities networked",
            kind="city_link",
            layer="network",
            description="Information shared across several cities for surveillance over a wider area.",
            aliases=("multiple cities",),
            evidence=said("networking and sharing information across multiple cities rather than a single city", DATA_FUSION),
        ),
        # Platform
        Element(
            id="surveillance_systems",
            name="Surveillance systems",
            kind="data_platform",
            layer="platform",
            vendors=("Huawei", "Dahua", "Hikvision"),
            evidence=said("22 countries have installed Huawei surveillance systems", PROLIFERATION, fn=8)
            + said("surveillance systems from Dahua and Hikvision", PROLIFERATION, fn=8),
        ),
        Element(
            id="data_fusion",
            name="Data fusion",
            kind="data_fusion",
            layer="platform",
            description="China's program to integrate and use the vast amount of data it has collected.",
            evidence=said(
                "The program, called data fusion, is underway in a variety of areas", DATA_FUSION, fn=14
            ),
        ),
        # Analytics
        Element(
            id="facial_recognition",
            name="Facial recognition AI",
            kind="analytics",
            layer="analytics",
            evidence=said(FACIAL_AI, PROLIFERATION, fn=5),
        ),
        Element(
            id="behaviour_prediction",
            name="Behaviour prediction",
            kind="prediction",
            layer="analytics",
            aliases=("behavior prediction",),
            evidence=said(PREDICTION, DATA_FUSION),
        ),
        Element(
            id="wider_area_surveillance",
            name="Surveillance over a wider area",
            kind="analytics",
            layer="analytics",
            evidence=hedged(WIDER_AREA, DATA_FUSION),
        ),
        Element(
            id="ijop",
            name="Integrated Joint Operations Platform (IJOP)",
            kind="analytics",
            layer="analytics",
            description="In Xinjiang: tracks detailed personal information and behavioural history.",
            aliases=("IJOP",),
            evidence=said(IJOP, DATA_FUSION, fn=14),
        ),
        Element(
            id="tianshan_cloud",
            name="Tianshan Anti-terrorism Cloud",
            kind="prediction",
            layer="analytics",
            description="In Xinjiang: a forecasting system that predicts terrorist and dangerous activities.",
            evidence=said(TIANSHAN, DATA_FUSION, fn=14),
        ),
        # Applications
        Element(
            id="police",
            name="Police",
            kind="police",
            layer="application",
            evidence=said(INTEGRATED_MANNER, PROLIFERATION, fn=8),
        ),
        Element(
            id="traffic_management",
            name="Traffic management",
            kind="traffic_control",
            layer="application",
            vendors=("Nanjing Les Information Technology",),
            evidence=said(
                "urban traffic management system from Nanjing Les Information Technology", PROLIFERATION, fn=8
            ),
        ),
        Element(
            id="e_government",
            name="E-government",
            kind="e_government",
            layer="application",
            vendors=("ZTE", "Huawei"),
            description="In Kenya, still to come: ZTE and Huawei 'will cooperate' on it.",
            evidence=hedged(KENYA_FIBRE, PROLIFERATION, fn=8),
        ),
        Element(
            id="curbing",
            name="Curbing behaviour (riots, conspiracy believers)",
            kind="police",
            layer="application",
            aliases=("curb the behavior",),
            evidence=hedged(CURB, DATA_FUSION),
        ),
        # Operators
        Element(
            id="integrated_management",
            name="Integrated management",
            kind="command_centre",
            layer="operation",
            vendors=("Huawei",),
            description="The paper's point: smart cities are about integrated management, not only monitoring.",
            aliases=("smart cities", "smart city"),
            evidence=said(ABOUT_INTEGRATION, PROLIFERATION) + said(INTEGRATED_MANNER, PROLIFERATION, fn=8),
        ),
        Element(
            id="vendor_staff",
            name="Staff dispatched from the supplier",
            kind="vendor_staff",
            layer="operation",
            operator="A Chinese company",
            aliases=("staff dispatched from a Chinese company",),
            evidence=said(KENYA_STAFF, PROLIFERATION, fn=11),
        ),
        Element(
            id="local_authority",
            name="Local authority",
            kind="operator",
            layer="operation",
            description="Local officials who do not understand how to operate the system.",
            aliases=("local officials",),
            evidence=said("local officials do not understand how to operate the system", PROLIFERATION, fn=11),
        ),
        Element(
            id="manual_in_chinese",
            name="Manual only in Chinese",
            kind="document",
            layer="operation",
            evidence=said("the manual is only available in Chinese", PROLIFERATION, fn=11),
        ),
        # Outside actors
        Element(
            id="supplier_state",
            name="Supplier state (Chinese authorities)",
            kind="supplier_state",
            layer="outside",
            aliases=("Chinese authorities",),
            evidence=said("Through smart cities, Chinese authorities", PROLIFERATION),
        ),
        Element(
            id="chinese_companies",
            name="Chinese companies",
            kind="company",
            layer="outside",
            aliases=("Chinese company",),
            evidence=said(CAMERAS_FROM_CHINA, PROLIFERATION, fn=7),
        ),
        Element(
            id="other_entities",
            name="Other entities outside",
            kind="outsider",
            layer="outside",
            aliases=("another entity", "the outside"),
            evidence=said(CLOSED_NET, DATA_FUSION),
        ),
        Element(
            id="owner_states",
            name="States aiming for closed nets (China, Russia)",
            kind="supplier_state",
            layer="outside",
            aliases=("Authoritarian states like China and Russia",),
            evidence=said("Authoritarian states like China and Russia are aiming for closed nets", DATA_FUSION),
        ),
        Element(
            id="other_countries",
            name="Other countries",
            kind="outsider",
            layer="outside",
            evidence=said("unrestricted access to other countries", DATA_FUSION),
        ),
    ),
    relations=(
        # --- Figure 1: the integrated stack ---
        Relation(
            source="city_residents",
            target="surveillance_cameras",
            kind="captures",
            evidence=inferred(
                "The paper names the cameras a smart city installs and the residents whose behaviour the system "
                "reaches; that the cameras watch the residents is the model's reading.",
                PROLIFERATION,
                quote=INTEGRATED,
                fn=8,
            ),
        ),
        Relation(
            source="infrastructure",
            target="surveillance_cameras",
            kind="captures",
            evidence=inferred(
                "A smart city that installs surveillance cameras also manages traffic; that the cameras watch the "
                "city's streets as well as its people is the model's reading.",
                PROLIFERATION,
                quote=INTEGRATED,
                fn=8,
            ),
        ),
        Relation(
            source="surveillance_cameras",
            target="optical_fibre",
            kind="transmits",
            evidence=inferred(
                "The paper names the fibre laid in Kenya and the cameras installed there, not which network carries "
                "the pictures; the model routes them over the fibre.",
                PROLIFERATION,
                quote=KENYA_FIBRE,
                fn=8,
            ),
        ),
        Relation(
            source="surveillance_cameras",
            target="network_5g",
            kind="transmits",
            evidence=inferred(
                "The sentence names the 5G networks China provided and the cameras smart cities adopted, side by "
                "side; that the cameras use the 5G network is the model's reading.",
                PROLIFERATION,
                quote=GULF,
                fn=7,
            ),
        ),
        Relation(
            source="optical_fibre",
            target="surveillance_systems",
            kind="transmits",
            evidence=inferred(
                "ZTE and Huawei laid the fibre and will cooperate on surveillance systems; that the fibre carries "
                "the systems' data is the model's reading.",
                PROLIFERATION,
                quote=KENYA_FIBRE,
                fn=8,
            ),
        ),
        Relation(
            source="network_5g",
            target="surveillance_systems",
            kind="transmits",
            evidence=inferred(
                "The paper names 5G networks and surveillance systems, not the link between them.", PROLIFERATION
            ),
        ),
        Relation(
            source="surveillance_systems",
            target="facial_recognition",
            kind="feeds",
            evidence=inferred(
                "The paper calls facial recognition AI the surveillance technology China is most prominent in; that "
                "it analyses what the surveillance systems collect is the model's reading.",
                PROLIFERATION,
                quote=FACIAL_AI,
                fn=5,
            ),
        ),
        Relation(
            source="facial_recognition",
            target="police",
            kind="feeds",
            evidence=inferred(
                "The paper names facial recognition AI and a smart city that manages the police; that the police "
                "act on its matches is the model's reading.",
                PROLIFERATION,
            ),
        ),
        Relation(
            source="police",
            target="integrated_management",
            kind="feeds",
            evidence=inferred(
                "Integrated management of the police needs their reports; the direction of this feed is the model's "
                "reading of 'manages police and traffic in an integrated manner'.",
                PROLIFERATION,
                quote=INTEGRATED_MANNER,
                fn=8,
            ),
        ),
        Relation(
            source="traffic_management",
            target="integrated_management",
            kind="feeds",
            evidence=inferred(
                "Integrated management of traffic needs the traffic system's data; the direction of this feed is "
                "the model's reading.",
                PROLIFERATION,
                quote=INTEGRATED_MANNER,
                fn=8,
            ),
        ),
        Relation(
            source="integrated_management",
            target="police",
            kind="controls",
            evidence=said(INTEGRATED_MANNER, PROLIFERATION, fn=8),
        ),
        Relation(
            source="integrated_management",
            target="traffic_management",
            kind="controls",
            evidence=said(INTEGRATED_MANNER, PROLIFERATION, fn=8),
        ),
        Relation(
            source="integrated_management",
            target="e_government",
            kind="controls",
            evidence=inferred(
                "The paper pairs surveillance systems and e-government in one Kenyan project and calls smart cities "
                "integrated management; that e-government is run from it is the model's reading.",
                PROLIFERATION,
                quote=KENYA_FIBRE,
                fn=8,
            ),
        ),
        Relation(source="police", target="city_residents", kind="controls", evidence=ACTS_ON_PEOPLE),
        Relation(source="traffic_management", target="infrastructure", kind="controls", evidence=ACTS_ON_PEOPLE),
        Relation(source="e_government", target="city_residents", kind="controls", evidence=ACTS_ON_PEOPLE),
        Relation(
            source="vendor_staff",
            target="integrated_management",
            kind="controls",
            label="operate",
            evidence=inferred(
                "'The system' the staff operate is the integrated management the paper has just introduced with "
                "Figure 1.",
                PROLIFERATION,
                quote=KENYA_STAFF,
                fn=11,
            ),
        ),
        Relation(
            source="local_authority",
            target="vendor_staff",
            kind="relies_on",
            evidence=said(KENYA_OPERATION, PROLIFERATION, fn=11),
        ),
        Relation(
            source="vendor_staff",
            target="manual_in_chinese",
            kind="relies_on",
            evidence=inferred(
                "The manual is only available in Chinese and the staff come from a Chinese company; that they, not "
                "the local officials, can use it is the model's reading.",
                PROLIFERATION,
                quote="the manual is only available in Chinese",
                fn=11,
            ),
        ),
        Relation(
            source="chinese_companies",
            target="surveillance_cameras",
            kind="supplies",
            evidence=said(CAMERAS_FROM_CHINA, PROLIFERATION, fn=7),
        ),
        Relation(
            source="chinese_companies",
            target="vendor_staff",
            kind="supplies",
            evidence=said(KENYA_STAFF, PROLIFERATION, fn=11),
        ),
        Relation(
            source="integrated_management",
            target="supplier_state",
            kind="informs",
            label="more accurate information",
            evidence=hedged(SUPPLIER_ACCESS, PROLIFERATION),
        ),
        Relation(
            source="supplier_state",
            target="infrastructure",
            kind="accesses",
            label="may control information and facilities",
            evidence=hedged(SUPPLIER_ACCESS, PROLIFERATION),
        ),
        # --- After Figure 1: data fusion, Xinjiang, several cities, closed nets ---
        *(
            Relation(source="city_residents", target=source, kind="captures", evidence=WATCHED)
            for source in (*SOURCES_FUSED, "blood_types", "heights")
        ),
        *(
            Relation(source=source, target="closed_net", kind="transmits", evidence=ROUTED)
            for source in ("surveillance_cameras", *SOURCES_FUSED, "blood_types", "heights")
        ),
        Relation(source="closed_net", target="data_fusion", kind="transmits", evidence=ROUTED),
        Relation(
            source="closed_net",
            target="multi_city_network",
            kind="transmits",
            evidence=inferred(
                "The paper networks several cities rather than a single city; that each city's closed net joins the "
                "network of cities is the model's reading.",
                DATA_FUSION,
                quote=WIDER_AREA,
            ),
        ),
        Relation(
            source="multi_city_network",
            target="data_fusion",
            kind="transmits",
            evidence=inferred(
                "Information shared across cities is fused like the rest; the paper does not draw the link.",
                DATA_FUSION,
                quote=WIDER_AREA,
            ),
        ),
        Relation(
            source="data_fusion",
            target="behaviour_prediction",
            kind="feeds",
            evidence=said(PREDICTION, DATA_FUSION),
        ),
        Relation(
            source="data_fusion",
            target="wider_area_surveillance",
            kind="feeds",
            evidence=inferred(
                "Wider-area surveillance comes from sharing information across cities, which the model fuses.",
                DATA_FUSION,
                quote=WIDER_AREA,
            ),
        ),
        Relation(
            source="data_fusion",
            target="ijop",
            kind="feeds",
            evidence=inferred(
                "The paper describes IJOP in the paragraph on China's data fusion program; that IJOP draws on it is "
                "the model's reading.",
                DATA_FUSION,
                quote=IJOP,
                fn=14,
            ),
        ),
        Relation(
            source="data_fusion",
            target="tianshan_cloud",
            kind="feeds",
            evidence=inferred(
                "The paper describes the Tianshan Cloud in the paragraph on data fusion; that it draws on the fused "
                "data is the model's reading.",
                DATA_FUSION,
                quote=TIANSHAN,
                fn=14,
            ),
        ),
        Relation(
            source="behaviour_prediction",
            target="curbing",
            kind="feeds",
            evidence=hedged(CURB, DATA_FUSION),
        ),
        Relation(
            source="curbing",
            target="city_residents",
            kind="controls",
            evidence=inferred(
                "The paper says the approach can curb the behaviour of believers of conspiracy theories; that this "
                "acts on the city's residents is the model's reading.",
                DATA_FUSION,
                quote=CURB,
            ),
        ),
        Relation(
            source="other_entities",
            target="closed_net",
            kind="blocked",
            label="cannot access the inside",
            evidence=said(CLOSED_NET, DATA_FUSION),
        ),
        Relation(
            source="city_residents",
            target="other_entities",
            kind="blocked",
            label="cannot report out",
            evidence=hedged(NO_REPORTING, DATA_FUSION),
        ),
        Relation(
            source="owner_states",
            target="other_countries",
            kind="accesses",
            label="unrestricted access",
            evidence=hedged(ASYMMETRY, DATA_FUSION),
        ),
        Relation(
            source="other_countries",
            target="closed_net",
            kind="blocked",
            label="no reciprocal access",
            evidence=hedged(ASYMMETRY, DATA_FUSION),
        ),
    ),
    boundaries=(
        Boundary(
            id="xinjiang",
            name="Xinjiang Uyghur Autonomous Region",
            kind="region",
            members=("ijop", "tianshan_cloud"),
            evidence=said(IJOP, DATA_FUSION, fn=14),
        ),
    ),
    claims=(
        Claim(
            id="operators-control-city",
            statement=(
                "Those who operate this system can control everything from the city’s infrastructure to the "
                "consciousness and behavior of its residents."
            ),
            kind="reaches",
            subject="vendor_staff",
            objects=("infrastructure", "city_residents"),
            via=("controls",),
            evidence=hedged(OPERATE_ALL, PROLIFERATION),
        ),
        Claim(
            id="information-flows-to-the-supplier-state",
            statement="Chinese authorities will have access to more accurate information about the country.",
            kind="reaches",
            subject="integrated_management",
            objects=("supplier_state",),
            via=("informs",),
            evidence=hedged(SUPPLIER_ACCESS, PROLIFERATION),
        ),
        Claim(
            id="supplier-state-may-control-facilities",
            statement="Chinese authorities may be able to control information and facilities as needed.",
            kind="reaches",
            subject="supplier_state",
            objects=("infrastructure",),
            evidence=hedged(SUPPLIER_ACCESS, PROLIFERATION),
        ),
        Claim(
            id="closed-net-keeps-others-out",
            statement="No other entity outside the closed net can access its inside.",
            kind="does_not_reach",
            subject="other_entities",
            objects=("city", "sensing", "network", "platform", "analytics", "application", "operation"),
            evidence=said(CLOSED_NET, DATA_FUSION),
        ),
        Claim(
            id="residents-cannot-report-out",
            statement="Individuals in the closed net cannot report and spread information to the outside.",
            kind="does_not_reach",
            subject="city_residents",
            objects=("other_entities", "other_countries"),
            evidence=hedged(NO_REPORTING, DATA_FUSION),
        ),
        Claim(
            id="no-reciprocal-access",
            statement="Other countries do not have reciprocal access to a closed net.",
            kind="does_not_reach",
            subject="other_countries",
            objects=("city", "sensing", "network", "platform", "analytics", "application"),
            evidence=hedged(ASYMMETRY, DATA_FUSION),
        ),
        Claim(
            id="owners-reach-other-countries",
            statement="States that achieve closed nets can have unrestricted access to other countries.",
            kind="reaches",
            subject="owner_states",
            objects=("other_countries",),
            evidence=hedged(ASYMMETRY, DATA_FUSION),
        ),
    ),
    suppressions=(
        Suppression(
            code="CON003",
            target="traffic_management",
            justification=(
                "The paper names the urban traffic management system and its vendor, not the data it works on; the "
                "model draws no feed rather than invent one. Integrated management controls it."
            ),
        ),
        Suppression(
            code="CON003",
            target="e_government",
            justification=(
                "The paper names e-government only as something ZTE and Huawei will cooperate on in Kenya, not the "
                "data it uses; the model draws no feed rather than invent one."
            ),
        ),
        Suppression(
            code="CON001",
            target="ijop",
            justification="The paper says what IJOP does (tracking), not what it feeds: nothing onward is drawn.",
        ),
        Suppression(
            code="CON001",
            target="tianshan_cloud",
            justification="The paper says what the Tianshan Cloud does (forecasting), not what it feeds.",
        ),
        Suppression(
            code="CON001",
            target="wider_area_surveillance",
            justification="The paper says wider-area surveillance will be possible, not what acts on it.",
        ),
    ),
)

SUMMARY_ELEMENTS = (
    "city_residents",
    "infrastructure",
    "surveillance_cameras",
    "optical_fibre",
    "surveillance_systems",
    "facial_recognition",
    "police",
    "traffic_management",
    "e_government",
    "integrated_management",
    "vendor_staff",
    "supplier_state",
)
RECONSTRUCTED = (
    "Reconstructed from the text of Ichida (2023), whose Figure 1 survives only as its title: the boxes and arrows "
    "are built from the sentences before it. Every box and arrow carries its sentence of the paper (or the reason "
    "it is inferred) as its tooltip."
)


def _caption(lead: str, shown: tuple[str, ...]) -> str:
    return drawn_caption(lead, _DRAFT.elements, _DRAFT.relations, shown)


model = Model.model_validate(
    {
        **dict(_DRAFT),
        "views": (
            View(
                id="figure1",
                figure="Figure 1",
                title="Integrated Smart City Management",
                caption=_caption(
                    f"{RECONSTRUCTED} Data fusion, Xinjiang's systems, several cities networked and closed nets, "
                    "which the paper introduces after the figure, are drawn in a view of their own.",
                    FIGURE1_ELEMENTS,
                ),
                alt_text=(
                    "A layered diagram drawn from bottom to top with an icon for each element, one band per layer. At "
                    "the bottom, residents and the city infrastructure. Above them, surveillance cameras, which send "
                    "their pictures over two networks, optical fibre and a 5G network, into surveillance systems; "
                    "facial recognition AI analyses them for the police. The applications are police, traffic "
                    "management and e-government (drawn hedged: it is still to come in Kenya); their bold control "
                    "arrows go back down to the residents and the city infrastructure. Near the top, integrated "
                    "management controls the three applications and takes the police's and traffic management's "
                    "data; the staff dispatched from the supplier operate it, the local authority relies on them, "
                    "and they rely on a manual only in Chinese. In the band of outside actors, Chinese companies "
                    "supply the cameras and the staff; a hedged dashed arrow labelled more accurate information "
                    "runs from integrated management out to the supplier state (Chinese authorities), and a hedged "
                    "arrow from the supplier state to the city infrastructure says it may control information and "
                    "facilities."
                ),
                elements=FIGURE1_ELEMENTS,
                direction="BT",
                group_by="layer",
                backend="diagrams",
            ),
            View(
                id="summary",
                figure="Figure 1",
                title="Integrated Smart City Management: summary",
                caption=_caption(
                    "The author-level view of Figure 1, reconstructed from the text of Ichida (2023): smart cities "
                    "are about integrated management, which reaches from the city's infrastructure to its "
                    "residents.",
                    SUMMARY_ELEMENTS,
                ),
                alt_text=(
                    "Twelve boxes from bottom to top. Residents and the city infrastructure at the bottom; "
                    "surveillance cameras send over optical fibre into surveillance systems, analysed by facial "
                    "recognition AI for the police. At the centre top, integrated management controls the police, "
                    "traffic management and e-government, which act back on the residents and the infrastructure. "
                    "Staff dispatched from the supplier operate integrated management; it passes more accurate "
                    "information to the supplier state (hedged), which may control the infrastructure (hedged)."
                ),
                elements=SUMMARY_ELEMENTS,
                direction="BT",
                group_by="layer",
                backend="diagrams",
            ),
            View(
                id="developments",
                title="After Figure 1: data fusion and closed nets",
                caption=_caption(
                    "The developments Ichida (2023) introduces after Figure 1 ('There are two more developments in "
                    "the Chinese smart city'), reconstructed from the text: data fusion and behaviour prediction, "
                    "Xinjiang's systems, several cities networked, and closed nets. Arrows ending in a bar are access "
                    "the paper says cannot happen.",
                    DEVELOPMENT_ELEMENTS,
                ),
                alt_text=(
                    "A layered diagram drawn from bottom to top. At the bottom, residents. Above them, the eight data "
                    "sources the paper lists for data fusion: surveillance cameras, licence-plate recognition "
                    "cameras, social media accounts, phone numbers, location data, facial features, blood types and "
                    "heights, all sent over the closed net of a city, which also joins several cities networked. "
                    "Both lead into data fusion, which feeds behaviour prediction, surveillance over a wider area "
                    "(hedged), and, inside a border marked Xinjiang Uyghur Autonomous Region, the Integrated Joint "
                    "Operations Platform (IJOP) and the Tianshan Anti-terrorism Cloud. Behaviour prediction feeds "
                    "curbing behaviour (riots, conspiracy believers), hedged, which acts back on the residents. "
                    "Outside: other entities outside, whose arrow to the closed net ends in a bar (they cannot access "
                    "the inside), and to whom the residents' arrow ends in a bar (they cannot report out); states "
                    "aiming for closed nets (China, Russia) have unrestricted access to other countries (hedged), "
                    "whose own arrow to the closed net ends in a bar: no reciprocal access."
                ),
                elements=DEVELOPMENT_ELEMENTS,
                direction="BT",
                group_by="layer",
                backend="diagrams",
            ),
        ),
    }
)
