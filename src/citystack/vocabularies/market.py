"""The market of smart cities: conditions create demand, suppliers meet or refuse it, a channel delivers."""

from __future__ import annotations

from citystack.model.vocabulary import ElementKind, Layer, RelationKind, Vocabulary
from citystack.vocabularies._build import pairs, with_meanings

__all__ = ["MARKET"]

_LAYERS = (
    Layer(
        id="condition",
        name="Conditions",
        description="What makes rulers want control: instability, democratic recession.",
    ),
    Layer(id="demand", name="Demand", description="The states that seek smart cities, and what they need them for."),
    Layer(
        id="supply", name="Supply", description="Who can supply, and the restrictions that hold some suppliers back."
    ),
    Layer(
        id="channel", name="Channel", description="How the supply reaches the buyer: support packages, partnerships."
    ),
    Layer(id="outcome", name="Outcome", description="What the deals lead to."),
)

#: What each element kind means, in one line (``citystack vocab`` shows it).
_MEANINGS = {
    "condition": "Something that makes rulers want control: instability, democratic recession.",
    "state": "A country, as a buyer (demand) or as a seller (supply).",
    "need": "What a buyer wants a smart city for: security, control of public opinion.",
    "supplier_state": "A state whose companies supply smart cities.",
    "company": "A company that supplies smart-city systems.",
    "government": "A government that sets rules for what its companies may sell.",
    "restriction": "What holds a supplier back: an embargo, a self-imposed rule, a licence check.",
    "support": "A package that carries the deal: economic or informatization support, a partnership.",
    "outcome": "What the deal leads to (stability for the ruler, closer ties).",
}

_KINDS = with_meanings(
    (
        ElementKind(id="condition", name="Condition", layers=("condition",), icon="prediction", shape="ellipse"),
        ElementKind(id="state", name="State", layers=("demand", "supply"), icon="government", shape="tab"),
        ElementKind(id="need", name="Need", layers=("demand",), icon="police", shape="note"),
        ElementKind(id="supplier_state", name="Supplier state", layers=("supply",), shape="tab"),
        ElementKind(id="company", name="Company", layers=("supply",), shape="tab"),
        ElementKind(id="government", name="Government", layers=("supply",), shape="tab"),
        ElementKind(id="restriction", name="Restriction", layers=("supply",), icon="closed_net", shape="octagon"),
        ElementKind(id="support", name="Support package", layers=("channel",), icon="e_government", shape="component"),
        ElementKind(id="outcome", name="Outcome", layers=("outcome",), icon="command_centre", shape="doubleoctagon"),
    ),
    _MEANINGS,
)

_RELATION_KINDS = (
    RelationKind(
        id="drives",
        name="drives",
        reading="drives",
        reverse_reading="is driven by",
        description="A condition raises demand.",
        pairs=pairs("condition>demand", "condition>condition"),
        direction="up",
        max_step=1,
    ),
    RelationKind(
        id="needs",
        name="needs",
        reading="needs",
        reverse_reading="is needed by",
        description="A buyer needs a capability.",
        pairs=pairs("demand>demand"),
        direction="same",
    ),
    RelationKind(
        id="seeks",
        name="seeks",
        reading="seeks",
        reverse_reading="is sought by",
        description="Demand turns to a supplier.",
        pairs=pairs("demand>supply"),
        direction="up",
        max_step=1,
    ),
    RelationKind(
        id="restricts",
        name="restricts",
        reading="restricts",
        reverse_reading="is restricted by",
        description="A restriction holds a supplier back.",
        pairs=pairs("supply>supply"),
        direction="same",
        line="dashed",
    ),
    RelationKind(
        id="offers",
        name="offers through",
        reading="offers through",
        reverse_reading="carries the offers of",
        description="A supplier delivers through a channel.",
        pairs=pairs("supply>channel"),
        direction="up",
        max_step=1,
    ),
    RelationKind(
        id="leads_to",
        name="leads to",
        reading="leads to",
        reverse_reading="results from",
        description="The channel, or the deal, produces an outcome.",
        pairs=pairs("channel>outcome", "outcome>outcome"),
        direction="up",
        max_step=1,
    ),
    RelationKind(
        id="meets",
        name="meets",
        reading="meets",
        reverse_reading="is met by",
        description="An outcome answers the need it was bought for.",
        pairs=pairs("outcome>demand"),
        direction="down",
        line="dotted",
        feedback=True,
    ),
    RelationKind(
        id="blocked",
        name="is refused by",
        reading="is refused by",
        reverse_reading="refuses",
        description=(
            "Demand that a supplier refuses or may not meet (self-imposed restrictions, embargoes). "
            "Drawn so that the refusal shows; never a path."
        ),
        line="dashed",
        blocked=True,
    ),
)

MARKET = Vocabulary(
    id="market",
    name="Market of demand and supply",
    description="Conditions, demand, supply with its restrictions, channel and outcome.",
    layers=_LAYERS,
    kinds=_KINDS,
    relation_kinds=_RELATION_KINDS,
)
