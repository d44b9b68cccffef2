"""Shared test helpers: the repository root and running the command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture
def run_cli() -> RunCli:
    """Run ``python -m citystack ARGS`` in the repository root; returns the completed process."""

    def run(*args: str, cwd: Path | None = None, timeout: float = 120, env: dict[str, str] | None = None):
        full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "citystack", *args],
            cwd=cwd or REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=full_env,
            check=False,
        )

    return run
