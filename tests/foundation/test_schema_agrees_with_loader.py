"""The JSON Schema and the loader agree: both accept the same files, and both refuse the same mistakes.

Accepted: the README's YAML example, every model under models/ (found, not listed, so models other
engineers add are covered), the starter model of ``citystack init`` and the test fixtures, each
as its file's own data (YAML, JSON) or as the data a Python model exports. Checked against the
plain schema and against the schema of the model's vocabulary (``schema --vocabulary``).
Refused: twelve invalid files, each by both.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from citystack import LoadError, load_model
from citystack.load import discover
from citystack.serialize import model_schema, model_to_data
from citystack.starter import starter_model
from citystack.vocabularies import SHIPPED

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
TESTS = REPO / "tests"
FIXTURE_FOLDERS = [TESTS / "fixtures", TESTS / "rules" / "fixtures", TESTS / "render" / "models"]
#: Fixtures that are invalid on purpose (a dangling reference the loader must refuse).
INVALID_FIXTURES = {"broken_ref.py"}


def _accepted_files() -> list[Path]:
    fixtures = [p for p in discover(FIXTURE_FOLDERS) if p.name not in INVALID_FIXTURES]
    return [*discover([REPO / "models"]), *fixtures]


def _data_of(path: Path) -> dict[str, Any]:
    """What the schema sees: the file's own data, or (for Python) the data the model exports."""
    if path.suffix == ".py":
        return model_to_data(load_model(path).model)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _errors(data: object, schema: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def _schemas_for(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The plain schema, and the vocabulary's own when the file names a shipped one."""
    named = data.get("vocabulary")
    narrowed = [model_schema(SHIPPED[named])] if isinstance(named, str) and named in SHIPPED else []
    return [model_schema(), *narrowed]


def _readme_example(tmp_path: Path) -> Path:
    [block] = re.findall(r"```yaml\n(.*?)```", README, flags=re.S)
    path = tmp_path / "readme-example.yaml"
    path.write_text(block, encoding="utf-8")
    return path


def _starter(tmp_path: Path) -> Path:
    path = tmp_path / "starter-stack.yaml"
    path.write_text(starter_model(), encoding="utf-8")
    return path


def test_there_are_models_and_fixtures_to_check() -> None:
    """Guards the parametrised test below from passing on an empty list."""
    names = {path.name for path in _accepted_files()}
    assert {"figure1.py", "figure2.py", "figure3.py", "mini_stack.py", "clean_stack.yaml"} <= names


@pytest.mark.parametrize("path", _accepted_files(), ids=lambda p: p.relative_to(REPO).as_posix())
def test_schema_and_loader_accept_every_shipped_model_and_fixture(path: Path) -> None:
    load_model(path)
    data = _data_of(path)
    for schema in _schemas_for(data):
        assert _errors(data, schema) == [], schema["$id"]


@pytest.mark.parametrize("make", [_readme_example, _starter], ids=["readme-example", "init-starter"])
def test_schema_and_loader_accept_the_readme_example_and_the_starter(make, tmp_path: Path) -> None:
    path = make(tmp_path)
    load_model(path)
    data = _data_of(path)
    assert len(_schemas_for(data)) == 2
    for schema in _schemas_for(data):
        assert _errors(data, schema) == [], schema["$id"]


BASE = """\
id: sample
title: Sample
vocabulary: smart-city-stack
sources:
  - {id: s, title: A source}
elements:
  - {id: cam, name: Camera, kind: cctv_camera, layer: sensing}
  - {id: net, name: Fibre, kind: fibre, layer: network}
relations:
  - {source: cam, target: net, kind: transmits}
views:
  - {id: main, title: Main, caption: A caption., alt_text: Two boxes.}
"""

#: Twelve invalid files: what each breaks, and a replacement that breaks it in the base file.
INVALID = {
    "missing title": ("title: Sample\n", ""),
    "unknown top-level field": ("title: Sample\n", "title: Sample\ncolour: red\n"),
    "element without a layer": (", layer: sensing}", "}"),
    "element kind misspelt": ("kind: cctv_camera", "kind: cctv_camrea"),
    "layer misspelt": ("layer: network}", "layer: netwrk}"),
    "kind in the wrong layer": ("kind: fibre, layer: network", "kind: fibre, layer: sensing"),
    "relation kind misspelt": ("kind: transmits", "kind: transmit"),
    "relation without a target": ("target: net, ", ""),
    "id that starts with a digit": ("id: cam, name", "id: 5g, name"),
    "view without alt text": (", alt_text: Two boxes.", ""),
    "evidence status that does not exist": ("name: Camera,", "name: Camera, evidence: [{source: s, status: maybe}],"),
    "elements given as a mapping": (
        "elements:\n  - {id: cam, name: Camera, kind: cctv_camera, layer: sensing}\n"
        "  - {id: net, name: Fibre, kind: fibre, layer: network}\n",
        "elements:\n  cam: {name: Camera, kind: cctv_camera, layer: sensing}\n",
    ),
}


def test_the_base_of_the_invalid_files_is_itself_valid(tmp_path: Path) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    load_model(path)
    for schema in _schemas_for(yaml.safe_load(BASE)):
        assert _errors(yaml.safe_load(BASE), schema) == []


@pytest.mark.parametrize("name", sorted(INVALID))
def test_schema_and_loader_both_refuse_invalid_files(name: str, tmp_path: Path) -> None:
    old, new = INVALID[name]
    assert old in BASE, name
    text = BASE.replace(old, new, 1)
    path = tmp_path / "invalid.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError):
        load_model(path)
    data = yaml.safe_load(text)
    narrowed = model_schema(SHIPPED["smart-city-stack"])
    assert _errors(data, narrowed), f"the vocabulary's schema accepts: {name}"
    vocabulary_free = {"element kind misspelt", "layer misspelt", "kind in the wrong layer", "relation kind misspelt"}
    if name not in vocabulary_free:
        assert _errors(data, model_schema()), f"the plain schema accepts: {name}"


def test_twelve_invalid_files() -> None:
    assert len(INVALID) == 12


def test_vocabulary_schema_offers_the_names_an_editor_completes() -> None:
    schema = model_schema(SHIPPED["smart-city-stack"])
    element = schema["$defs"]["Element"]
    assert element["properties"]["layer"]["enum"][:3] == ["city", "sensing", "network"]
    assert "cctv_camera" in element["properties"]["kind"]["enum"]
    assert "captures" in schema["$defs"]["Relation"]["properties"]["kind"]["enum"]
    fibre_rule = next(rule for rule in element["allOf"] if rule["if"]["properties"]["kind"]["const"] == "fibre")
    assert fibre_rule["then"]["properties"]["layer"]["enum"] == ["network"]
    jsonschema.Draft202012Validator.check_schema(schema)


def test_relation_id_and_readings_are_optional_without_a_default_to_complete() -> None:
    defs = model_schema()["$defs"]
    assert "id" not in defs["Relation"]["required"]
    assert "default" not in defs["Relation"]["properties"]["id"]
    assert "default" not in defs["RelationKind"]["properties"]["reverse_reading"]
