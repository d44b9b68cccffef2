"""Shared test helpers: the repository root and running the command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def cli_cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The XDG cache folder of every command the tests run: the user's own figure cache stays untouched."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture
def run_cli(cli_cache_home: Path) -> RunCli:
    """Run ``python -m citystack ARGS`` in the repository root; returns the completed process."""

    def run(*args: str, cwd: Path | None = None, timeout: float = 120, env: dict[str, str] | None = None):
        full_env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(cli_cache_home), **(env or {})}
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


# Debian's chromium (installed by `make setup` from .ci/debian/browser.txt), started with the flags
# this closed network needs: no background connections, no component updates, no first-run page.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """A headless Debian Chromium driven by Playwright (its own browser downloads are never used).

    Tests that use it are marked ``browser``; without Chromium they fail rather than skip, because
    CI installs it.
    """
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make setup` (it installs Debian's chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            yield launched
        finally:
            launched.close()
