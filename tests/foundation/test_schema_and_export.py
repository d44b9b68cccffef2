"""`citystack schema` is a valid JSON Schema; every shipped model survives export and reload."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from citystack import load_model
from citystack.load import discover
from citystack.serialize import model_to_data, model_to_text

REPO = Path(__file__).resolve().parents[2]
SHIPPED = [*discover([REPO / "models"]), REPO / "tests" / "fixtures" / "mini_stack.py"]


def test_schema_is_a_valid_draft_2020_12_schema(run_cli) -> None:
    result = run_cli("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert {"id", "title", "vocabulary"} <= set(schema["required"])


def test_schema_accepts_exported_models_and_rejects_unknown_fields(run_cli) -> None:
    schema = json.loads(run_cli("schema").stdout)
    validator = jsonschema.Draft202012Validator(schema)
    for path in SHIPPED:
        data = model_to_data(load_model(path).model)
        assert not list(validator.iter_errors(data)), path
    bad = {"id": "m", "title": "M", "vocabulary": "causal", "colour": "red"}
    assert list(validator.iter_errors(bad))


def test_shipped_models_exist() -> None:
    """The paper's three figures ship as models; this guards the round-trip test from running on nothing."""
    assert len(discover([REPO / "models"])) >= 3


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(REPO).as_posix())
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_then_load_gives_an_equal_model(path: Path, fmt: str, tmp_path: Path, run_cli) -> None:
    original = load_model(path).model
    result = run_cli("export", str(path), "--format", fmt)
    assert result.returncode == 0, result.stderr
    exported = tmp_path / f"model.{fmt}"
    exported.write_text(result.stdout, encoding="utf-8")
    assert load_model(exported).model == original


def test_export_is_deterministic() -> None:
    model = load_model(SHIPPED[-1]).model
    assert model_to_text(model, "yaml") == model_to_text(model, "yaml")
    assert yaml.safe_load(model_to_text(model, "yaml")) == json.loads(model_to_text(model, "json"))


def test_export_by_model_id(run_cli) -> None:
    result = run_cli("export", "mini-stack", "--models", str(REPO / "tests" / "fixtures"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "mini-stack"
    missing = run_cli("export", "no-such-model", "--models", str(REPO / "tests" / "fixtures"))
    assert missing.returncode == 2 and "no model file or model id" in missing.stderr
