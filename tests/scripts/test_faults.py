"""The nine faults found by running public bug reports through citystack, each with its exact outcome now."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from citystack import LoadError
from citystack.render.dotlang import label_lines
from citystack.render.mermaid import mermaid_flowchart
from citystack.render.pipeline import render_figure

from .conftest import element, load, model_data, relation, tool, write_model

SVG = "{http://www.w3.org/2000/svg}"


def test_1_cjk_is_drawn_as_text_with_no_warning(tmp_path: Path) -> None:
    figure = render_figure(load(tmp_path, model_data([element("x", "雪亮工程 摄像头")])), None, ["pdf"])
    (tmp_path / "f.pdf").write_bytes(figure.outputs["pdf"])
    assert "雪亮工程 摄像头" in tool("pdftotext", str(tmp_path / "f.pdf"), "-")
    assert "NotoSansCJK" in tool("pdffonts", str(tmp_path / "f.pdf"))
    assert "no installed font" not in figure.warnings


@pytest.mark.dot
def test_2_hebrew_and_arabic_keep_their_order(tmp_path: Path) -> None:
    data = model_data([element("he", "רשת סיבים"), element("ar", "مدينة ذكية")])
    (tmp_path / "f.pdf").write_bytes(render_figure(load(tmp_path, data), None, ["pdf"]).outputs["pdf"])
    text = tool("pdftotext", str(tmp_path / "f.pdf"), "-")
    assert "רשת סיבים" in text and "םיביס תשר" not in text
    assert "مدينة ذكية" in text


def test_3_a_33_character_chinese_name_wraps_between_characters() -> None:
    name = "基于人工智能的城市视频监控与大数据融合公共安全综合管理平台系统"
    assert len(name) == 31 or len(name) >= 30
    lines = label_lines(name + "建设", 22)
    assert len(lines) == 3 and "".join(lines) == name + "建设"
    assert all(len(line) <= 11 for line in lines)  # a CJK character is two columns of 22


CRASHING = model_data(
    [element("a", "Operator A"), element("b", "Operator B"), element("d", "Operator D")],
    relations=[relation("a", "b", "controls"), relation("b", "d", "controls"), relation("b", "d", "relies_on")],
    boundaries=[
        {"id": "g1", "name": "G1", "kind": "group", "members": ["a", "b"]},
        {"id": "g2", "name": "G2", "kind": "group", "members": ["d"]},
    ],
    views=[
        {"id": "main", "title": "Crash", "caption": "c", "alt_text": "a"},
        {"id": "icons", "title": "Crash icons", "caption": "c", "alt_text": "a", "backend": "diagrams"},
    ],
)
FALLBACK_NOTE = (
    "dot crashed on the figure as modelled (a known Graphviz layout bug with parallel edges between clusters, "
    "not a lack of memory; dot said: dot: class2.c:148: merge_chain: Assertion `ED_to_virt(e) == NULL' failed.); "
    "drawn with the fallback layout: parallel relations merged into one arrow"
)


@pytest.mark.dot
@pytest.mark.parametrize("view", ["main", "icons"])
@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_4_the_model_that_crashes_dot_is_drawn_with_a_fallback(tmp_path: Path, run_cli, view: str, fmt: str) -> None:
    path = write_model(tmp_path, CRASHING)
    out = tmp_path / f"figure.{fmt}"
    result = run_cli("render", str(path), "--view", view, "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"warning: scripts-{view}: {FALLBACK_NOTE}" in result.stderr
    assert out.stat().st_size > 1000


@pytest.mark.dot
def test_4_the_fallback_draws_both_relations_on_one_arrow(tmp_path: Path) -> None:
    figure = render_figure(load(tmp_path, CRASHING), "main", ["svg", "dot"])
    assert figure.warnings.startswith(FALLBACK_NOTE)
    assert "controls; relies on" in figure.outputs["svg"].decode()
    assert b"controls; relies on" in figure.outputs["dot"]


def _fake_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_when: str) -> None:
    """A ``dot`` first on PATH that aborts like Graphviz's merge_chain bug when its input matches."""
    real = shutil.which("dot")
    assert real
    fake = tmp_path / "bin" / "dot"
    fake.parent.mkdir()
    fake.write_text(
        f"#!{sys.executable}\n"
        "import os, subprocess, sys\n"
        "source = sys.stdin.buffer.read()\n"
        f"if {crash_when!r}.encode() in source:\n"
        '    sys.stderr.write("dot: class2.c:148: merge_chain: Assertion `ED_to_virt(e) == NULL\' failed.\\n")\n'
        "    sys.stderr.flush()\n"
        "    os.abort()\n"
        f"done = subprocess.run([{real!r}, *sys.argv[1:]], input=source, capture_output=True)\n"
        "sys.stdout.buffer.write(done.stdout)\n"
        "sys.stderr.buffer.write(done.stderr)\n"
        "sys.stdout.flush()\n"
        "sys.stderr.flush()\n"
        "if done.returncode < 0:\n"
        "    os.kill(os.getpid(), -done.returncode)  # the real dot's signal, passed on\n"
        "sys.exit(done.returncode)\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.dot
def test_4_the_second_fallback_leaves_the_frames_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dot(tmp_path, monkeypatch, 'subgraph "cluster_scripts-main_g')
    figure = render_figure(load(tmp_path, CRASHING), "main", ["svg"])
    assert figure.warnings.splitlines()[0].endswith(
        "drawn with the fallback layout: parallel relations merged and boundary frames left out"
    )
    svg = figure.outputs["svg"].decode()
    assert "Operator B" in svg and "-g-g1" not in svg and "-g-g2" not in svg and ">G1<" not in svg


@pytest.mark.dot
def test_4_when_every_layout_crashes_the_error_gives_dots_message_and_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_dot(tmp_path, monkeypatch, "digraph")
    from citystack import RenderError

    with pytest.raises(RenderError) as caught:
        render_figure(load(tmp_path, CRASHING), "main", ["svg"])
    message = str(caught.value)
    assert message.startswith(
        "figure 'scripts-main' (Crash): dot was killed by signal SIGABRT (a known Graphviz layout bug with parallel "
        "edges between clusters, not a lack of memory):\ndot: class2.c:148: merge_chain: Assertion"
    )
    assert message.endswith(
        "(the fallback layouts crashed too: parallel relations merged into one arrow; "
        "parallel relations merged and boundary frames left out)"
    )
    assert "often out of memory" not in message


def test_5_an_element_in_two_sibling_boundaries_is_an_error_with_its_line(tmp_path: Path, run_cli) -> None:
    data = model_data(
        [element("cam", "Camera"), element("shared", "Shared"), element("dc", "Data centre")],
        boundaries=[
            {"id": "citya", "name": "City A", "kind": "city", "members": ["cam", "shared"]},
            {"id": "cityb", "name": "City B", "kind": "city", "members": ["shared", "dc"]},
        ],
    )
    path = write_model(tmp_path, data)
    result = run_cli("check", str(path))
    assert result.returncode == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    city_b = next(i for i, text in enumerate(lines) if '"City B"' in text)
    line = next(i for i, text in enumerate(lines[city_b:], city_b + 1) if text.strip().startswith('"shared"'))
    assert f"{path}:{line}:" in result.stderr
    assert (
        "boundaries.1.members.0: element 'shared' is also a member of boundary 'citya', and neither boundary holds "
        "the other: a figure could draw it in only one of them" in result.stderr
    )


def test_5_nested_boundaries_may_share_an_element(tmp_path: Path) -> None:
    data = model_data(
        [element("cam", "Camera"), element("shared", "Shared")],
        boundaries=[
            {"id": "country", "name": "Country", "kind": "country", "members": ["cam", "shared"]},
            {"id": "city", "name": "City", "kind": "city", "parent": "country", "members": ["shared"]},
        ],
    )
    assert load(tmp_path, data).model.boundaries[1].members == ("shared",)


EMPTY = model_data(
    [element("cam", "Camera", kind="cctv_camera", layer="sensing")],
    boundaries=[{"id": "planned", "name": "Planned closed net", "kind": "closed_net", "members": [], "evidence": []}],
)


@pytest.mark.dot
def test_6_an_empty_boundary_is_a_warning_and_a_labelled_frame(tmp_path: Path, run_cli) -> None:
    path = write_model(tmp_path, EMPTY)
    checked = run_cli("check", str(path), "--select", "BND003", "--format", "json")
    findings = json.loads(checked.stdout)["findings"]
    assert [(f["code"], f["severity"], f["item"]) for f in findings] == [("BND003", "warning", "planned")]
    figure = render_figure(load(tmp_path, EMPTY), None, ["svg", "mermaid", "json"])
    root = __import__("xml.etree.ElementTree").etree.ElementTree.fromstring(figure.outputs["svg"])
    frame = next(g for g in root.iter(f"{SVG}g") if g.get("id", "").endswith("-g-planned"))
    assert [t.text for t in frame.iter(f"{SVG}text")] == ["Planned closed net"]
    assert frame.find(f"{SVG}path") is not None or frame.find(f"{SVG}polygon") is not None
    assert 'subgraph g_planned["Planned closed net"]' in figure.outputs["mermaid"].decode()
    assert '"label": "Planned closed net"' in figure.outputs["json"].decode()


@pytest.mark.parametrize("field", ["title", "alt_text"])
def test_7_a_noncharacter_in_a_view_is_refused_with_its_place(tmp_path: Path, run_cli, field: str) -> None:
    view = {"id": "v", "title": "T", "caption": "c", "alt_text": "a", field: "Bad \ufffe text"}
    path = write_model(tmp_path, model_data([element("x", "X")], views=[view]))
    result = run_cli("render", str(path), "--format", "svg", "-o", str(tmp_path / "f.svg"))
    assert result.returncode == 2 and not (tmp_path / "f.svg").exists()
    assert f"views.0.{field}: Unicode noncharacter U+FFFE (at character 5 of the text) is not allowed" in result.stderr
    assert result.stderr.startswith(f"{path}:")


def test_7_a_noncharacter_in_a_name_is_refused_before_drawing(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"elements\.0\.name: Unicode noncharacter U\+FFFF"):
        load(tmp_path, model_data([element("x", "X\uffff")]))


def test_8_mermaid_keeps_unicode_and_escapes_only_its_grammar(tmp_path: Path) -> None:
    data = model_data([element("a", "café"), element("b", "100% fibre"), element("c", "城市")])
    text = mermaid_flowchart(render_figure(load(tmp_path, data), None, ["json"]).scene)
    assert '["café"];' in text and '["100% fibre"];' in text and '["城市"];' in text
    assert "#233;" not in text and "#37;" not in text and "&#" not in text


@pytest.mark.dot
def test_9_the_legend_shows_the_icon_the_figure_draws(tmp_path: Path) -> None:
    data = model_data(
        [
            element("cam", "Camera", kind="cctv_camera", layer="sensing", icon="aws.iot.IotCore"),
            element("fibre", "Fibre", kind="fibre", layer="network"),
        ],
        views=[{"id": "v", "title": "T", "caption": "c", "alt_text": "a", "backend": "diagrams"}],
    )
    figure = render_figure(load(tmp_path, data), "v", ["svg"])
    icons = {e.id: e.icon for e in figure.scene.legend if e.category == "kind"}
    assert icons == {"cctv_camera": "aws.iot.IotCore", "fibre": "fibre"}
    root = __import__("xml.etree.ElementTree").etree.ElementTree.fromstring(figure.outputs["svg"])
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("id", "").endswith("-legend-kinds"))
    assert len(list(legend.iter(f"{SVG}image"))) == 1  # the AWS icon, a PNG
    assert [u.get("{http://www.w3.org/1999/xlink}href") for u in legend.iter(f"{SVG}use")] == ["#scripts-v-icon-fibre"]
