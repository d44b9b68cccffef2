"""citystack: model smart-city stacks, redraw the paper's figures, check and compare stacks.

Each public name is imported on first use (see ``citystack._lazy``), so ``import citystack``
and the command line's start-up stay cheap.
"""

from __future__ import annotations

import typing

from citystack._lazy import keep_over_subpackages, lazy_exports

if typing.TYPE_CHECKING:
    from citystack.compare import Comparison, IncomparableModels, compare
    from citystack.errors import CitystackError, GraphvizMissing, LoadError, Problem, RenderError, UsageError
    from citystack.load import LoadedModel, load_model, load_models
    from citystack.model import (
        AltValue,
        Boundary,
        Claim,
        Counterpart,
        Element,
        ElementKind,
        Evidence,
        Fact,
        Layer,
        LayerPair,
        Model,
        Relation,
        RelationKind,
        Source,
        Status,
        Suppression,
        View,
        Vocabulary,
    )
    from citystack.vocabularies import CAUSAL, MARKET, SMART_CITY_STACK

_EXPORTS = {
    **dict.fromkeys(("Comparison", "IncomparableModels", "compare"), "citystack.compare"),
    **dict.fromkeys(
        ("CitystackError", "GraphvizMissing", "LoadError", "Problem", "RenderError", "UsageError"), "citystack.errors"
    ),
    **dict.fromkeys(("LoadedModel", "load_model", "load_models"), "citystack.load"),
    **dict.fromkeys(
        (
            "AltValue",
            "Boundary",
            "Claim",
            "Counterpart",
            "Element",
            "ElementKind",
            "Evidence",
            "Fact",
            "Layer",
            "LayerPair",
            "Model",
            "Relation",
            "RelationKind",
            "Source",
            "Status",
            "Suppression",
            "View",
            "Vocabulary",
        ),
        "citystack.model",
    ),
    **dict.fromkeys(("CAUSAL", "MARKET", "SMART_CITY_STACK"), "citystack.vocabularies"),
}

__all__ = [
    "CAUSAL",
    "MARKET",
    "SMART_CITY_STACK",
    "AltValue",
    "Boundary",
    "CitystackError",
    "Claim",
    "Comparison",
    "Counterpart",
    "Element",
    "ElementKind",
    "Evidence",
    "Fact",
    "GraphvizMissing",
    "IncomparableModels",
    "Layer",
    "LayerPair",
    "LoadError",
    "LoadedModel",
    "Model",
    "Problem",
    "Relation",
    "RelationKind",
    "RenderError",
    "Source",
    "Status",
    "Suppression",
    "UsageError",
    "View",
    "Vocabulary",
    "compare",
    "load_model",
    "load_models",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
keep_over_subpackages(__name__, _EXPORTS, ["compare"])
