"""The register of what a source names: the countries, regions, companies and organisations it states.

Not a stack: a model on this vocabulary is a dataset (its facts are the numbers, its elements the
named entities), exported as CSV and JSON rather than drawn.
"""

from __future__ import annotations

from citystack.model.vocabulary import ElementKind, Layer, RelationKind, Vocabulary
from citystack.vocabularies._build import pairs, with_meanings

__all__ = ["FACTS"]

_LAYERS = (
    Layer(id="place", name="Places", description="Countries, regions and groups of countries a source names."),
    Layer(id="company", name="Companies", description="Companies a source names."),
    Layer(id="organisation", name="Organisations", description="Alliances, forums, parties, forces and bodies."),
)

#: What each element kind means, in one line (``citystack vocab`` shows it).
_MEANINGS = {
    "country": "A country a source names.",
    "region": "A region or group of countries a source names (the Middle East, the Global South).",
    "company": "A company a source names.",
    "organisation": "An alliance, forum, party, armed force or other body a source names.",
}

_KINDS = with_meanings(
    (
        ElementKind(id="country", name="country", layers=("place",), icon="location", shape="ellipse"),
        ElementKind(id="region", name="region", layers=("place",), icon="location", shape="ellipse"),
        ElementKind(id="company", name="company", layers=("company",), icon="company", shape="tab"),
        ElementKind(id="organisation", name="organisation", layers=("organisation",), icon="government", shape="tab"),
    ),
    _MEANINGS,
)

_RELATION_KINDS = (
    RelationKind(
        id="member_of",
        name="is a member of",
        description="A country or company belongs to an organisation or group the source names.",
        pairs=pairs("place>organisation", "company>organisation", "place>place"),
        reading="is a member of",
        reverse_reading="has as a member",
    ),
)

FACTS = Vocabulary(
    id="facts",
    name="Register of facts",
    description="The numbers (as facts) and the countries, regions, companies and organisations a source states.",
    layers=_LAYERS,
    kinds=_KINDS,
    relation_kinds=_RELATION_KINDS,
)
