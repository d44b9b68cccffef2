"""Start-up stays cheap: ``citystack --help`` and ``citystack check`` load no drawing library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: Libraries only drawing needs; ``cairo`` stands for any cairo binding.
DRAWING = ("graphviz", "diagrams", "cairo", "cairocffi", "cairosvg", "jinja2")

_PROBE = """
import json, sys
sys.argv = ["citystack", *json.loads(sys.argv[1])]
from citystack.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nLOADED " + json.dumps(sorted(m for m in sys.modules)) + "\\n")
"""


def _modules_after(*args: str) -> tuple[set[str], str]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
    )
    marker = result.stderr.rindex("LOADED ")
    return set(json.loads(result.stderr[marker + len("LOADED ") :])), result.stdout + result.stderr[:marker]


def _drawing(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in DRAWING)


def test_help_imports_no_drawing_library_and_no_model_class() -> None:
    modules, output = _modules_after("--help")
    assert "check" in output and "build" in output
    assert _drawing(modules) == []
    assert "pydantic" not in modules and "citystack.model" not in modules


@pytest.mark.parametrize("command", ["check", "build", "render", "list"])
def test_each_commands_help_imports_no_drawing_library(command: str) -> None:
    modules, output = _modules_after(command, "--help")
    assert "--help" in output
    assert _drawing(modules) == []


def test_check_imports_no_drawing_library() -> None:
    modules, output = _modules_after("check", str(REPO / "tests" / "fixtures" / "mini_stack.py"))
    assert "mini-stack" in output or "no findings" in output, output
    assert "citystack.rules" in modules, "the probe must really have run the check"
    assert _drawing(modules) == []
