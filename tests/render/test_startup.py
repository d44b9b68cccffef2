"""Start-up: the commands load without the heavy libraries that only some formats need."""

from __future__ import annotations

import subprocess
import sys

import pytest

LAZY = ("pikepdf", "uniseg", "cairocffi", "cairosvg", "diagrams", "jinja2")


@pytest.mark.parametrize("module", ["citystack.cli.commands", "citystack.render", "citystack.build"])
def test_importing_the_commands_loads_no_renderer_of_a_format(module: str) -> None:
    """``citystack --help`` or ``check`` must not pay for pikepdf (PDF), diagrams or jinja2."""
    code = f"import sys, {module}; print(' '.join(m for m in {LAZY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == ""
