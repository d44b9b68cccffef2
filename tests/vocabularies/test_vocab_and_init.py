"""``citystack vocab`` reads a vocabulary out; docs/vocabularies.md is its output; ``init`` starts a model."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from citystack import Vocabulary
from citystack.vocabularies import SHIPPED

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "vocabularies.md"


def _section(document: str, name: str) -> str:
    """The section of docs/vocabularies.md for one vocabulary: its heading up to the next one."""
    start = document.index(f"## `{name}`")
    end = document.find("\n## ", start + 1)
    return document[start : end if end >= 0 else len(document)]


def test_the_document_is_the_commands_output(run_cli) -> None:
    """Regenerate with: .venv/bin/citystack vocab --format md > docs/vocabularies.md"""
    result = run_cli("vocab", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert DOC.read_text(encoding="utf-8") == result.stdout, "docs/vocabularies.md is stale: regenerate it"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_each_section_of_the_document_is_vocab_name_as_markdown(name: str, run_cli) -> None:
    result = run_cli("vocab", name, "--format", "md")
    assert result.returncode == 0, result.stderr
    assert _section(DOC.read_text(encoding="utf-8"), name) == result.stdout


def test_the_readme_links_the_document() -> None:
    assert "(docs/vocabularies.md)" in (REPO / "README.md").read_text(encoding="utf-8")


def test_markdown_names_every_kind_with_its_meaning_and_both_readings(run_cli) -> None:
    text = run_cli("vocab", "smart-city-stack", "--format", "md").stdout
    vocab = SHIPPED["smart-city-stack"]
    for kind in vocab.kinds:
        row = next(line for line in text.splitlines() if f"| `{kind.layers[0]}` | `{kind.id}` |" in line)
        assert kind.description and kind.description.split(":")[0].split("(")[0].strip() in row.replace("\\", "")
    captures = next(line for line in text.splitlines() if line.startswith("| `captures` |"))
    assert "| captures | is captured by |" in captures and "`city > sensing`" in captures
    layers = re.findall(r"^\| (?:\d+|beside) \| `(\w+)` \|", text, flags=re.M)
    assert layers == [layer.id for layer in vocab.layers]


def test_text_lists_layers_in_order_kinds_under_their_layer_and_readings(run_cli) -> None:
    result = run_cli("vocab", "market")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    order = [text.index(f"  {layer.id}  ") for layer in SHIPPED["market"].layers]
    assert order == sorted(order)
    supply = text.split("\n  supply\n", 1)[1].split("\n  channel\n", 1)[0]
    assert "    restriction: Restriction [icon closed_net, shape octagon]:" in supply
    assert "reads: A offers through B / B carries the offers of A" in text
    assert "joins: demand > supply" in text


def test_json_is_the_vocabulary_itself(run_cli) -> None:
    result = run_cli("vocab", "causal", "--format", "json")
    assert Vocabulary.model_validate(json.loads(result.stdout)) == SHIPPED["causal"]
    every = json.loads(run_cli("vocab", "--format", "json").stdout)
    assert [item["id"] for item in every] == list(SHIPPED)


def test_a_models_inline_vocabulary_is_shown(tmp_path: Path, run_cli) -> None:
    (tmp_path / "inline.yaml").write_text(
        "id: inline\ntitle: Inline\nvocabulary:\n  id: tiny\n  name: Tiny\n"
        "  layers: [{id: low, name: Low}, {id: high, name: High}]\n"
        "  kinds: [{id: thing, name: Thing, layers: [low, high], description: Anything at all.}]\n"
        "  relation_kinds: [{id: lifts, name: lifts, pairs: [{source: low, target: high}]}]\n",
        encoding="utf-8",
    )
    result = run_cli("vocab", "inline.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("tiny: Tiny\n")
    assert "    thing: Thing [no icon, shape box]: Anything at all." in result.stdout
    assert "reads: A lifts B / B is the target of 'lifts' from A" in result.stdout
    by_id = run_cli("vocab", "inline", "--models", ".", cwd=tmp_path)
    assert by_id.returncode == 0 and by_id.stdout == result.stdout


def test_an_unknown_name_is_a_usage_error(tmp_path: Path, run_cli) -> None:
    result = run_cli("vocab", "stack", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "(shipped vocabularies: " + ", ".join(sorted(SHIPPED)) + ")" in result.stderr


def test_init_check_and_render_in_an_empty_folder(tmp_path: Path, run_cli) -> None:
    made = run_cli("init", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    model = tmp_path / "models" / "starter-stack.yaml"
    assert model.is_file() and (tmp_path / "citystack-model.schema.json").is_file()
    text = model.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../citystack-model.schema.json\n")
    assert "status: inferred" in text and "quote:" in text and "views:" in text
    checked = run_cli("check", "--format", "json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = json.loads(checked.stdout)
    assert report["summary"]["errors"] == 0 and report["summary"]["warnings"] == 0
    rendered = run_cli("render", "starter-stack", "--format", "svg", "-o", "starter.svg", cwd=tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    assert (tmp_path / "starter.svg").read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))


def test_init_puts_an_element_in_every_layer(tmp_path: Path, run_cli) -> None:
    assert run_cli("init", "city", cwd=tmp_path).returncode == 0
    exported = json.loads(run_cli("export", "starter-stack", "--models", "city/models", cwd=tmp_path).stdout)
    assert {e["layer"] for e in exported["elements"]} == {layer.id for layer in SHIPPED["smart-city-stack"].layers}


def test_init_never_overwrites(tmp_path: Path, run_cli) -> None:
    assert run_cli("init", cwd=tmp_path).returncode == 0
    model = tmp_path / "models" / "starter-stack.yaml"
    model.write_text("# mine\n", encoding="utf-8")
    again = run_cli("init", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert model.read_text(encoding="utf-8") == "# mine\n"


@pytest.mark.parametrize("command", [["list"], ["build", "--check"], ["check"], ["render", "some-model"]])
def test_without_a_models_folder_commands_say_so_and_suggest_models(command: list[str], tmp_path: Path, run_cli):
    result = run_cli(*command, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "models" in result.stderr and ("--models DIR" in result.stderr or "citystack check PATH" in result.stderr)


def test_help_describes_only_what_exists(run_cli) -> None:
    help_text = run_cli("--help").stdout
    commands = set(re.findall(r"^  (\w+)\s", help_text.split("Commands:", 1)[1], flags=re.M))
    assert {"vocab", "init"} <= commands
    summary = help_text.split("Options:", 1)[0]
    assert "compare" not in summary or "compare" in commands
