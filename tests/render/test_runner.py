"""The guarded dot runner: timeouts kill the whole group, failures are reported, dot missing is exit 3."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from citystack import GraphvizMissing, RenderError
from citystack.render import runner
from citystack.render.runner import run_dot

pytestmark = pytest.mark.dot

K60 = '''"""A complete graph of 60 nodes: too dense for dot to lay out in a second."""

from citystack import Element, Evidence, Model, Relation, Source, View

SAID = (Evidence(source="s", quote="q"),)
N = 60
model = Model(
    id="k60",
    title="Complete graph",
    vocabulary="smart-city-stack",
    sources=(Source(id="s", title="S"),),
    elements=tuple(
        Element(id=f"e{i}", name=f"Element {i}", kind="phone", layer="sensing", evidence=SAID) for i in range(N)
    ),
    relations=tuple(
        Relation(source=f"e{i}", target=f"e{j}", kind="transmits", evidence=SAID)
        for i in range(N)
        for j in range(i + 1, N)
    ),
    views=(View(id="all", title="Everything at once", caption="c", alt_text="a", group_by="none"),),
)
'''


def _processes_under(folder: Path) -> list[int]:
    """Pids of live processes whose working folder is inside ``folder`` (dot runs in a temp folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if cwd.startswith(str(folder)):
            found.append(int(entry.name))
    return found


def _fake_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """Put a shell script called ``dot`` first on PATH."""
    fake = tmp_path / "bin" / "dot"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")


def test_dense_graph_times_out_with_exit_3_and_leaves_nothing_behind(run_cli, tmp_path: Path) -> None:
    (tmp_path / "k60.py").write_text(K60)
    output = tmp_path / "k60.svg"
    output.write_text("earlier figure")
    temp = tmp_path / "tmp"
    temp.mkdir()
    started = time.monotonic()
    result = run_cli("render", "k60.py", "--timeout", "1", "-o", "k60.svg", cwd=tmp_path, env={"TMPDIR": str(temp)})
    elapsed = time.monotonic() - started
    assert result.returncode == 3, result.stderr
    assert "k60-all" in result.stderr and "Everything at once" in result.stderr
    assert "did not finish within 1 s" in result.stderr
    assert "Traceback" not in result.stderr
    assert elapsed < 15
    assert output.read_text() == "earlier figure"
    assert _processes_under(temp) == []
    assert list(temp.iterdir()) == []  # dot's private folder is gone too


def test_timeout_kills_the_whole_process_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 'dot' that forks a child which ignores the parent's death: both go on timeout."""
    marker = tmp_path / "child.pid"
    _fake_dot(tmp_path, monkeypatch, f"sleep 30 &\necho $! > {marker}\nsleep 30")
    started = time.monotonic()
    with pytest.raises(RenderError, match=r"fig-x: dot did not finish within 0\.5 s"):
        run_dot("digraph {}", figure="fig-x", timeout=0.5)
    assert time.monotonic() - started < 10
    child = int(marker.read_text())
    time.sleep(0.2)
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]


def test_dot_errors_are_reported_with_its_stderr() -> None:
    with pytest.raises(RenderError) as error:
        run_dot("digraph { a -> }", figure="broken")
    assert "broken: dot failed with exit code" in str(error.value)
    assert "syntax error" in str(error.value)
    assert error.value.exit_code == 3


def test_dot_reads_no_file_outside_its_private_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.svg"
    secret.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')
    result = run_dot(f'digraph {{ a [image="{secret}" label=""] }}', figure="f")
    assert str(secret).encode() not in result.output
    assert (
        "unsafe" in result.warnings or "loading is disabled" in result.warnings or "No or improper" in result.warnings
    )


def test_dot_can_read_the_files_it_is_given() -> None:
    icon = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"></svg>'
    result = run_dot('digraph { a [image="icon.svg" label=""] }', figure="f", files={"icon.svg": icon})
    assert b'xlink:href="icon.svg"' in result.output


def test_memory_cap_stops_a_runaway_dot() -> None:
    chain = "digraph { " + " ".join(f"n{i} -> n{i + 1};" for i in range(5000)) + " }"
    assert run_dot(chain, figure="f").output.startswith(b"<?xml")  # fine under the default cap
    with pytest.raises(RenderError, match=r"f: dot (was killed|failed)"):
        run_dot(chain, figure="f", memory_bytes=64 * 1024 * 1024)


def test_missing_dot_gives_exit_3_with_how_to_install(run_cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    repo = Path(__file__).resolve().parents[2]
    result = run_cli(
        "render", str(repo / "tests" / "fixtures" / "mini_stack.py"), cwd=tmp_path, env={"PATH": str(empty)}
    )
    assert result.returncode == 3, result.stderr
    assert "Graphviz `dot` was not found" in result.stderr
    assert "make setup" in result.stderr and "apt-get install graphviz" in result.stderr


def test_missing_dot_raises_graphviz_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner.shutil, "which", lambda name: None)
    with pytest.raises(GraphvizMissing):
        run_dot("digraph {}", figure="f")


def test_oversized_dot_text_is_refused_before_dot_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "MAX_DOT_BYTES", 10)
    monkeypatch.setattr(runner.shutil, "which", lambda name: pytest.fail("dot must not be looked up"))
    with pytest.raises(RenderError, match="at most 10"):
        run_dot("digraph { a -> b }", figure="f")


def test_a_crashing_dot_is_named_by_its_signal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dot(tmp_path, monkeypatch, "echo 'about to fall over' >&2\nkill -SEGV $$")
    with pytest.raises(RenderError) as error:
        run_dot("digraph {}", figure="fig-x")
    assert str(error.value) == "fig-x: dot was killed by signal SIGSEGV (it crashed):\nabout to fall over"
    assert error.value.exit_code == 3


def test_a_flood_of_stderr_is_reported_briefly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Megabytes on one line, and thousands of lines: the message keeps a readable head of them."""
    flood = "head -c 2000000 /dev/zero | tr '\\0' x >&2\necho >&2\nseq 1 5000 >&2\nexit 1"
    _fake_dot(tmp_path, monkeypatch, flood)
    with pytest.raises(RenderError) as error:
        run_dot("digraph {}", figure="fig-x")
    message = str(error.value)
    assert message.startswith("fig-x: dot failed with exit code 1:\nxxx")
    assert len(message) < 10_000 and "more lines)" in message


def test_garbage_from_dot_is_a_render_error_naming_the_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from citystack.render.pipeline import render_figure

    from .conftest import MINI, loaded

    _fake_dot(tmp_path, monkeypatch, "cat >/dev/null\nprintf '<svg><g>not closed'")
    with pytest.raises(RenderError, match=r"'mini-stack-all' \(All\): dot wrote SVG that does not parse"):
        render_figure(loaded(MINI), "all", ("svg",))
