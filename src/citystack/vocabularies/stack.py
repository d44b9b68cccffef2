"""The smart-city stack: from residents and infrastructure up through sensing to the operators.

One vocabulary for Figure 1, the Western comparison stack and every country deployment, so that
two stacks share layers and can be compared layer by layer.
"""

from __future__ import annotations

from citystack.model.vocabulary import ElementKind, Layer, RelationKind, Vocabulary
from citystack.vocabularies._build import pairs

__all__ = ["SMART_CITY_STACK"]

_LAYERS = (
    Layer(
        id="city",
        name="City and residents",
        description="The people and the physical city the system observes and acts on.",
    ),
    Layer(
        id="sensing",
        name="Sensing and data sources",
        description="Cameras, phones, accounts and records that turn the city into data.",
    ),
    Layer(
        id="network",
        name="Networks",
        description="Fibre, mobile networks and the links between cities that carry the data.",
    ),
    Layer(
        id="platform", name="Integrated data platform", description="Where data is stored and fused into one picture."
    ),
    Layer(
        id="analytics",
        name="Analytics and prediction",
        description="Tracking, forecasting and decision support built on the fused data.",
    ),
    Layer(
        id="application",
        name="Applications",
        description="Police, traffic control, e-government and other city services.",
    ),
    Layer(id="operation", name="Operators", description="The people and centres that run the system."),
    Layer(
        id="outside",
        name="Outside actors",
        description="Suppliers, states and governance bodies beside the stack.",
        stacked=False,
    ),
)


#: What each element kind means, in one line (``citystack vocab`` shows it).
_MEANINGS = {
    "residents": "The people who live in the city and are observed by it.",
    "infrastructure": "The physical city: roads, buildings, utilities the system watches and acts on.",
    "cctv_camera": "A surveillance camera that films public space (with or without face recognition).",
    "plate_camera": "A camera that reads vehicle licence plates.",
    "phone": "Phone numbers and handsets as a data source.",
    "social_media": "Social-media accounts and what people post on them.",
    "location": "Where people and vehicles are: positions from phones, cards or cameras.",
    "biometrics": "Records of bodies: facial features, blood types, heights, fingerprints.",
    "iot_sensor": "Any other connected sensor (air, noise, traffic loops, meters).",
    "fibre": "Optical-fibre cable that carries the city's data.",
    "mobile_network": "A 5G (or earlier) mobile network.",
    "city_link": "A network joining several cities for surveillance over a wider area.",
    "cloud": "Hosted computing reached over the network (a network-layer kind, not a platform).",
    "gateway": "The one guarded way in or out of a closed net (not a LoRaWAN or IoT radio gateway).",
    "closed_network": "A city's network closed as a single unit: no one outside can reach its inside.",
    "data_fusion": "A platform that joins many sources into one profile per person or place.",
    "data_centre": "The building and machines where the city's data is stored.",
    "data_platform": "A store of city data without fusion: a data lake, a database, a data server.",
    "prediction": "Forecasting who or what will cause trouble (predictive policing, risk scores).",
    "analytics": "Tracking, statistics and pattern-finding over the stored data.",
    "dashboard": "Screens that show operators the state of the city (KPIs, maps, alerts).",
    "police": "Police work that uses the system: dispatch, searches, arrests.",
    "traffic_control": "Traffic lights, tolls and traffic management.",
    "e_government": "Public services and records offered online.",
    "city_service": "Any other city service (lighting, parking, waste, utilities).",
    "surveillance_system": "A surveillance system sold as one product (cameras, recognition, control software).",
    "command_centre": "The room or centre where the city is watched and run as one.",
    "operator": "The authority or people who run the system (running it is the relation kind controls).",
    "vendor_staff": "A supplier's own staff who run or maintain the system.",
    "document": "A manual, contract or licence the operators depend on.",
    "supplier_state": "A state whose companies supply the system (China, the United States...).",
    "company": "A company that builds, sells or runs part of the system.",
    "government": "The government of a country, as an actor beside the stack.",
    "governance_body": "A body that sets rules for collecting and using city data (a data trust, a regulator).",
    "outsider": "Any other actor outside the stack (a party, an army, a foreign agency).",
}


def _kind(kind_id: str, name: str, layer: str, icon: str | None = None, shape: str = "box") -> ElementKind:
    return ElementKind(
        id=kind_id, name=name, layers=(layer,), icon=icon or kind_id, shape=shape, description=_MEANINGS[kind_id]
    )


