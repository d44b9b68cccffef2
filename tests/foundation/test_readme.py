"""The README's example model is a real, loadable model, and its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

from citystack import load_model

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_yaml_example_loads(tmp_path: Path) -> None:
    [block] = re.findall(r"```yaml\n(.*?)```", README, flags=re.S)
    path = tmp_path / "tiny.yaml"
    path.write_text(block, encoding="utf-8")
    loaded = load_model(path)
    assert loaded.model.id == "tiny-stack"
    assert [e.id for e in loaded.model.elements] == ["cameras", "fibre"]


def test_readme_shows_the_two_setup_commands_and_every_command(run_cli) -> None:
    assert "make figures" in README and "make test" in README
    help_text = run_cli("--help").stdout
    contract = README.split("## Commands", 1)[1]
    listed = set(re.findall(r"^citystack (\w+)", contract, flags=re.M))
    commands = set(re.findall(r"^  (\w+)\s", help_text.split("Commands:", 1)[1], flags=re.M))
    assert listed == commands, (listed, commands)


def test_readme_figure_exists() -> None:
    for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README):
        assert (REPO / target).is_file(), target
