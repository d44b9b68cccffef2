"""A fresh clone passes its tests alone: tests that need the paper's text find it one way, or say how.

The paper is not in the repository. Tests that read it take the ``paper_dir`` fixture (or
``paper_file``, ``paper_text``), which looks in ``$CITYSTACK_SOURCES`` and then
``../shared/paper/``; without it they are left out with one line, except in CI where they fail.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: The one place that looks for the paper, and this test, which names what it looks for.
ALLOWED = {REPO / "tests" / "conftest.py", Path(__file__).resolve()}
#: One quick test that needs the paper (through ``paper_text``).
NEEDS_PAPER = "tests/paper/test_evidence.py::test_footnotes_point_to_sources_of_the_model"
#: A path to the shared folder built in code (``/ "shared"``, ``"shared" /``, ``"..", "shared"``) or
#: written out (``../shared``, ``shared/paper``); an element merely named "shared" is not one.
LOOKS_FOR_SHARED = re.compile(
    r"""/\s*["']shared["']|["']shared["']\s*/|["']\.\.["']\s*,\s*["']shared["']|\.\./shared|shared/paper"""
)


def test_no_test_looks_for_the_shared_folder_itself() -> None:
    """Every test reaches the paper through the fixture, so the fresh-clone rule holds for all of them."""
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in sorted((REPO / "tests").rglob("*.py"))
        if path not in ALLOWED and LOOKS_FOR_SHARED.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"use the paper_dir fixture (tests/conftest.py) instead of ../shared in: {offenders}"


def test_the_guard_tells_a_path_from_an_element_named_shared() -> None:
    assert LOOKS_FOR_SHARED.search((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    for path_in_code in ('REPO.parent / "shared" / "paper"', "Path('..', 'shared')", '"../shared/paper/x.txt"'):
        assert LOOKS_FOR_SHARED.search(path_in_code), path_in_code
    for element_id in ('element("shared", "Shared")', '"members": ["cam", "shared"]', "== ('shared',)"):
        assert not LOOKS_FOR_SHARED.search(element_id), element_id


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "CITYSTACK_SOURCES")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", NEEDS_PAPER],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**clean, **env},
        check=False,
    )


def test_without_the_paper_the_quote_checks_are_left_out_with_one_line(tmp_path: Path) -> None:
    result = _pytest(tmp_path, CITYSTACK_SOURCES=str(tmp_path / "nowhere"))
    assert result.returncode in (0, 5), result.stdout  # 5: every collected test was left out
    lines = [line for line in result.stdout.splitlines() if "quote checks" in line]
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith("SKIPPED 1 quote checks: ") and "CITYSTACK_SOURCES=DIR" in lines[0]


def test_in_ci_a_missing_paper_is_a_failure(tmp_path: Path) -> None:
    result = _pytest(tmp_path, CITYSTACK_SOURCES=str(tmp_path / "nowhere"), CI="true")
    assert result.returncode == 1, result.stdout
    assert "quote checks: the paper's text is not in" in result.stdout


def test_citystack_sources_names_the_folder(tmp_path: Path, paper_file: Path) -> None:
    (tmp_path / paper_file.name).write_bytes(paper_file.read_bytes())
    result = _pytest(tmp_path, CITYSTACK_SOURCES=str(tmp_path))
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout
