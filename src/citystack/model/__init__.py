"""The model vocabulary: pure data, frozen pydantic records, no drawing and no checking rules."""

from citystack.model.elements import Boundary, BoundaryKind, Element, Relation, relation_id
from citystack.model.evidence import AltValue, Evidence, Fact, Source, Status, weakest_status
from citystack.model.model import Model, ModelIntegrityError, deferred_integrity
from citystack.model.views import Claim, ClaimKind, Counterpart, Suppression, View
from citystack.model.vocabulary import ElementKind, Layer, LayerPair, RelationKind, Vocabulary

__all__ = [
    "AltValue",
    "Boundary",
    "BoundaryKind",
    "Claim",
    "ClaimKind",
    "Counterpart",
    "Element",
    "ElementKind",
    "Evidence",
    "Fact",
    "Layer",
    "LayerPair",
    "Model",
    "ModelIntegrityError",
    "Relation",
    "RelationKind",
    "Source",
    "Status",
    "Suppression",
    "View",
    "Vocabulary",
    "deferred_integrity",
    "relation_id",
    "weakest_status",
]
