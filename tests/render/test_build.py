"""The build: named files written atomically, a gallery, --check, determinism, failures leave files alone."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from citystack.build import BuildOptions, build

from .conftest import REPO, copy_models
from .test_runner import K60

pytestmark = pytest.mark.dot

FAST = BuildOptions(formats=("svg", "dot", "png", "pdf"), dpi=36)


def _hashes(folder: Path, suffixes: tuple[str, ...] = (".dot", ".svg")) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.suffix in suffixes
    }


def test_build_writes_named_figures_gallery_and_snippets(tmp_path: Path) -> None:
    out = tmp_path / "output"
    result = build(copy_models(tmp_path), out, FAST)
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert "icon-city-icons.svg" in names and "mini-stack-all.pdf" in names
    assert "README.md" in names and "snippets/icon-city-icons.tex" in names and "snippets/icon-city-icons.html" in names
    assert not [n for n in names if n.endswith(".tmp") or "/." in n or n.startswith(".")]
    gallery = (out / "README.md").read_text()
    assert "An icon figure of a small city." in gallery and "icon-city-icons.svg" in gallery
    assert [r.figure_id for r in result.records] == ["icon-city-icons", "icon-city-layers", "mini-stack-all"]


def test_numbered_figures_are_named_by_number_and_title(tmp_path: Path) -> None:
    models = copy_models(tmp_path)
    text = (
        (models / "mini_stack.py")
        .read_text()
        .replace('View(id="all", title="All"', 'View(id="all", figure="Figure 4", title="All of it"')
    )
    (models / "mini_stack.py").write_text(text)
    result = build(models, tmp_path / "out", BuildOptions(formats=("dot",)))
    assert "figure-4-all-of-it" in [r.figure_id for r in result.records]


def test_second_build_changes_nothing_and_check_passes(tmp_path: Path) -> None:
    models, out = copy_models(tmp_path), tmp_path / "output"
    build(models, out, FAST)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    again = build(models, out, FAST)
    assert again.written == []
    assert before == {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    checked = build(models, out, FAST, check=True)
    assert checked.stale == [] and checked.missing == []


def test_check_names_stale_and_missing_files_and_exits_1(run_cli, tmp_path: Path) -> None:
    models, out = copy_models(tmp_path), tmp_path / "output"
    args = ("build", "--models", str(models), "--out", str(out), "--format", "svg,dot")
    assert run_cli(*args, cwd=tmp_path, timeout=300).returncode == 0
    (out / "mini-stack-all.svg").write_text("stale")
    (out / "icon-city-icons.dot").unlink()
    result = run_cli(*args, "--check", cwd=tmp_path, timeout=300)
    assert result.returncode == 1
    assert "stale: " in result.stderr and "mini-stack-all.svg" in result.stderr
    assert "missing: " in result.stderr and "icon-city-icons.dot" in result.stderr
    assert (out / "mini-stack-all.svg").read_text() == "stale"  # --check writes nothing


def test_builds_are_byte_identical_across_runs_and_hash_seeds(run_cli, tmp_path: Path) -> None:
    models = copy_models(tmp_path)
    build(models, tmp_path / "a", BuildOptions(formats=("svg", "dot")))
    build(models, tmp_path / "b", BuildOptions(formats=("svg", "dot")))
    args = ("build", "--models", str(models), "--format", "svg,dot", "--jobs", "2")
    for seed in ("1", "4242"):
        result = run_cli(
            *args, "--out", str(tmp_path / f"seed{seed}"), cwd=tmp_path, timeout=300, env={"PYTHONHASHSEED": seed}
        )
        assert result.returncode == 0, result.stderr
    first = _hashes(tmp_path / "a")
    assert len(first) == 9  # three figures: SVG and DOT, plus the print theme's SVG
    assert first == _hashes(tmp_path / "b") == _hashes(tmp_path / "seed1") == _hashes(tmp_path / "seed4242")


def test_a_failing_figure_leaves_its_earlier_files_untouched(run_cli, tmp_path: Path) -> None:
    models, out = copy_models(tmp_path), tmp_path / "output"
    build(models, out, BuildOptions(formats=("svg", "pdf", "dot")))
    (models / "zz_k60.py").write_text(K60)
    (out / "k60-all.svg").write_text("earlier k60")
    gallery = (out / "README.md").read_bytes()
    args = ("build", "--models", str(models), "--out", str(out), "--format", "svg,pdf,dot", "--timeout", "1")
    result = run_cli(*args, cwd=tmp_path, timeout=300)
    assert result.returncode == 3
    assert "k60-all" in result.stderr
    assert (out / "k60-all.svg").read_text() == "earlier k60"
    assert not (out / "k60-all.dot").exists()  # nothing of the failed figure was written
    assert (out / "README.md").read_bytes() == gallery


def test_build_of_the_shipped_models_names_the_paper_figures(tmp_path: Path) -> None:
    result = build(REPO / "models", tmp_path / "out", BuildOptions(formats=("dot",)))
    assert any(r.figure_id.startswith("figure-1-") for r in result.records)


def test_every_figure_also_gets_its_print_variant_in_the_gallery(tmp_path: Path) -> None:
    models = copy_models(tmp_path)
    result = build(models, tmp_path / "out", BuildOptions(formats=("svg", "pdf")))
    for record in result.records:
        assert record.files["print-svg"] == f"{record.figure_id}-print.svg"
        assert record.files["print-pdf"] == f"{record.figure_id}-print.pdf"
        svg = (tmp_path / "out" / record.files["print-svg"]).read_text()
        assert "<svg" in svg and svg != (tmp_path / "out" / record.files["svg"]).read_text()
    gallery = (tmp_path / "out" / "README.md").read_text()
    assert all(f"{r.figure_id}-print.pdf" in gallery for r in result.records)


def test_no_variants_when_asked_for_none_or_the_main_theme_is_print(tmp_path: Path) -> None:
    models = copy_models(tmp_path)
    plain = build(models, tmp_path / "a", BuildOptions(formats=("svg",), variants=()))
    assert not [name for name in plain.written if "-print" in name]
    printed = build(models, tmp_path / "b", BuildOptions(formats=("svg",), theme="print"))
    assert all(set(r.files) == {"svg"} for r in printed.records)
