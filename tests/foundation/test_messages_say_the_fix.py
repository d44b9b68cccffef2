"""Ten common mistakes in a YAML model, each answered with its place and its fix (or the nearest name).

Run through the command line as a user would (``citystack check FILE``): the message names the
file, the line and the column, says what to write instead, and no traceback appears.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from citystack.load.yaml_syntax import explain_yaml_error
from citystack.suggest import closest, did_you_mean

GOOD = """\
id: sample
title: Sample
vocabulary: smart-city-stack
elements:
  - id: cam
    name: Camera
    kind: cctv_camera
    layer: sensing
  - id: net
    name: Fibre
    kind: fibre
    layer: network
relations:
  - source: cam
    target: net
    kind: transmits
"""

#: name: (text to replace, replacement, line, column, what the message must say)
MISTAKES = {
    "tab indentation": ("    layer: network\n", "\tlayer: network\n", 12, 1, "indentation must use spaces, not tabs"),
    "misplaced key": (
        "    kind: fibre\n",
        "   kind: fibre\n",
        11,
        4,
        "key 'kind' (under 'elements', line 4) is misplaced",
    ),
    "misspelt kind": ("kind: cctv_camera", "kind: cctv_camrea", 7, 11, "did you mean 'cctv_camera'?"),
    "misspelt layer": ("layer: network", "layer: netwrok", 12, 12, "did you mean 'network'?"),
    "misspelt relation kind": ("kind: transmits", "kind: transmit", 16, 11, "did you mean 'transmits'?"),
    "misspelt element id": ("target: net", "target: nte", 15, 13, "did you mean 'net'?"),
    "duplicate id": ("  - id: net\n", "  - id: cam\n", 9, 9, "give each one its own id"),
    "kind in the wrong layer": ("layer: sensing", "layer: network", 8, 12, "use layer: sensing"),
    "missing required field": ("    name: Fibre\n", "", 9, 5, "missing required field 'name': add `name: ...`"),
}

LOCATED = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<rest>.*)$", re.M)


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_a_mistake_gets_its_place_and_its_fix(name: str, tmp_path: Path, run_cli) -> None:
    old, new, line, column, says = MISTAKES[name]
    assert old in GOOD, name
    (tmp_path / "sample.yaml").write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    result = run_cli("check", "sample.yaml", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    located = [m for m in LOCATED.finditer(result.stderr) if says in m.group("rest")]
    assert located, result.stderr
    place = located[0]
    assert (place.group("file"), int(place.group("line")), int(place.group("col"))) == ("sample.yaml", line, column)


def test_a_relation_the_vocabulary_forbids_is_a_finding_with_its_place_and_the_kinds_that_fit(
    tmp_path: Path, run_cli
) -> None:
    """The tenth mistake is not a load error but a rule (LAY001): reported with file, line and a hint."""
    text = GOOD.replace("    target: net\n    kind: transmits\n", "    target: net\n    kind: feeds\n")
    (tmp_path / "sample.yaml").write_text(text, encoding="utf-8")
    result = run_cli("check", "sample.yaml", "--select", "LAY001", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith("sample.yaml (sample)\n")
    finding = r"^\s+14\s+error\s+LAY001\s+relation 'cam.feeds.net' joins layer 'sensing' to 'network'"
    assert re.search(finding, result.stdout, re.M), result.stdout
    assert "hint: Kinds that join sensing>network: transmits." in result.stdout


def test_the_good_file_has_no_mistake(tmp_path: Path, run_cli) -> None:
    (tmp_path / "sample.yaml").write_text(GOOD, encoding="utf-8")
    result = run_cli("export", "sample.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        ("id: x\ntitle: a: b\n", 2, 9, "a value that contains ': ' must be put in quotes"),
        ("id: x\n title: y\n", 2, 2, "key 'title' is indented deeper than 'id' (line 1)"),
        ("elements:\n  - id: a\n  kind: b\n", 3, 3, "key 'kind' (under 'elements', line 1) is misplaced"),
        ("id: x\nelements:\n  - id: c\n    name: C\n - id: d\n", 5, 2, "line the '-' up with it"),
        ("id: [a, b\ntitle: c\n", 2, 6, "the '[' opened on line 1, column 5 is not closed"),
        ("id: 'abc\ntitle: c\n", 3, 1, "the quoted text opened on line 1, column 5 is never closed"),
        ("id: x\nelements:\n\t- id: a\n", 3, 1, "indentation must use spaces, not tabs"),
    ],
)
def test_yaml_syntax_errors_are_said_for_people(text: str, line: int, column: int, says: str) -> None:
    import yaml

    with pytest.raises(yaml.MarkedYAMLError) as caught:
        list(yaml.parse(text, Loader=yaml.SafeLoader))
    said = explain_yaml_error(text, caught.value)
    assert (said.line, said.column) == (line, column)
    assert says in said.message
    assert "<block" not in said.message and "?" not in said.message


def test_closest_names_are_within_a_few_edits_nearest_first() -> None:
    assert closest("cctv_camrea", ["cctv_camera", "plate_camera", "phone"]) == ["cctv_camera"]
    assert closest("Network", ["network", "networks"]) == ["network", "networks"]
    assert closest("xyzzy", ["network", "sensing"]) == []
    assert did_you_mean("xyzzy", ["sensing", "city"], "layers") == " (layers: city, sensing)"


def test_unknown_view_and_vocabulary_get_the_nearest_name(tmp_path: Path, run_cli) -> None:
    text = GOOD + "views:\n  - {id: overview, title: O, caption: C., alt_text: A.}\n"
    (tmp_path / "sample.yaml").write_text(text, encoding="utf-8")
    view = run_cli("render", "sample.yaml", "--view", "overveiw", "--format", "dot", cwd=tmp_path)
    assert view.returncode == 2 and "did you mean 'overview'?" in view.stderr, view.stderr
    vocab = run_cli("vocab", "smart-city-stak", cwd=tmp_path)
    assert vocab.returncode == 2 and "did you mean 'smart-city-stack'?" in vocab.stderr, vocab.stderr
