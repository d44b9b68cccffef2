"""JSON and Python model files: the same located errors as YAML."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from citystack import LoadError, load_model

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Not a speed target (make bench measures speed): a guard far above the few milliseconds a refusal
# takes even on a loaded machine, and far below what expanding the document would take.
EXPANSION_GUARD_SECONDS = 10.0


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_errors_are_located(tmp_path: Path) -> None:
    text = (
        "{\n"
        '  "id": "m",\n'
        '  "title": "M",\n'
        '  "vocabulary": "smart-city-stack",\n'
        '  "elements": [\n'
        '    {"id": "cam", "name": "Camera", "kind": "cctv_camera", "layer": "nowhere"}\n'
        "  ],\n"
        '  "facts": [{"id": "f", "label": "F", "unit": "u", "value": "lots"}]\n'
        "}\n"
    )
    with pytest.raises(LoadError) as caught:
        load_model(write(tmp_path, "m.json", text))
    found = {(p.path, p.line, p.column) for p in caught.value.problems}
    assert found == {("elements.0.layer", 6, 69), ("facts.0.value", 8, 61)}


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('{"id": "a", "id": "b"}', "duplicate key 'id'", 1),
        ('{\n"value": NaN}', "NaN and infinities", 2),
        ('{"id": "a"} x', "extra data", 1),
        ('{"id": "a",\n\n "title" "x"}', "expected ':'", 3),
        ('{"id": "a", "title": "bell\\u0007", "vocabulary": "causal"}', "control character", 1),
    ],
)
def test_malformed_json_is_located(tmp_path: Path, text: str, message: str, line: int) -> None:
    with pytest.raises(LoadError) as caught:
        load_model(write(tmp_path, "bad.json", text))
    assert message in str(caught.value)
    assert caught.value.problems[0].line == line


def test_deep_json_is_refused_before_building(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.json", "[" * 10_000 + "]" * 10_000)
    start = time.monotonic()
    with pytest.raises(LoadError, match="nesting deeper"):
        load_model(path)
    assert time.monotonic() - start < EXPANSION_GUARD_SECONDS


def test_python_integrity_problem_points_at_the_relation_line() -> None:
    with pytest.raises(LoadError) as caught:
        load_model(FIXTURES / "broken_ref.py")
    [problem] = caught.value.problems
    assert problem.line == 11
    assert problem.path == "relations.0.target"
    assert "unknown element 'nowhere'" in problem.message


def test_python_shape_error_points_at_the_offending_call(tmp_path: Path) -> None:
    text = (
        "from citystack import Element, Model\n"
        "\n"
        "model = Model(\n"
        "    id='m', title='M', vocabulary='causal',\n"
        "    elements=(\n"
        "        Element(id='d', name='Drought', kind='driver', layer='driver', colour='red'),\n"
        "    ),\n"
        ")\n"
    )
    with pytest.raises(LoadError) as caught:
        load_model(write(tmp_path, "shape.py", text))
    [problem] = caught.value.problems
    assert problem.line == 6
    assert "colour" in problem.path and problem.message.startswith("unknown field 'colour' (fields: ")
    assert " kind, layer, name," in problem.message


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("model = (\n", "syntax error", 1),
        ("x = 1\nraise RuntimeError('boom')\n", "RuntimeError: boom", 2),
        ("x = 1\n", "must set `model = Model(...)`", 0),
        ("model = 42\n", "must set `model = Model(...)`", 0),
    ],
)
def test_python_failures_are_messages(tmp_path: Path, text: str, message: str, line: int) -> None:
    with pytest.raises(LoadError) as caught:
        load_model(write(tmp_path, "bad.py", text))
    assert message in str(caught.value)
    assert caught.value.problems[0].line == line


def test_python_model_file_loads_with_item_lines() -> None:
    loaded = load_model(FIXTURES / "mini_stack.py")
    assert loaded.model.id == "mini-stack"
    assert loaded.line_of_id("camera") == 20
    assert loaded.line_of_id("camera.transmits.fibre") == 25


def test_not_a_model_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="not a model file"):
        load_model(write(tmp_path, "m.txt", "id: x"))
    with pytest.raises(LoadError, match="no such file"):
        load_model(tmp_path / "missing.yaml")


def test_json_and_yaml_share_one_schema(tmp_path: Path) -> None:
    data = {
        "id": "m",
        "title": "M",
        "vocabulary": "causal",
        "elements": [{"id": "d", "name": "Drought", "kind": "driver", "layer": "driver"}],
    }
    from_json = load_model(write(tmp_path, "m.json", json.dumps(data))).model
    from_yaml = load_model(
        write(
            tmp_path,
            "m.yaml",
            "id: m\ntitle: M\nvocabulary: causal\nelements:\n  - {id: d, name: Drought, kind: driver, layer: driver}\n",
        )
    ).model
    assert from_json == from_yaml
