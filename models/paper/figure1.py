"""Figure 1 of Ichida (2023), "Integrated Smart City Management", reconstructed from the paper's text."""

from _sources import DATA_FUSION, PROLIFERATION, inferred, said, sources_for

from citystack import Boundary, Claim, Element, Model, Relation, Suppression, View

# The data-fusion paragraph lists the data sources in one sentence; footnote 14 closes the paragraph.
FUSION_LIST = (
    "integrating and utilizing everything from surveillance cameras, license plate recognition cameras, social media "
    "accounts, phone numbers, location data, facial features, blood types, and heights"
)
OPERATE_ALL = (
    "system can control everything from the city’s infrastructure to the consciousness and behavior of its residents"
)
KENYA_STAFF = "In Kenya, the system is operated by staff dispatched from a Chinese company"

CAPTURED = inferred(
    "The paper lists these data sources about people (fn 14) and says the operators reach 'the consciousness and "
    "behavior of its residents'; that each source is taken from the residents is the model's reading."
)
FIXED_LINE = inferred(
    "The paper names the networks (optical fibre, 5G) and the data sources, not which source travels over which "
    "network; the model routes cameras and official records over the fixed optical-fibre network."
)
MOBILE_LINE = inferred(
    "The paper names the networks (optical fibre, 5G) and the data sources, not which source travels over which "
    "network; the model routes phone-borne data (numbers, location, social media) over the 5G network."
)

