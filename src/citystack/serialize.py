"""Writing a model back out as JSON or YAML that loads into an equal model."""

from __future__ import annotations

import json
from typing import Any, Literal

import yaml

from citystack.model import Model

__all__ = ["model_schema", "model_to_data", "model_to_text"]

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


def model_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of model files, for editors that complete and check YAML."""
    schema = Model.model_json_schema(mode="validation")
    return {"$schema": SCHEMA_DIALECT, "$id": "https://citystack.invalid/model.schema.json", **schema}
