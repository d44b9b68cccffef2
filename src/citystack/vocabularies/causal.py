"""The causal chain: drivers destabilise states, destabilised rulers seek control, demand grows."""

from __future__ import annotations

from citystack.model.vocabulary import ElementKind, Layer, RelationKind, Vocabulary
from citystack.vocabularies._build import pairs, with_meanings

__all__ = ["CAUSAL"]

_LAYERS = (
    Layer(id="driver", name="Drivers", description="Long-run pressures: climate, disease, shortages, migration."),
    Layer(id="effect", name="Effects", description="What the drivers do to states."),
    Layer(id="actor", name="Actors", description="Who responds, and what they want."),
    Layer(id="demand", name="Demand", description="What those actors ask for."),
    Layer(id="outcome", name="Outcome", description="Where the chain ends."),
)

#: What each element kind means, in one line (``citystack vocab`` shows it).
_MEANINGS = {
    "driver": "A long-run pressure: climate change, epidemics, shortages, migration.",
    "effect": "What the drivers do to states (destabilisation).",
    "actor": "Who responds: rulers who want to stay in power.",
    "demand": "What those actors ask for (smart cities with data fusion and closed nets).",
    "outcome": "Where the chain ends (more Chinese smart-city projects).",
}

_KINDS = with_meanings(
    (
        ElementKind(id="driver", name="Driver", layers=("driver",), icon="location", shape="ellipse"),
        ElementKind(id="effect", name="Effect", layers=("effect",), icon="prediction", shape="box"),
        ElementKind(id="actor", name="Actor", layers=("actor",), icon="government", shape="tab"),
        ElementKind(id="demand", name="Demand", layers=("demand",), icon="data_fusion", shape="component"),
        ElementKind(id="outcome", name="Outcome", layers=("outcome",), icon="command_centre", shape="doubleoctagon"),
    ),
    _MEANINGS,
)

_RELATION_KINDS = (
    RelationKind(
        id="causes",
        name="causes",
        reading="causes",
        reverse_reading="is caused by",
        description="One step of the chain leads to the next.",
        pairs=pairs("driver>effect", "effect>actor", "actor>demand", "demand>outcome", "effect>effect", "actor>actor"),
        direction="up",
        max_step=1,
    ),
    RelationKind(
        id="reinforces",
        name="reinforces",
        reading="reinforces",
        reverse_reading="is reinforced by",
        description="A declared feedback loop: an outcome strengthens an earlier step.",
        direction="any",
        line="dashed",
        feedback=True,
    ),
)

CAUSAL = Vocabulary(
    id="causal",
    name="Causal chain",
    description="Drivers, effects, actors, demand and outcome.",
    layers=_LAYERS,
    kinds=_KINDS,
    relation_kinds=_RELATION_KINDS,
)
