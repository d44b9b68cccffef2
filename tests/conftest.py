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

#: The paper's text, which the quote checks read; it is not part of the repository.
PAPER_NAME = "ichida-2023-geopolitical-challenges-of-chinese-smart-cities.txt"
SOURCES_VARIABLE = "CITYSTACK_SOURCES"


def find_paper_folder() -> Path | None:
    """``$CITYSTACK_SOURCES``, else ``../shared/paper/`` beside the repository, if it holds the paper."""
    given = os.environ.get(SOURCES_VARIABLE)
    folder = Path(given) if given else REPO.parent / "shared" / "paper"
    return folder if (folder / PAPER_NAME).is_file() else None


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _missing_paper_message() -> str:
    where = os.environ.get(SOURCES_VARIABLE) or "../shared/paper/"
    return (
        f"the paper's text is not in {where}: set {SOURCES_VARIABLE}=DIR (the folder holding {PAPER_NAME}) "
        "to run them"
    )


_SKIPPED_QUOTE_CHECKS: list[pytest.Item] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a fresh clone without the paper's text, leave out the tests that need it (said in one line).

    In CI the paper must be there: those tests stay, and fail through ``paper_dir``.
    """
    if _in_ci() or find_paper_folder() is not None:
        return
    needing = [item for item in items if "paper_dir" in getattr(item, "fixturenames", ())]
    if needing:
        _SKIPPED_QUOTE_CHECKS.extend(needing)
        items[:] = [item for item in items if item not in needing]
        config.hook.pytest_deselected(items=needing)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The one line that says the quote checks did not run, and how to run them."""
    if _SKIPPED_QUOTE_CHECKS:
        count = len(_SKIPPED_QUOTE_CHECKS)
        terminalreporter.write_line(f"SKIPPED {count} quote checks: {_missing_paper_message()}")


@pytest.fixture(scope="session")
def paper_dir() -> Path:
    """The folder holding the paper's text, for the tests that check quotes against it.

    In CI (``CI=true``) a missing text fails those tests; elsewhere (a fresh clone) they are
    left out at collection, and one line at the end says how to run them.
    """
    folder = find_paper_folder()
    if folder is not None:
        return folder
    message = f"quote checks: {_missing_paper_message()}"
    if _in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def paper_file(paper_dir: Path) -> Path:
    """The paper's text file (see ``paper_dir`` for where it is looked for)."""
    return paper_dir / PAPER_NAME

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
