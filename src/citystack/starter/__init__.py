"""The commented starter model ``citystack init`` writes: one element per layer, both kinds of evidence, a view."""

from __future__ import annotations

from importlib import resources

__all__ = ["SCHEMA_FILE", "STARTER_FILE", "STARTER_VOCABULARY", "starter_model"]

#: The file name ``citystack init`` gives the starter model, under ``models/``.
STARTER_FILE = "starter-stack.yaml"
#: The schema file beside ``models/`` that the starter's first line points editors at.
SCHEMA_FILE = "citystack-model.schema.json"
#: The vocabulary the starter model uses (the schema written beside it names its kinds).
STARTER_VOCABULARY = "smart-city-stack"


def starter_model() -> str:
    """The starter model's YAML text, comments included (it passes ``citystack check`` and renders)."""
    return resources.files(__name__).joinpath(STARTER_FILE).read_text(encoding="utf-8")
