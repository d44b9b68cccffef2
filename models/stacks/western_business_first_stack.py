"""A Western business-first smart-city stack, on the same vocabulary as the Chinese integrated stack.

Built from the paper's framing ("business systems that advocate improving quality of life,
optimizing urban functions, and reducing operating costs") and public descriptions of IBM's
Intelligent Operations Center, Cisco Kinetic for Cities and Sidewalk Labs' Toronto proposal with
its urban data trust. A composite for comparison, not one real city: each box says which source
it comes from, and which of its quotes could not be checked against the source's own text.
"""

from _stack_sources import (
    CISCO_BLOG,
    CISCO_KINETIC,
    CTV_SIDEWALK,
    IBM_IOC,
    PAPER,
    SIDEWALK_MIDP,
    STACK_SOURCES,
    hedged,
    inferred,
    inferred_from,
    quoted,
)

from citystack import Boundary, Counterpart, Element, Model, Relation, View

BUSINESS = (
    "business systems that advocate improving quality of life, optimizing urban functions, and reducing operating costs"
)
CISCO_DOMAINS = inferred(
    "The project's domain notes list Cisco Kinetic for Cities' domains as lighting, traffic, parking, safety and "
    "environment; the description's own text was not at hand, so the domain is named, not quoted.",
    CISCO_KINETIC,
)
IOC_FUNCTIONS = inferred(
    "IBM's Intelligent Operations Center, as the project's domain notes summarise its documentation, has dashboards, "
    "an application server for data ingest and normalisation, KPIs, standard operating procedures, notifications, "
    "geospatial views and analytics, and a data server; the documentation's text was not at hand.",
    IBM_IOC,
)
NOT_CONSENTED = (
    "The Trust would govern data collected without consent, such as pedestrian counters and street-facing cameras"
)
TO_NETWORK = inferred(
    "Cisco: 'every smart city starts with its network'; that each sensor sends its data over the city network is "
    "the model's reading, the sources do not route individual sensors."
)
TO_SERVICES = inferred(
    "The paper's framing ('optimizing urban functions'): the analysed data serves the city's services; which "
    "analysis feeds which service is the model's reading.",
)
ACTS_ON_CITY = inferred(
    "A city service acts on the infrastructure it manages (the paper: 'optimizing urban functions'); the control "
    "arrow is the model's reading.",
)
OBSERVED = inferred(
    "A sensor observes the people or the infrastructure it is placed among; the sources name the sensors, not "
    "what each observes.",
)

