"""Writing a model back out as JSON or YAML that loads into an equal model."""

from __future__ import annotations

import json
from typing import Any, Literal

import yaml

from citystack.model import Model, Vocabulary

__all__ = ["model_schema", "model_schema_text", "model_to_data", "model_to_text"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def model_to_data(model: Model) -> dict[str, Any]:
    """Plain JSON-compatible data, defaults left out so the file stays short."""
    return model.model_dump(mode="json", exclude_defaults=True)


def model_to_text(model: Model, fmt: Literal["json", "yaml"]) -> str:
    """A model file's text in the given format, deterministic and ending with a newline."""
    data = model_to_data(model)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def model_schema(vocabulary: Vocabulary | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of model files, for editors that complete and check YAML.

    With a ``vocabulary``, the schema of files that name it: its layers, element kinds and
    relation kinds as enums (so an editor completes them), and each element kind tied to the
    layers it may sit in (``if kind is K then layer is one of ...``).
    """
    schema = Model.model_json_schema(mode="validation")
    if vocabulary is None:
        return {"$schema": SCHEMA_DIALECT, "$id": "https://citystack.invalid/model.schema.json", **schema}
    _narrow_to(schema, vocabulary)
    schema_id = f"https://citystack.invalid/model-{vocabulary.id}.schema.json"
    return {"$schema": SCHEMA_DIALECT, "$id": schema_id, **schema}


def model_schema_text(vocabulary: Vocabulary | None = None) -> str:
    """:func:`model_schema` as the JSON text ``citystack schema`` prints and ``citystack init`` writes."""
    return json.dumps(model_schema(vocabulary), indent=2, ensure_ascii=False) + "\n"


def _enum(names: list[str], description: str) -> dict[str, Any]:
    return {"type": "string", "enum": names, "description": description}


def _narrow_to(schema: dict[str, Any], vocab: Vocabulary) -> None:
    """Replace the free-text kinds and layers of a model schema by the vocabulary's names."""
    defs = schema["$defs"]
    layers = [layer.id for layer in vocab.layers]
    relation_kinds = [kind.id for kind in vocab.relation_kinds]
    schema["properties"]["vocabulary"] = {"const": vocab.id, "description": f"{vocab.name}: {vocab.description}"}
    element = defs["Element"]
    element["properties"]["layer"] = _enum(layers, "A layer of the vocabulary, bottom first.")
    element["properties"]["kind"] = _enum(
        [kind.id for kind in vocab.kinds], "An element kind (`citystack vocab` says what each means)."
    )
    element["allOf"] = [
        {
            "if": {"properties": {"kind": {"const": kind.id}}, "required": ["kind"]},
            "then": {"properties": {"layer": {"enum": list(kind.layers)}}},
        }
        for kind in vocab.kinds
    ]
    defs["Relation"]["properties"]["kind"] = _enum(relation_kinds, "A relation kind of the vocabulary.")
    view_layers = defs["View"]["properties"]["layers"]
    view_layers["items"] = _enum(layers, "A layer of the vocabulary.")
    via = defs["Claim"]["properties"]["via"]
    via["items"] = _enum(relation_kinds, "A relation kind of the vocabulary.")