model = Model(
    id="paper-figure1",
    title="Integrated Smart City Management (Ichida 2023, Figure 1)",
    description=(
        "The integrated stack of a Chinese smart city as the paper describes it: residents and the city's "
        "infrastructure, the data sources fused, the networks inside a city-by-city closed net, the data-fusion "
        "platform, tracking and prediction, the police, traffic and e-government applications, the operators, "
        "and the supplier state's one-way access through the closed net."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(7, 8, 10, 11, 14),
    elements=(
        # City and residents
        Element(
            id="city_residents",
            name="Residents",
            kind="residents",
            layer="city",
            description="The people whose consciousness and behaviour the system reaches; they live inside the closed net.",
            evidence=said(OPERATE_ALL, PROLIFERATION)
            + said(
                "it will not be possible for individuals in the closed net to report and spread the information via the Internet",
                DATA_FUSION,
            ),
        ),
        Element(
            id="infrastructure",
            name="City infrastructure",
            kind="infrastructure",
            layer="city",
            description="Streets, traffic and facilities that the operators can control.",
            evidence=said(OPERATE_ALL, PROLIFERATION),
        ),
        # Sensing and data sources
        Element(
            id="surveillance_cameras",
            name="Surveillance cameras",
            kind="cctv_camera",
            layer="sensing",
            vendors=("Dahua", "Hikvision"),
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14)
            + said("surveillance systems from Dahua and Hikvision", PROLIFERATION, fn=8),
        ),
        Element(
            id="plate_cameras",
            name="Licence-plate recognition cameras",
            kind="plate_camera",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        Element(
            id="social_media",
            name="Social media accounts",
            kind="social_media",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        Element(
            id="phone_numbers",
            name="Phone numbers",
            kind="phone",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        Element(
            id="location_data",
            name="Location data",
            kind="location",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        Element(
            id="facial_features",
            name="Facial features",
            kind="biometrics",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        Element(
            id="blood_types",
            name="Blood types",
            kind="biometrics",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        Element(
            id="heights",
            name="Heights",
            kind="biometrics",
            layer="sensing",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14),
        ),
        # Networks
        Element(
            id="optical_fibre",
            name="Optical fibre",
            kind="fibre",
            layer="network",
            vendors=("ZTE", "Huawei"),
            evidence=said("In Kenya, ZTE and Huawei have laid optical fiber", PROLIFERATION, fn=8),
        ),
        Element(
            id="network_5g",
            name="5G network",
            kind="mobile_network",
            layer="network",
            evidence=said(
                "China has provided Saudi Arabia and the United Arab Emirates with information and communications "
                "infrastructure, including 5G networks",
                PROLIFERATION,
                fn=7,
            ),
        ),
        Element(
            id="multi_city_network",
            name="Several cities networked",
            kind="city_link",
            layer="network",
            description="Information shared across several cities for surveillance over a wider area.",
            evidence=said(
                "by networking and sharing information across multiple cities rather than a single city, integrated "
                "surveillance over a wider area will be possible",
                DATA_FUSION,
            ),
        ),
        Element(
            id="closed_net_gateway",
            name="Closed-net gateway",
            kind="gateway",
            layer="network",
            description="The one way into the city's closed net, open to the supplier state only.",
            evidence=inferred(
                "The paper says outsiders cannot reach inside a closed net, yet the supplier state 'will have access "
                "to more accurate information' and 'may be able to control information and facilities as needed'. "
                "For both to hold, the access must pass a controlled point of entry; the model names it a gateway.",
                DATA_FUSION,
            ),
        ),
        # Integrated data platform
        Element(
            id="data_fusion",
            name="Data fusion platform",
            kind="data_fusion",
            layer="platform",
            description="Integrates and uses the vast amount of data collected.",
            evidence=said(
                "China has been working on a project to integrate and utilize the vast amount of data it has collected.",
                DATA_FUSION,
            )
            + said("The program, called data fusion, is underway in a variety of areas", DATA_FUSION, fn=14),
        ),
        # Analytics and prediction
        Element(
            id="integrated_management",
            name="Integrated management",
            kind="dashboard",
            layer="analytics",
            vendors=("Huawei",),
            description="Manages police and traffic in an integrated manner; the paper's point about smart cities.",
            evidence=said("they are about integrated management", PROLIFERATION)
            + said("Conceptually, it looks like Figure 1.", PROLIFERATION, fn=10)
            + said(
                "Huawei received an order for a smart city that installs surveillance cameras and manages police "
                "and traffic in an integrated manner.",
                PROLIFERATION,
                fn=8,
            ),
        ),
        Element(
            id="ijop",
            name="Integrated Joint Operations Platform (IJOP)",
            kind="analytics",
            layer="analytics",
            description="In Xinjiang: tracks detailed personal information and behavioural history.",
            evidence=said(
                "the Integrated Joint Operations Platform (IJOP) is in operation, tracking detailed personal "
                "information and behavioral history",
                DATA_FUSION,
                fn=14,
            ),
        ),
        Element(
            id="tianshan_cloud",
            name="Tianshan Anti-terrorism Cloud",
            kind="prediction",
            layer="analytics",
            description="A forecasting system that predicts terrorist and dangerous activities.",
            evidence=said(
                "the Tianshan Anti-terrorism Cloud is a forecasting system that predicts terrorist and dangerous "
                "activities",
                DATA_FUSION,
                fn=14,
            ),
        ),
        # Applications
        Element(
            id="police",
            name="Police",
            kind="police",
            layer="application",
            evidence=said("manages police and traffic in an integrated manner", PROLIFERATION, fn=8),
        ),
        Element(
            id="traffic_management",
            name="Traffic management",
            kind="traffic_control",
            layer="application",
            vendors=("Nanjing Les Information Technology",),
            evidence=said("manages police and traffic in an integrated manner", PROLIFERATION, fn=8)
            + said("urban traffic management system from Nanjing Les Information Technology", PROLIFERATION, fn=8),
        ),
        Element(
            id="e_government",
            name="E-government",
            kind="e_government",
            layer="application",
            vendors=("ZTE", "Huawei"),
            evidence=said("will cooperate on surveillance systems and e-government", PROLIFERATION, fn=8),
        ),
        # Operators
        Element(
            id="vendor_staff",
            name="Staff dispatched from the supplier",
            kind="vendor_staff",
            layer="operation",
            description="In Kenya the system is run by staff of a Chinese company.",
            evidence=said(KENYA_STAFF, PROLIFERATION, fn=11),
        ),
        Element(
            id="local_authority",
            name="Local authority",
            kind="operator",
            layer="operation",
            description="The city's own officials, who do not know how to operate the system.",
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
            evidence=said(
                "Through smart cities, Chinese authorities will have access to more accurate information about the "
                "country which introduces the system, and may be able to control information and facilities as "
                "needed.",
                PROLIFERATION,
            ),
        ),
        Element(
            id="other_entities",
            name="Other entities outside",
            kind="outsider",
            layer="outside",
            description="Anyone else outside the closed net: they cannot see or reach inside it.",
            evidence=said(
                "making it impossible for another entity to access the inside of the network from the outside",
                DATA_FUSION,
            )
            + said("it is difficult to see what is happening inside the closed net from the outside", DATA_FUSION),
        ),
    ),
    relations=(
        # Residents are the source of the data
        Relation(source="city_residents", target="surveillance_cameras", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="plate_cameras", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="social_media", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="phone_numbers", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="location_data", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="facial_features", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="blood_types", kind="captures", evidence=CAPTURED),
        Relation(source="city_residents", target="heights", kind="captures", evidence=CAPTURED),
        Relation(
            source="infrastructure",
            target="plate_cameras",
            kind="captures",
            evidence=inferred(
                "The paper lists licence-plate recognition cameras among the fused sources (fn 14) and traffic "
                "management among the applications (fn 8); that these cameras read the vehicles on the city's roads "
                "is the model's reading."
            ),
        ),
        # Data sources onto the networks
        Relation(source="surveillance_cameras", target="optical_fibre", kind="transmits", evidence=FIXED_LINE),
        Relation(source="plate_cameras", target="optical_fibre", kind="transmits", evidence=FIXED_LINE),
        Relation(source="facial_features", target="optical_fibre", kind="transmits", evidence=FIXED_LINE),
        Relation(source="blood_types", target="optical_fibre", kind="transmits", evidence=FIXED_LINE),
        Relation(source="heights", target="optical_fibre", kind="transmits", evidence=FIXED_LINE),
        Relation(source="social_media", target="network_5g", kind="transmits", evidence=MOBILE_LINE),
        Relation(source="phone_numbers", target="network_5g", kind="transmits", evidence=MOBILE_LINE),
        Relation(source="location_data", target="network_5g", kind="transmits", evidence=MOBILE_LINE),
        # Networks into the platform, and across cities
        Relation(
            source="optical_fibre",
            target="data_fusion",
            kind="transmits",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14)
            + inferred(
                "That the fused data arrives over the city's fibre is the model's reading; the paper names both."
            ),
        ),
        Relation(
            source="network_5g",
            target="data_fusion",
            kind="transmits",
            evidence=said(FUSION_LIST, DATA_FUSION, fn=14)
            + inferred("That the fused data arrives over the 5G network is the model's reading; the paper names both."),
        ),
        Relation(
            source="optical_fibre",
            target="multi_city_network",
            kind="transmits",
            label="shared across cities",
            evidence=said(
                "networking and sharing information across multiple cities rather than a single city", DATA_FUSION
            ),
        ),
        Relation(
            source="multi_city_network",
            target="data_fusion",
            kind="transmits",
            label="wider area",
            evidence=said("integrated surveillance over a wider area will be possible", DATA_FUSION),
        ),
        Relation(
            source="closed_net_gateway",
            target="data_fusion",
            kind="transmits",
            evidence=inferred(
                "The gateway is the model's inference (see the element); it opens onto the fused data, the "
                "'information' the paper says the supplier state gains access to."
            ),
        ),
        # Fusion feeds tracking, prediction and integrated management
        Relation(
            source="data_fusion",
            target="integrated_management",
            kind="feeds",
            evidence=said("integrated management and behavior prediction through data fusion", DATA_FUSION),
        ),
        Relation(
            source="data_fusion",
            target="ijop",
            kind="feeds",
            evidence=said("tracking detailed personal information and behavioral history", DATA_FUSION, fn=14),
        ),
        Relation(
            source="data_fusion",
            target="tianshan_cloud",
            kind="feeds",
            evidence=said(
                "In addition to IJOP, the Tianshan Anti-terrorism Cloud is a forecasting system", DATA_FUSION, fn=14
            ),
        ),
        # Analysis feeds the applications
        Relation(
            source="integrated_management",
            target="police",
            kind="feeds",
            evidence=said("manages police and traffic in an integrated manner", PROLIFERATION, fn=8),
        ),
        Relation(
            source="integrated_management",
            target="traffic_management",
            kind="feeds",
            evidence=said("manages police and traffic in an integrated manner", PROLIFERATION, fn=8),
        ),
        Relation(
            source="integrated_management",
            target="e_government",
            kind="feeds",
            evidence=inferred(
                "The paper pairs surveillance systems and e-government in one Kenyan project (fn 8) and calls smart "
                "cities integrated management; that e-government draws on the same integrated picture is the model's reading."
            ),
        ),
        Relation(
            source="ijop",
            target="police",
            kind="feeds",
            evidence=inferred(
                "IJOP tracks personal information and behaviour and the Tianshan Cloud predicts 'terrorist and "
                "dangerous activities' (fn 14); that the police act on them is the model's reading."
            ),
        ),
        Relation(
            source="tianshan_cloud",
            target="police",
            kind="feeds",
            evidence=inferred(
                "IJOP tracks personal information and behaviour and the Tianshan Cloud predicts 'terrorist and "
                "dangerous activities' (fn 14); that the police act on them is the model's reading."
            ),
        ),
        # The applications act on the city
        Relation(
            source="police",
            target="city_residents",
            kind="controls",
            evidence=said(OPERATE_ALL, PROLIFERATION),
        ),
        Relation(
            source="traffic_management",
            target="infrastructure",
            kind="controls",
            evidence=said(OPERATE_ALL, PROLIFERATION),
        ),
        Relation(
            source="e_government",
            target="city_residents",
            kind="controls",
            evidence=inferred(
                "The paper says the system reaches 'the consciousness and behavior of its residents'; e-government "
                "is the application through which a city administers them."
            ),
        ),
        # The operators run the applications
        Relation(
            source="vendor_staff", target="police", kind="controls", evidence=said(KENYA_STAFF, PROLIFERATION, fn=11)
        ),
        Relation(
            source="vendor_staff",
            target="traffic_management",
            kind="controls",
            evidence=said(KENYA_STAFF, PROLIFERATION, fn=11),
        ),
        Relation(
            source="vendor_staff",
            target="e_government",
            kind="controls",
            evidence=said(KENYA_STAFF, PROLIFERATION, fn=11),
        ),
        Relation(
            source="local_authority",
            target="vendor_staff",
            kind="relies_on",
            evidence=said("local officials do not understand how to operate the system", PROLIFERATION, fn=11),
        ),
        Relation(
            source="vendor_staff",
            target="manual_in_chinese",
            kind="relies_on",
            evidence=inferred(
                "The paper says the manual is only available in Chinese and the system is run by staff of a Chinese "
                "company; that those staff, not the local officials, can use it is the model's reading."
            ),
        ),
        # The supplier state reaches in through the gateway
        Relation(
            source="supplier_state",
            target="closed_net_gateway",
            kind="accesses",
            label="information and facilities",
            evidence=said("may be able to control information and facilities as needed", PROLIFERATION)
            + inferred(
                "That the access enters through the closed net's gateway is the model's reading (see the gateway)."
            ),
        ),
    ),
    boundaries=(
        Boundary(
            id="closed_net",
            name="Closed net of one city",
            kind="closed_net",
            description=(
                "A city's closed network: residents and the whole system inside; outsiders cannot see in or reach "
                "in, and residents cannot report out. Only the supplier state's access passes, through the gateway."
            ),
            members=(
                "city_residents",
                "infrastructure",
                "surveillance_cameras",
                "plate_cameras",
                "social_media",
                "phone_numbers",
                "location_data",
                "facial_features",
                "blood_types",
                "heights",
                "optical_fibre",
                "network_5g",
                "multi_city_network",
                "closed_net_gateway",
                "data_fusion",
                "integrated_management",
                "ijop",
                "tianshan_cloud",
                "police",
                "traffic_management",
                "e_government",
                "vendor_staff",
                "local_authority",
                "manual_in_chinese",
            ),
            gateways=("closed_net_gateway",),
            evidence=said("Smart cities can achieve closed nets on a city-by-city basis.", DATA_FUSION)
            + inferred(
                "Which elements sit inside the closed net is the model's reading: the paper places 'individuals in "
                "the closed net' inside, and the system serves them.",
                DATA_FUSION,
            ),
        ),
    ),
    views=(
        View(
            id="figure1",
            figure="Figure 1",
            title="Integrated Smart City Management",
            caption=(
                "Reconstructed from the text of Ichida (2023), whose Figure 1 survives only as its title. Every box "
                "and arrow carries the sentence of the paper behind it as its tooltip. Inferred by the model: which data source "
                "travels over which network, the closed net's gateway and which elements sit inside the closed net, "
                "the feeds from IJOP and the Tianshan Cloud to the police, e-government's place in the loop, and the "
                "vendor staff's use of the Chinese-only manual. Every box of the stack sits inside one city's closed net; the "
                "supplier state enters it only through the gateway."
            ),
            alt_text=(
                "A layered diagram drawn from bottom to top with an icon for each element, one band per layer, all "
                "inside a dashed border: one city's closed net. At the bottom, residents and the city's "
                "infrastructure. Above them, eight "
                "data sources taken from the residents: surveillance cameras, licence-plate recognition cameras, "
                "social media accounts, phone numbers, location data, facial features, blood types and heights. They "
                "feed two networks, optical fibre and 5G, beside a network linking several cities; the closed "
                "net's gateway sits on its border, outside the bands. All of them lead into one data fusion platform, which feeds "
                "integrated management, the IJOP tracking platform and the Tianshan Anti-terrorism Cloud for "
                "prediction. These feed three applications: police, traffic management and e-government, whose bold "
                "control arrows curve back down to the residents and the infrastructure. At the top, staff "
                "dispatched from the supplier operate the applications; the local authority relies on them, and they "
                "rely on a manual only in Chinese. Outside the border, in a band of outside actors, the supplier state "
                "reaches in through the gateway with a dashed access arrow labelled information and facilities; other "
                "entities outside have no arrow at all."
            ),
            direction="BT",
            group_by="layer",
            backend="diagrams",
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
            objects=("city",),
            via=("controls",),
            evidence=said(OPERATE_ALL, PROLIFERATION),
        ),
        Claim(
            id="supplier-state-access",
            statement=(
                "Through smart cities, the supplier state has access to information and may be able to control "
                "information and facilities as needed."
            ),
            kind="reaches",
            subject="supplier_state",
            objects=("data_fusion", "infrastructure", "city_residents"),
            evidence=said("may be able to control information and facilities as needed", PROLIFERATION),
        ),
        Claim(
            id="closed-net-keeps-others-out",
            statement="No other entity outside the closed net can access its inside.",
            kind="does_not_reach",
            subject="other_entities",
            objects=("city", "sensing", "network", "platform", "analytics", "application", "operation"),
            evidence=said(
                "making it impossible for another entity to access the inside of the network from the outside",
                DATA_FUSION,
            ),
        ),
        Claim(
            id="residents-cannot-report-out",
            statement="Individuals in the closed net cannot report and spread information to the outside.",
            kind="does_not_reach",
            subject="city_residents",
            objects=("other_entities",),
            evidence=said(
                "it will not be possible for individuals in the closed net to report and spread the information via the Internet",
                DATA_FUSION,
            ),
        ),
    ),
    suppressions=(
        Suppression(
            code="CON005",
            target="other_entities",
            justification=(
                "Drawn without arrows on purpose: the paper's point is that outsiders have no access to the inside "
                "of a closed net (the asymmetry), which the claim closed-net-keeps-others-out checks."
            ),
        ),
    ),
)
