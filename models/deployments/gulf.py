"""Saudi Arabia and the United Arab Emirates as the paper describes them (Ichida 2023, footnote 7): one model.

One model, not two: the paper states every part of the stack (information and communications
infrastructure including 5G networks, surveillance cameras and other equipment) for both countries
in one sentence, from one source (footnote 7). Two models would repeat the same stack and
suggest a country-by-country attribution the paper does not make. What the paper does tell apart
are the ties, and those are drawn for each country: China is Saudi Arabia's largest trading
partner; Saudi Arabia has joined the Shanghai Cooperation Organization as a dialogue partner,
while the UAE (with Bahrain and Kuwait) is only expected to.
"""

from _deployments import (
    ACCESS_ALT,
    PROLIFERATION,
    authorities_access,
    chinese_authorities,
    flows_not_given,
    hedged,
    said,
    sources_for,
    vendor_view,
)

from citystack import Element, Model, Relation

INFRASTRUCTURE = (
    "China has provided Saudi Arabia and the United Arab Emirates with information and communications "
    "infrastructure, including 5G networks"
)
CAMERAS = "smart cities have adopted surveillance cameras and other equipment from Chinese companies"
PARTNERS = (
    "Saudi Arabia's largest trading partner is China, which has strategic partnership agreements with both Saudi "
    "Arabia and the United Arab Emirates"
)
JOINED = "In March 2023, Saudi Arabia decided to join the Shanghai Cooperation Organization as a dialogue partner."
EXPECTED = "Bahrain, Kuwait, and the United Arab Emirates are also expected to join as dialogue members."
# The sentence before names the organisation the states are expected to join.
EXPECTED_SCO = (
    "join the Shanghai Cooperation Organization as a dialogue partner. Bahrain, Kuwait, and the United Arab Emirates "
    "are also expected to join as dialogue members"
)
WHY_EXPECTED = "'expected to join' is a forecast, not a membership; the tie is drawn as expected."


def state(element_id: str, name: str, quote: str) -> Element:
    """A Gulf state as an outside actor, named in the sentence given."""
    return Element(
        id=element_id, name=name, kind="government", layer="outside", evidence=said(quote, PROLIFERATION, fn=7)
    )


def expected_state(element_id: str, name: str) -> Element:
    """A Gulf state the paper names only as expected to join the SCO: hedged, as its sentence is."""
    why = f"the paper names {name} only as expected to join the Shanghai Cooperation Organization."
    return Element(
        id=element_id,
        name=name,
        kind="government",
        layer="outside",
        evidence=hedged(EXPECTED, PROLIFERATION, why, fn=7),
    )


def expected_to_join(element_id: str) -> Relation:
    return Relation(
        source=element_id,
        target="sco",
        kind="tied_to",
        evidence=hedged(EXPECTED_SCO, PROLIFERATION, WHY_EXPECTED, fn=7),
    )


model = Model(
    id="deployment-gulf",
    title="Saudi Arabia and the United Arab Emirates",
    description=(
        "Saudi Arabia and the UAE as the paper describes them: 5G networks and other information and communications "
        "infrastructure provided by China, surveillance cameras and other equipment from Chinese companies, and the "
        "ties behind them (trade, strategic partnerships, the Shanghai Cooperation Organization)."
    ),
    vocabulary="smart-city-stack",
    sources=sources_for(7),
    elements=(
        Element(
            id="surveillance_cameras",
            name="Surveillance cameras and other equipment",
            kind="cctv_camera",
            layer="sensing",
            vendors=("Chinese companies (not named)",),
            evidence=said(CAMERAS, PROLIFERATION, fn=7),
        ),
        Element(
            id="network_5g",
            name="5G networks",
            kind="mobile_network",
            layer="network",
            vendors=("China",),
            description="Part of the information and communications infrastructure China provided; the paper names no company.",
            evidence=said(INFRASTRUCTURE, PROLIFERATION, fn=7),
        ),
        Element(
            id="china",
            name="China",
            kind="supplier_state",
            layer="outside",
            evidence=said(INFRASTRUCTURE, PROLIFERATION, fn=7) + said(PARTNERS, PROLIFERATION, fn=7),
        ),
        state("saudi_arabia", "Saudi Arabia", PARTNERS),
        state("uae", "United Arab Emirates", PARTNERS),
        expected_state("bahrain", "Bahrain"),
        expected_state("kuwait", "Kuwait"),
        Element(
            id="sco",
            name="Shanghai Cooperation Organization",
            kind="governance_body",
            layer="outside",
            evidence=said(JOINED, PROLIFERATION, fn=7),
        ),
        *chinese_authorities(("5G networks",)),
    ),
    relations=(
        Relation(
            source="china",
            target="network_5g",
            kind="supplies",
            evidence=said(INFRASTRUCTURE, PROLIFERATION, fn=7),
        ),
        Relation(
            source="saudi_arabia",
            target="china",
            kind="tied_to",
            label="top trading partner, strategic partner",
            evidence=said(PARTNERS, PROLIFERATION, fn=7),
        ),
        Relation(
            source="uae",
            target="china",
            kind="tied_to",
            label="strategic partner",
            evidence=said(PARTNERS, PROLIFERATION, fn=7),
        ),
        Relation(
            source="saudi_arabia",
            target="sco",
            kind="tied_to",
            label="dialogue partner (March 2023)",
            evidence=said(JOINED, PROLIFERATION, fn=7),
        ),
        expected_to_join("uae"),
        expected_to_join("bahrain"),
        expected_to_join("kuwait"),
        authorities_access("network_5g"),
    ),
    views=(
        vendor_view(
            "Saudi Arabia and the UAE",
            "Saudi Arabia and the United Arab Emirates, reconstructed from the text of Ichida (2023) as one model, "
            "since the paper states their 5G networks and surveillance cameras in one sentence: China provided the "
            "5G networks, Chinese companies (not named) the cameras. The ties are drawn country by country: China is "
            "Saudi Arabia's largest trading partner and a strategic partner of both; Saudi Arabia joined the Shanghai "
            "Cooperation Organization as a dialogue partner in March 2023, the UAE, Bahrain and Kuwait are expected to.",
            "A diagram in bands from bottom to top. Sensing: surveillance cameras and other equipment, vendor Chinese "
            "companies, not named. Network: 5G networks, vendor China. Outside: China supplies the 5G networks (dotted "
            "arrow); Saudi Arabia and the United Arab Emirates each have a dashed tie to China, labelled top "
            "trading partner, strategic partner for Saudi Arabia and strategic partner for the UAE; Saudi Arabia has "
            "a tie to the Shanghai Cooperation Organization labelled dialogue partner, March 2023; the UAE, Bahrain "
            "and Kuwait have unlabelled dashed ties to it drawn as hedged (an open dot before the arrowhead: expected "
            "to join), and Bahrain and Kuwait themselves have cut corners, as the paper names them only as expected "
            f"to join; the Chinese authorities have {ACCESS_ALT} to the 5G networks.",
        ),
    ),
    suppressions=flows_not_given("CON001", "CON005"),
)
