"""YAML model files: every mistake located by file, line and column; hostile YAML refused fast."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from citystack import LoadError, load_model

THREE_MISTAKES = """\
id: three-mistakes
title: Three mistakes
vocabulary: smart-city-stack
sources:
  - id: paper
    title: A paper
elements:
  - id: camera
    name: Camera
    kind: cctv_camera
    layer: sensorium
  - id: fibre
    name: Fibre
    kind: fibre
    layer: network
relations:
  - source: camera
    target: ghost
    kind: transmits
facts:
  - id: contracts
    label: Contracts
    value: many
    unit: contracts
"""

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<path>[\w.]+): (?P<msg>.+)$")

# Not a speed target (make bench measures speed): a guard far above the few milliseconds a refusal
# takes even on a loaded machine, and far below what expanding the document would take.
EXPANSION_GUARD_SECONDS = 10.0


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_three_mistakes_give_three_located_lines(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path, "three.yaml", THREE_MISTAKES)
    result = run_cli("export", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    where = {(m["path"], int(m["line"]), int(m["col"])) for m in parsed if m}
    assert where == {("elements.0.layer", 11, 12), ("relations.0.target", 18, 13), ("facts.0.value", 23, 12)}
    assert all(m["file"].endswith("three.yaml") for m in parsed if m)


def test_unknown_field_points_at_the_key(tmp_path: Path) -> None:
    text = "id: m\ntitle: M\nvocabulary: causal\ncolour: red\n"
    with pytest.raises(LoadError) as caught:
        load_model(write(tmp_path, "m.yaml", text))
    [problem] = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (4, 1, "colour")
    assert "unknown field" in problem.message


def test_billion_laughs_is_refused_before_expansion(tmp_path: Path, run_cli) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join(['*a' + str(i - 1)] * 9)}]" for i in range(1, 10)]
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    start = time.monotonic()
    with pytest.raises(LoadError) as caught:
        load_model(path)
    assert time.monotonic() - start < EXPANSION_GUARD_SECONDS
    assert "aliases" in str(caught.value)
    result = run_cli("export", str(path))
    assert result.returncode == 2 and "aliases" in result.stderr and "Traceback" not in result.stderr


def test_ten_thousand_levels_of_nesting_are_refused_before_building(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path, "deep.yaml", "id: deep\nnest: " + "[" * 10_000 + "]" * 10_000 + "\n")
    start = time.monotonic()
    with pytest.raises(LoadError) as caught:
        load_model(path)
    assert time.monotonic() - start < EXPANSION_GUARD_SECONDS
    assert "nesting deeper" in str(caught.value)
    assert caught.value.problems[0].line == 2
    result = run_cli("export", str(path))
    assert result.returncode == 2 and "nesting deeper" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\nid: b\n", "duplicate key 'id'"),
        ("id: a\n---\nid: b\n", "exactly one YAML document"),
        ("id: a\ntitle: !!python/object:os.system x\n", "YAML tag !!python/object:os.system is not allowed"),
        ("", "the file is empty"),
        ("id: [unclosed\n", "is not closed"),
    ],
)
def test_hostile_or_malformed_yaml_gets_a_message(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_model(write(tmp_path, "bad.yaml", text))
    assert expected in str(caught.value)


def test_nan_and_infinity_are_refused(tmp_path: Path) -> None:
    base = "id: m\ntitle: M\nvocabulary: causal\nsources: [{id: s, title: S}]\n"
    for value in (".nan", ".inf", "-.inf"):
        fact = f"facts: [{{id: f, label: F, unit: u, value: {value}}}]\n"
        with pytest.raises(LoadError) as caught:
            load_model(write(tmp_path, "nan.yaml", base + fact))
        assert "NaN and infinities" in str(caught.value)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", "# " + "x" * (3 * 1024 * 1024) + "\n")
    with pytest.raises(LoadError, match="model files may be at most"):
        load_model(path)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: caf\xe9\n".encode("latin-1"))
    with pytest.raises(LoadError, match="not UTF-8"):
        load_model(path)
