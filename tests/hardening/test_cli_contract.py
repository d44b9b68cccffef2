"""The command-line contract: data on stdout, diagnostics on stderr, no colour codes, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MODEL = """\
from citystack import Element, Model

print("a model file that talks")
model = Model(
    id="talky",
    title="Talky",
    vocabulary="smart-city-stack",
    elements=(Element(id="camera", name="Camera", kind="cctv_camera", layer="sensing"),),
)
"""


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "citystack", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def talky(tmp_path: Path) -> Path:
    (tmp_path / "talky.py").write_text(MODEL, "utf-8")
    return tmp_path


def test_what_a_model_file_prints_goes_to_stderr(talky: Path) -> None:
    result = _run("export", "talky.py", "--format", "json", cwd=talky)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "talky"
    assert "a model file that talks" in result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "talky.py", "--format", "json", "--select", "CON"], 0),
        (["check", "talky.py", "--format", "json"], 1),  # the camera has no evidence: EVD001 is an error
        (["check", "talky.py", "--format", "json", "--select", "XYZ"], 2),
        (["check", "absent.py", "--format", "json"], 2),
    ],
)
def test_exit_codes_and_streams(talky: Path, args: list[str], code: int) -> None:
    result = _run(*args, cwd=talky)
    assert result.returncode == code, result.stderr
    if code < 2:
        report = json.loads(result.stdout)
        assert report["summary"]["failed"] is (code == 1)
        assert " in 1 model " in result.stderr  # the summary line is a diagnostic
    else:
        assert result.stdout == "" and result.stderr


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"FORCE_COLOR": "1", "TERM": "xterm-256color"}])
def test_no_escape_codes_in_output(talky: Path, env: dict[str, str]) -> None:
    for args in (["check", "talky.py"], ["check", "--format", "nope"], ["--help"], ["list", "--models", "."]):
        result = _run(*args, cwd=talky, env=env)
        assert "\x1b[" not in result.stdout + result.stderr, args
