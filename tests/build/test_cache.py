"""The figure cache: a no-op rebuild starts no ``dot``, one changed model redraws only its figures,
``--check`` uses the cache, and a damaged or deleted cache costs a redraw, never a wrong figure."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import pytest
from tests.render.conftest import copy_models

from citystack.build import BuildOptions, build
from citystack.build.cache import CACHE_LAYOUT

pytestmark = pytest.mark.dot


@pytest.fixture
def logging_dot(tmp_path: Path) -> Path:
    """A ``dot`` first on PATH that appends a line to a log, then runs the real one."""
    real = shutil.which("dot")
    assert real is not None
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    log = tmp_path / "dot.log"
    script = folder / "dot"
    script.write_text(f'#!/bin/sh\necho "dot $*" >> "{log}"\nexec "{real}" "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    log.write_text("", encoding="utf-8")
    return log


def _dot_runs(log: Path) -> int:
    return len(log.read_text(encoding="utf-8").splitlines())


def _contents(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def _mtimes(out: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def test_a_no_op_rebuild_starts_no_dot_and_writes_nothing(run_cli, tmp_path: Path, logging_dot: Path) -> None:
    models, out, cache = copy_models(tmp_path), tmp_path / "out", tmp_path / "cache"
    env = {"PATH": f"{logging_dot.parent / 'fake-bin'}{os.pathsep}{os.environ['PATH']}"}
    args = ("build", "--models", str(models), "--out", str(out), "--cache-dir", str(cache), "--dpi", "36")
    first = run_cli(*args, env=env, timeout=600)
    assert first.returncode == 0, first.stderr
    assert _dot_runs(logging_dot) > 0, "the logging dot must be the one citystack runs"
    before, runs = _mtimes(out), _dot_runs(logging_dot)

    again = run_cli(*args, env=env, timeout=600)
    assert again.returncode == 0, again.stderr
    assert _dot_runs(logging_dot) == runs, "a rebuild with nothing changed started dot"
    assert _mtimes(out) == before
    assert " 0 file(s) written" in again.stderr and "0 drawing(s) made" in again.stderr

    checked = run_cli(*args, "--check", env=env, timeout=600)
    assert checked.returncode == 0, checked.stderr
    assert _dot_runs(logging_dot) == runs, "build --check drew what the cache holds"


def test_changing_one_model_redraws_only_its_figures(
    tmp_path: Path, logging_dot: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{logging_dot.parent / 'fake-bin'}{os.pathsep}{os.environ['PATH']}")
    models, out = copy_models(tmp_path), tmp_path / "out"
    options = BuildOptions(formats=("svg", "png", "pdf"), dpi=36, jobs=2, cache_dir=tmp_path / "cache")
    build(models, out, options)
    runs = _dot_runs(logging_dot)

    mini = models / "mini_stack.py"
    text = mini.read_text(encoding="utf-8")
    assert 'name="Fibre"' in text
    mini.write_text(text.replace('name="Fibre"', 'name="Glass fibre"'), encoding="utf-8")
    result = build(models, out, options)

    assert result.written, "the changed model's figures must be written"
    assert all(name.startswith("mini-stack-") for name in result.written), result.written
    # mini-stack has one view, drawn in the default and the print theme: two layouts, no more
    assert _dot_runs(logging_dot) - runs == 2
    assert b"Glass fibre" in (out / "mini-stack-all.svg").read_bytes()


def test_a_damaged_or_deleted_cache_costs_a_redraw_never_a_wrong_figure(tmp_path: Path) -> None:
    models, cache = copy_models(tmp_path), tmp_path / "cache"
    options = BuildOptions(formats=("svg", "png", "pdf", "dot"), dpi=36, cache_dir=cache)
    build(models, tmp_path / "cold", options)
    expected = _contents(tmp_path / "cold")

    entries = sorted(p for p in (cache / CACHE_LAYOUT).rglob("*") if p.is_file())
    assert len(entries) >= 10
    garbage, truncated, header_only, removed = entries[0], entries[1], entries[2], entries[3]
    garbage.write_bytes(b"\x00garbage\xff" * 100)
    truncated.write_bytes(truncated.read_bytes()[:-7])
    header_only.write_bytes(header_only.read_bytes().split(b"\n", 1)[0] + b"\nnot the body it names")
    removed.unlink()

    damaged = build(models, tmp_path / "damaged", options)
    assert _contents(tmp_path / "damaged") == expected
    assert damaged.drawn > 0, "damaged entries must be redrawn, not served"

    shutil.rmtree(cache)
    again = build(models, tmp_path / "no-cache-left", options)
    assert _contents(tmp_path / "no-cache-left") == expected
    assert again.cached == 0


def test_parallel_and_cached_builds_give_the_bytes_of_a_plain_one(tmp_path: Path) -> None:
    """Deriving PNG and PDF in workers, in any order, or half from the cache, changes no byte."""
    models = copy_models(tmp_path)
    plain = BuildOptions(formats=("svg", "png", "pdf"), dpi=36, jobs=1)
    build(models, tmp_path / "plain", plain)
    expected = _contents(tmp_path / "plain")
    cache = tmp_path / "cache"
    parallel = BuildOptions(formats=("svg", "png", "pdf"), dpi=36, jobs=2, cache_dir=cache)
    build(models, tmp_path / "parallel", parallel)
    assert _contents(tmp_path / "parallel") == expected
    for entry in sorted((cache / CACHE_LAYOUT).rglob("*"))[::2]:
        if entry.is_file():
            entry.unlink()
    build(models, tmp_path / "half-cached", parallel)
    assert _contents(tmp_path / "half-cached") == expected