_KINDS = (
    _kind("residents", "Residents", "city", shape="ellipse"),
    _kind("infrastructure", "City infrastructure", "city", shape="box3d"),
    _kind("cctv_camera", "Surveillance camera", "sensing"),
    _kind("plate_camera", "Licence-plate camera", "sensing"),
    _kind("phone", "Phone", "sensing"),
    _kind("social_media", "Social media", "sensing"),
    _kind("location", "Location data", "sensing"),
    _kind("biometrics", "Biometric records", "sensing", icon="residents"),
    _kind("iot_sensor", "IoT sensor", "sensing", icon="location"),
    _kind("fibre", "Optical fibre", "network"),
    _kind("mobile_network", "5G mobile network", "network", icon="tower_5g"),
    _kind("city_link", "Inter-city network", "network", icon="fibre"),
    _kind("cloud", "Cloud", "network", icon="data_centre"),
    _kind("gateway", "Closed-net gateway", "network", icon="closed_net", shape="diamond"),
    _kind("closed_network", "Closed network", "network", icon="closed_net"),
    _kind("data_fusion", "Data fusion platform", "platform", shape="component"),
    _kind("data_centre", "Data centre", "platform", shape="cylinder"),
    _kind("data_platform", "Data platform", "platform", icon="data_centre", shape="cylinder"),
    _kind("prediction", "Prediction", "analytics", shape="hexagon"),
    _kind("analytics", "Analytics", "analytics", icon="prediction", shape="hexagon"),
    _kind("dashboard", "Dashboard", "analytics", icon="command_centre", shape="hexagon"),
    _kind("police", "Police", "application", shape="octagon"),
    _kind("traffic_control", "Traffic control", "application", shape="octagon"),
    _kind("e_government", "E-government", "application", shape="octagon"),
    _kind("city_service", "City service", "application", icon="infrastructure", shape="octagon"),
    _kind("surveillance_system", "Surveillance system", "application", icon="cctv_camera", shape="octagon"),
    _kind("command_centre", "Command centre", "operation", shape="doubleoctagon"),
    _kind("operator", "Operator", "operation", shape="house"),
    _kind("vendor_staff", "Vendor staff", "operation", shape="house"),
    _kind("document", "Document", "operation", icon="e_government", shape="note"),
    _kind("supplier_state", "Supplier state", "outside", shape="tab"),
    _kind("company", "Company", "outside", shape="tab"),
    _kind("government", "Government", "outside", shape="tab"),
    _kind("governance_body", "Governance body", "outside", icon="government", shape="tab"),
    _kind("outsider", "Outside entity", "outside", icon="government", shape="tab"),
)

_RELATION_KINDS = (
    RelationKind(
        id="captures",
        name="captures",
        reading="captures",
        reverse_reading="is captured by",
        description="A sensor or record takes data from the people or things it observes.",
        pairs=pairs("city>sensing"),
        direction="up",
        max_step=1,
        carries_data=True,
    ),
    RelationKind(
        id="transmits",
        name="transmits",
        reading="transmits data to",
        reverse_reading="receives data from",
        description=(
            "Data moves one layer up the stack, between networks of the same layer, or out of the stack to an "
            "actor beside it (a platform company, a supplier state)."
        ),
        pairs=pairs("sensing>network", "network>network", "network>platform", "network>outside", "platform>outside"),
        direction="up",
        max_step=1,
        carries_data=True,
    ),
    RelationKind(
        id="feeds",
        name="feeds",
        reading="feeds",
        reverse_reading="is fed by",
        description="Fused data or analysis goes to the next layer up, never skipping one.",
        pairs=pairs(
            "platform>platform",
            "platform>analytics",
            "analytics>analytics",
            "analytics>application",
            "application>operation",
        ),
        direction="up",
        max_step=1,
        carries_data=True,
    ),
    RelationKind(
        id="controls",
        name="controls",
        reading="controls",
        reverse_reading="is controlled by",
        description="An operator or application acts on what lies below it: the control loop.",
        pairs=pairs(
            "operation>application",
            "operation>analytics",
            "operation>platform",
            "operation>network",
            "operation>sensing",
            "operation>operation",
            "application>city",
            "application>sensing",
        ),
        direction="down",
        line="bold",
        controls=True,
    ),
    RelationKind(
        id="relies_on",
        name="relies on",
        reading="relies on",
        reverse_reading="is relied on by",
        description="An operator depends on another operator, or on a document, to run the system.",
        pairs=pairs("operation>operation"),
        direction="same",
        line="dashed",
    ),
    RelationKind(
        id="supplies",
        name="supplies",
        reading="supplies",
        reverse_reading="is supplied by",
        description="An outside company or state supplies equipment, software or staff.",
        pairs=pairs(
            "outside>sensing",
            "outside>network",
            "outside>platform",
            "outside>analytics",
            "outside>application",
            "outside>operation",
        ),
        line="dotted",
    ),
    RelationKind(
        id="accesses",
        name="has access to",
        reading="has access to",
        reverse_reading="is accessible to",
        description="An outside actor reaches information or facilities inside the stack, or another country.",
        pairs=pairs(
            "outside>platform", "outside>network", "outside>analytics", "outside>application", "outside>city",
            "outside>outside",
        ),
        line="dashed",
        carries_data=True,
    ),
    RelationKind(
        id="tied_to",
        name="is tied to",
        description=(
            "A tie between outside actors that the stack rests on: trade, a strategic partnership, membership of a "
            "governance body, a military-industrial complex."
        ),
        pairs=pairs("outside>outside"),
        direction="same",
        line="dashed",
        reading="is tied to",
        reverse_reading="has ties with",
    ),
    RelationKind(
        id="governs",
        name="governs",
        reading="governs",
        reverse_reading="is governed by",
        description="A governance body sets the rules for how data may be collected or used.",
        pairs=pairs("outside>platform", "outside>sensing", "outside>analytics", "outside>application"),
        line="dashed",
        oversight=True,
    ),
    RelationKind(
        id="blocked",
        name="is blocked from",
        reading="is blocked from",
        reverse_reading="is closed to",
        description=(
            "Access or a flow that a source says cannot happen: outsiders kept out of a closed net, "
            "residents unable to report out. Drawn so that the absence shows; never a path."
        ),
        line="dashed",
        blocked=True,
    ),
    RelationKind(
        id="informs",
        name="passes information to",
        reading="passes information to",
        reverse_reading="receives information from",
        description="Information about the city leaves the stack for an outside actor (the supplier state).",
        pairs=pairs(
            "network>outside", "platform>outside", "analytics>outside", "application>outside", "operation>outside"
        ),
        line="dashed",
        carries_data=True,
    ),
)

SMART_CITY_STACK = Vocabulary(
    id="smart-city-stack",
    name="Smart-city stack",
    description="Residents and infrastructure, sensing, networks, data platform, analytics, applications, operators.",
    layers=_LAYERS,
    kinds=_KINDS,
    relation_kinds=_RELATION_KINDS,
)
