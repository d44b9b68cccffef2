"""`-o FILE` and `build` never write somewhere surprising: folders, missing folders and empty model sets."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIGURE_3 = str(REPO / "models" / "paper" / "figure3.py")


def test_render_to_a_folder_is_refused(tmp_path: Path, run_cli) -> None:
    result = run_cli("render", FIGURE_3, "-f", "dot", "-o", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder" in result.stderr and "Traceback" not in result.stderr


def test_render_into_a_missing_folder_is_refused_and_creates_nothing(tmp_path: Path, run_cli) -> None:
    target = tmp_path / "missing" / "x.dot"
    result = run_cli("render", FIGURE_3, "-f", "dot", "-o", str(target))
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not target.parent.exists()


def test_build_of_an_empty_folder_keeps_the_existing_gallery(tmp_path: Path, run_cli) -> None:
    (tmp_path / "models").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("the real gallery", encoding="utf-8")
    result = run_cli("build", "--models", str(tmp_path / "models"), "--out", str(out))
    assert result.returncode == 2 and "no model files" in result.stderr
    assert (out / "README.md").read_text(encoding="utf-8") == "the real gallery"
    assert [p.name for p in out.iterdir()] == ["README.md"]