model = Model(
    id="western-business-first-stack",
    title="The Western business-first smart-city stack (a composite)",
    description=(
        "A composite of Western smart-city platforms for comparison with the Chinese integrated stack: sensors and "
        "cameras, the city network and a vendor cloud, a data platform with operations-centre analytics and "
        "dashboards, city services, and city staff who run them; outside the city, a proposed urban data trust that "
        "governs what may be collected, and the platform company whose storage the data may leave for."
    ),
    vocabulary="smart-city-stack",
    sources=STACK_SOURCES,
    elements=(
        Element(
            id="city_residents",
            name="Residents and visitors",
            kind="residents",
            layer="city",
            description="The people whose quality of life the business-first stack says it improves.",
            evidence=inferred_from(
                BUSINESS,
                "The paper names the quality of life the business systems advocate improving, not the people whose "
                "life it is; the residents are the model's reading.",
                PAPER,
                "Abstract",
            ),
        ),
        Element(
            id="infrastructure",
            name="City infrastructure",
            kind="infrastructure",
            layer="city",
            description="Streets, lights and car parks: the urban functions the stack optimises.",
            evidence=inferred_from(
                "optimizing urban functions",
                "The paper names the urban functions the business systems optimise, not the infrastructure that "
                "carries them; the box is the model's reading.",
                PAPER,
                "Abstract",
            ),
        ),
        Element(
            id="street_cameras",
            name="Street-facing cameras",
            kind="cctv_camera",
            layer="sensing",
            evidence=hedged(NOT_CONSENTED, CTV_SIDEWALK),
        ),
        Element(
            id="pedestrian_counters",
            name="Pedestrian counters",
            kind="iot_sensor",
            layer="sensing",
            evidence=hedged(NOT_CONSENTED, CTV_SIDEWALK),
        ),
        Element(
            id="apps_with_consent",
            name="Websites and mobile apps (with consent)",
            kind="phone",
            layer="sensing",
            description="Data given with consent, which the proposed trust would not govern.",
            evidence=quoted(
                "Data collected with consent, however, such as through websites and mobile apps, wouldn't be subject "
                "to control of the Trust.",
                CTV_SIDEWALK,
            ),
        ),
        Element(
            id="parking_sensors",
            name="Parking sensors",
            kind="iot_sensor",
            layer="sensing",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="lighting_sensors",
            name="Street-lighting sensors",
            kind="iot_sensor",
            layer="sensing",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="environment_sensors",
            name="Environment sensors",
            kind="iot_sensor",
            layer="sensing",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="city_network",
            name="City network",
            kind="fibre",
            layer="network",
            vendors=("Cisco",),
            description="The network every connected thing of the city sends its data over.",
            evidence=quoted("every smart city starts with its network", CISCO_BLOG),
        ),
        Element(
            id="kinetic_cloud",
            name="Cisco Kinetic for Cities (edge and cloud)",
            kind="cloud",
            layer="network",
            vendors=("Cisco",),
            description="Moves data from connected things to applications across edge, private and public cloud.",
            evidence=inferred_from(
                "getting the right data to the right applications at the right time while executing policies to "
                "enforce data ownership, privacy, security and even data sovereignty laws",
                "Cisco's description of what Kinetic for Cities does; the sentence does not name the product.",
                CISCO_BLOG,
            )
            + inferred(
                "The project's domain notes quote Cisco Kinetic for Cities as moving data 'from connected things to "
                "IoT applications'; the description's own text was not at hand (unverified).",
                CISCO_KINETIC,
            ),
        ),
        Element(
            id="data_platform",
            name="Urban data platform (IOC data server)",
            kind="data_platform",
            layer="platform",
            vendors=("IBM",),
            description="Ingests and normalises the city's data and keeps it.",
            evidence=IOC_FUNCTIONS,
        ),
        Element(
            id="ioc_analytics",
            name="KPIs, geospatial views and analytics",
            kind="analytics",
            layer="analytics",
            vendors=("IBM",),
            evidence=IOC_FUNCTIONS,
        ),
        Element(
            id="ioc_dashboards",
            name="Operations-centre dashboards",
            kind="dashboard",
            layer="analytics",
            vendors=("IBM",),
            evidence=IOC_FUNCTIONS,
        ),
        Element(
            id="traffic_management",
            name="Traffic management",
            kind="traffic_control",
            layer="application",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="smart_parking",
            name="Smart parking",
            kind="city_service",
            layer="application",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="smart_lighting",
            name="Smart street lighting",
            kind="city_service",
            layer="application",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="public_safety",
            name="Public safety",
            kind="police",
            layer="application",
            evidence=CISCO_DOMAINS,
        ),
        Element(
            id="city_staff",
            name="City operations staff",
            kind="operator",
            layer="operation",
            description="The city's own staff run the operations centre and its services.",
            evidence=inferred(
                "The paper calls these 'business systems' of American companies sold to cities; IBM's operations "
                "centre gives the city's staff dashboards and standard operating procedures. That the city's own "
                "staff, not the vendor's, run it is the model's reading.",
                IBM_IOC,
            ),
        ),
        Element(
            id="operating_procedures",
            name="Standard operating procedures",
            kind="document",
            layer="operation",
            evidence=IOC_FUNCTIONS,
        ),
        Element(
            id="urban_data_trust",
            name="Urban Data Trust (proposed)",
            kind="governance_body",
            layer="outside",
            aliases=("Trust", "urban data trust", "Civic Data Trust"),
            description="Proposed for Toronto's waterfront; the project was cancelled on 7 May 2020.",
            evidence=inferred(
                "The project's domain notes quote the plan as giving the trust 'authority to approve or reject any "
                "proposed collection or use of urban data'; the plan's own text was not at hand (unverified).",
                SIDEWALK_MIDP,
            )
            + hedged(
                "Anyone wanting to collect and access the data will have to seek approval from the Trust",
                CTV_SIDEWALK,
            ),
        ),
        Element(
            id="platform_company",
            name="Platform company (Sidewalk Labs, Alphabet)",
            kind="company",
            layer="outside",
            aliases=("Sidewalk Labs", "Alphabet"),
            description="The company that proposed the project and would have stored the data outside Canada.",
            evidence=quoted("The Alphabet Inc.-backed organization", CTV_SIDEWALK)
            + inferred_from(
                "a tool for a surveillance capitalism community",
                "The paper says this of American company-style smart cities, not of Sidewalk Labs by name.",
                PAPER,
                "Introduction",
            ),
        ),
    ),
    relations=(
        Relation(source="city_residents", target="street_cameras", kind="captures", evidence=OBSERVED),
        Relation(source="city_residents", target="pedestrian_counters", kind="captures", evidence=OBSERVED),
        Relation(source="city_residents", target="apps_with_consent", kind="captures", evidence=OBSERVED),
        Relation(source="infrastructure", target="parking_sensors", kind="captures", evidence=OBSERVED),
        Relation(source="infrastructure", target="lighting_sensors", kind="captures", evidence=OBSERVED),
        Relation(source="infrastructure", target="environment_sensors", kind="captures", evidence=OBSERVED),
        Relation(source="street_cameras", target="city_network", kind="transmits", evidence=TO_NETWORK),
        Relation(source="pedestrian_counters", target="city_network", kind="transmits", evidence=TO_NETWORK),
        Relation(source="apps_with_consent", target="city_network", kind="transmits", evidence=TO_NETWORK),
        Relation(source="parking_sensors", target="city_network", kind="transmits", evidence=TO_NETWORK),
        Relation(source="lighting_sensors", target="city_network", kind="transmits", evidence=TO_NETWORK),
        Relation(source="environment_sensors", target="city_network", kind="transmits", evidence=TO_NETWORK),
        Relation(
            source="city_network",
            target="kinetic_cloud",
            kind="transmits",
            evidence=inferred(
                "Cisco says a smart city 'starts with its network' and that Kinetic for Cities moves data 'from "
                "connected things to IoT applications'; that the platform takes the data off the city network is the "
                "model's reading.",
                CISCO_BLOG,
            ),
        ),
        Relation(
            source="kinetic_cloud",
            target="data_platform",
            kind="transmits",
            evidence=inferred(
                "Kinetic for Cities gets 'the right data to the right applications'; that the operations centre's "
                "data server is where it delivers is the model's reading (the sources describe the two products "
                "separately).",
                CISCO_BLOG,
            ),
        ),
        Relation(source="data_platform", target="ioc_analytics", kind="feeds", evidence=IOC_FUNCTIONS),
        Relation(source="data_platform", target="ioc_dashboards", kind="feeds", evidence=IOC_FUNCTIONS),
        Relation(source="ioc_analytics", target="traffic_management", kind="feeds", evidence=TO_SERVICES),
        Relation(source="ioc_analytics", target="smart_parking", kind="feeds", evidence=TO_SERVICES),
        Relation(source="ioc_analytics", target="smart_lighting", kind="feeds", evidence=TO_SERVICES),
        Relation(source="ioc_dashboards", target="public_safety", kind="feeds", evidence=TO_SERVICES),
        Relation(source="ioc_dashboards", target="traffic_management", kind="feeds", evidence=TO_SERVICES),
        Relation(source="traffic_management", target="infrastructure", kind="controls", evidence=ACTS_ON_CITY),
        Relation(source="smart_parking", target="infrastructure", kind="controls", evidence=ACTS_ON_CITY),
        Relation(source="smart_lighting", target="infrastructure", kind="controls", evidence=ACTS_ON_CITY),
        Relation(
            source="public_safety",
            target="city_residents",
            kind="controls",
            evidence=inferred(
                "Safety is one of Kinetic for Cities' domains (per the domain notes); that public-safety services act "
                "on residents is the model's reading.",
                CISCO_KINETIC,
            ),
        ),
        Relation(source="city_staff", target="traffic_management", kind="controls", evidence=IOC_FUNCTIONS),
        Relation(source="city_staff", target="smart_parking", kind="controls", evidence=IOC_FUNCTIONS),
        Relation(source="city_staff", target="smart_lighting", kind="controls", evidence=IOC_FUNCTIONS),
        Relation(source="city_staff", target="public_safety", kind="controls", evidence=IOC_FUNCTIONS),
        Relation(source="city_staff", target="operating_procedures", kind="relies_on", evidence=IOC_FUNCTIONS),
        Relation(
            source="urban_data_trust",
            target="street_cameras",
            kind="governs",
            evidence=hedged(NOT_CONSENTED, CTV_SIDEWALK),
        ),
        Relation(
            source="urban_data_trust",
            target="pedestrian_counters",
            kind="governs",
            evidence=hedged(NOT_CONSENTED, CTV_SIDEWALK),
        ),
        Relation(
            source="urban_data_trust",
            target="data_platform",
            kind="governs",
            evidence=inferred_from(
                "Anyone wanting to collect and access the data will have to seek approval from the Trust",
                "The trust would approve access to the collected data (a plan, never carried out); the model draws "
                "that as governing the platform that keeps it.",
                CTV_SIDEWALK,
            ),
        ),
        Relation(
            source="data_platform",
            target="platform_company",
            kind="transmits",
            label="stored outside the country",
            evidence=inferred(
                "CTV News (2018): 'Some critics of the data collection have raised concerns about it being stored in "
                "other countries, but Sidewalk Labs has rejected calls to keep storage local.' The model draws the "
                "platform's data leaving for the company's storage. A proposal only: the project was cancelled.",
                CTV_SIDEWALK,
            ),
        ),
    ),
    boundaries=(
        Boundary(
            id="city",
            name="The city",
            kind="city",
            description="No closed net: the city's data may leave it, under the trust's rules where they apply.",
            members=(
                "city_residents",
                "infrastructure",
                "street_cameras",
                "pedestrian_counters",
                "apps_with_consent",
                "parking_sensors",
                "lighting_sensors",
                "environment_sensors",
                "city_network",
                "kinetic_cloud",
                "data_platform",
                "ioc_analytics",
                "ioc_dashboards",
                "traffic_management",
                "smart_parking",
                "smart_lighting",
                "public_safety",
                "city_staff",
                "operating_procedures",
            ),
            evidence=inferred(
                "Every box of the stack serves one city; the trust and the platform company stand outside it."
            ),
        ),
    ),
    counterparts=(
        Counterpart(
            element="data_platform",
            model="chinese-integrated-stack",
            counterpart="data_fusion",
            reason=(
                "Both are the platform where the networks deliver the city's data and analytics draw it from; their "
                "kinds differ (a data platform, a data-fusion platform), which the comparison reports as a purpose."
            ),
        ),
        Counterpart(
            element="platform_company",
            model="chinese-integrated-stack",
            counterpart="supplier_state",
            reason=(
                "Both are the actor outside the city that the stack's data reaches: the paper's 'surveillance "
                "capitalism' company here, the supplier state there."
            ),
        ),
    ),
    views=(
        View(
            id="stack",
            title="The Western business-first smart-city stack (a composite)",
            caption=(
                "A composite of IBM's Intelligent Operations Center, Cisco Kinetic for Cities and Sidewalk Labs' "
                "Toronto proposal, drawn on the same layers as the Chinese integrated stack. Which sensor feeds which "
                "network, which analysis feeds which service, and that city staff run the services are the model's "
                "inferences; the data leaving for the platform company's storage is the cancelled Toronto proposal."
            ),
            alt_text=(
                "A layered diagram drawn from bottom to top inside a border for the city. At the bottom, residents and "
                "the city's infrastructure; above them six sensors: street-facing cameras, pedestrian counters, "
                "websites and apps used with consent, parking, street-lighting and environment sensors. They send "
                "their data over the city network to Cisco Kinetic for Cities, which delivers it to an urban data "
                "platform; the platform feeds analytics and operations-centre dashboards, which feed traffic "
                "management, smart parking, smart street lighting and public safety; those act back on the "
                "infrastructure and the residents. City operations staff run the services and rely on standard "
                "operating procedures. Outside the city, a proposed urban data trust governs the cameras, the "
                "counters and the platform, and the platform's data leaves for the platform company's storage."
            ),
            direction="BT",
            group_by="layer",
        ),
    ),
)
