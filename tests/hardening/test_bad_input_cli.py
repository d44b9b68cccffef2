"""Every bad input of the design guide, run through the real command line: message, place, exit 2."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

BASE_YAML = """\
id: mini
title: Mini stack
vocabulary: smart-city-stack
sources:
- id: paper
  title: A paper
elements:
- id: camera
  name: Camera
  kind: cctv_camera
  layer: sensing
- id: fibre
  name: Fibre
  kind: fibre
  layer: network
relations:
- source: camera
  target: fibre
  kind: transmits
"""

BASE_JSON: dict[str, object] = {
    "id": "mini",
    "title": "Mini stack",
    "vocabulary": "smart-city-stack",
    "elements": [
        {"id": "camera", "name": "Camera", "kind": "cctv_camera", "layer": "sensing"},
        {"id": "fibre", "name": "Fibre", "kind": "fibre", "layer": "network"},
    ],
}

CAMERA_NAME_LINE = 9  # line of "  name: Camera" in BASE_YAML


@dataclass(frozen=True)
class Case:
    """A file to write, and what ``citystack check FILE`` must print (a substring, and the line)."""

    name: str
    data: bytes
    message: str
    line: int | None = None


def _yaml(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


def _camera(name_yaml: str) -> bytes:
    """BASE_YAML with the camera's name replaced by a YAML scalar (written as given)."""
    return _yaml(BASE_YAML.replace("  name: Camera\n", f"  name: {name_yaml}\n"))


def _url(url: str) -> bytes:
    return _yaml(BASE_YAML.replace("  name: Camera\n", f"  name: Camera\n  url: {json.dumps(url)}\n"))


def _json(data: object) -> bytes:
    return json.dumps(data).encode("utf-8")


def _json_camera(raw_name: str) -> bytes:
    """BASE_JSON with the camera's name spliced in as raw JSON text (escapes as written)."""
    return json.dumps(BASE_JSON).replace('"Camera"', raw_name).encode("utf-8", errors="surrogatepass")


def _fact(value: str) -> bytes:
    return _yaml(BASE_YAML + f"facts:\n- id: f\n  label: F\n  value: {value}\n  unit: u\n")


_ITEMS = "".join(f"- id: e{i}\n  name: E\n  kind: cctv_camera\n  layer: sensing\n" for i in range(2001))
_PY_HEAD = "from citystack import Model\n"

CASES: tuple[Case, ...] = (
    # control characters, NUL, lone surrogates: YAML escapes, raw characters, JSON escapes, Python
    Case("ctrl_escape.yaml", _camera('"Cam\\x07era"'), "control character U+0007", 9),
    Case("nul_escape.yaml", _camera('"Cam\\0era"'), "control character U+0000", 9),
    Case("surrogate_escape.yaml", _camera('"Cam\\ud800era"'), "lone surrogate", 9),
    Case("raw_nul.yaml", _camera("Cam\x00era"), "character U+0000 is not allowed in YAML", 9),
    Case("raw_escape.yaml", _camera("Cam\x1bera"), "character U+001B is not allowed in YAML", 9),
    Case("ctrl_escape.json", _json_camera('"Cam\\u001bera"'), "control character U+001B", 1),
    Case("nul_escape.json", _json_camera('"Cam\\u0000era"'), "control character U+0000", 1),
    Case("raw_ctrl.json", _json_camera('"Cam\x07era"'), "control character U+0007 inside a string", 1),
    Case("surrogate.json", _json_camera('"Cam\\ud800era"'), "lone surrogate", 1),
    # Unicode noncharacters and the other characters XML 1.0 forbids: escapes and raw, YAML and JSON
    Case("fffe_escape.yaml", _camera('"Cam\\uFFFEera"'), "Unicode noncharacter U+FFFE (at character 4", 9),
    Case("ffff_escape.yaml", _camera('"\\uFFFF"'), "Unicode noncharacter U+FFFF (at character 1", 9),
    Case("fdd0_escape.yaml", _camera('"Cam\\uFDD0"'), "Unicode noncharacter U+FDD0", 9),
    Case("fdef_raw.yaml", _camera("Cam\ufdef"), "Unicode noncharacter U+FDEF", 9),
    Case("plane1_raw.yaml", _camera("Cam\U0001fffe"), "Unicode noncharacter U+1FFFE", 9),
    Case("plane16_escape.yaml", _camera('"Cam\\U0010FFFF"'), "Unicode noncharacter U+10FFFF", 9),
    Case("fffe_raw.yaml", _camera("Cam\ufffe"), "character U+FFFE is not allowed in YAML", 9),
    Case("vt_escape.yaml", _camera('"Cam\\vera"'), "control character U+000B", 9),
    Case("fffe.json", _json_camera('"Cam\\ufffe"'), "Unicode noncharacter U+FFFE", 1),
    Case("fdd0_raw.json", _json_camera('"Cam\ufdd0"'), "Unicode noncharacter U+FDD0", 1),
    Case("plane2.json", _json_camera('"\\ud87f\\udfff"'), "Unicode noncharacter U+2FFFF", 1),
    Case(
        "fffe.py",
        _yaml(_PY_HEAD + "model = Model(id='m', title='M\\ufffe', vocabulary='smart-city-stack')\n"),
        "Unicode noncharacter U+FFFE",
        2,
    ),
    Case(
        "nul.py",
        _yaml(_PY_HEAD + "model = Model(id='m', title='M\\x00', vocabulary='smart-city-stack')\n"),
        "U+0000",
        2,
    ),
    Case("raw_nul.py", _yaml(_PY_HEAD + "model = Model(id='m', title='M\x00', vocabulary='x')\n"), "null bytes"),
    Case(
        "surrogate.py",
        _yaml(_PY_HEAD + "model = Model(id='m', title='\\ud800', vocabulary='x')\n"),
        "lone surrogate",
        2,
    ),
    # sizes
    Case("long_name.yaml", _camera("x" * 161), "at most 160 characters", 9),
    Case("long_id.yaml", _yaml(BASE_YAML.replace("id: mini", "id: m" + "i" * 80)), "id must be a letter", 1),
    Case(
        "too_many.yaml", _yaml("id: m\ntitle: M\nvocabulary: smart-city-stack\nelements:\n" + _ITEMS), "at most 2000", 5
    ),
    Case("huge.yaml", _yaml("# " + "x" * (2 * 1024 * 1024) + "\n" + BASE_YAML), "model files may be at most"),
    Case("huge_number.yaml", _fact("1" + "0" * 5000), "number longer than 100 characters", 23),
    Case("huge_number.json", _yaml('{"id": "m", "x": 1' + "0" * 5000 + "}"), "number longer than 100 characters", 1),
    # URLs
    Case("url_javascript.yaml", _url("javascript:alert(1)"), "URL scheme 'javascript' is not allowed", 10),
    Case("url_data.yaml", _url("data:text/html,<script>alert(1)</script>"), "URL scheme 'data' is not allowed", 10),
    Case("url_vbscript.yaml", _url("vbscript:msgbox(1)"), "URL scheme 'vbscript' is not allowed", 10),
    Case("url_file.yaml", _url("file:///etc/passwd"), "URL scheme 'file' is not allowed", 10),
    Case("url_leading_space.yaml", _url(" javascript:alert(1)"), "may not contain white space", 10),
    Case("url_mixed_case.yaml", _url("JaVaScRiPt:alert(1)"), "URL scheme 'JaVaScRiPt' is not allowed", 10),
    Case("url_tab.yaml", _url("java\tscript:alert(1)"), "may not contain white space", 10),
    Case("url_numeric_entity.yaml", _url("javascript&#58;alert(1)"), "character references", 10),
    Case("url_named_entity.yaml", _url("javascript&colon;alert(1)"), "character references", 10),
    Case("url_backslash.yaml", _url("/\\evil.example"), "backslashes are not allowed", 10),
    Case("url_scheme_relative.yaml", _url("//evil.example"), "scheme-relative", 10),
    # hostile YAML
    Case("alias.yaml", _yaml(BASE_YAML.replace("title: Mini stack", "title: &t Mini\ndescription: *t")), "aliases", 3),
    Case("bomb.yaml", _yaml('a: &a ["x","x","x"]\nb: &b [*a,*a,*a]\nc: &c [*b,*b,*b]\n'), "aliases", 2),
    Case("duplicate_key.yaml", _yaml(BASE_YAML.replace("title: Mini stack", "title: A\ntitle: B")), "duplicate key", 3),
    Case("two_documents.yaml", _yaml(BASE_YAML + "---\nid: other\n"), "exactly one YAML document", 20),
    Case("deep_flow.yaml", _yaml("id: " + "[" * 10000 + "]" * 10000 + "\n"), "nesting deeper than 64", 1),
    Case("deep_block.yaml", _yaml("".join("  " * i + "a:\n" for i in range(100)) + "  " * 100 + "b\n"), "nesting", 65),
    Case("deep.json", _yaml("[" * 10000 + "]" * 10000), "nesting deeper than 64", 1),
    Case("nan.yaml", _fact(".nan"), "NaN and infinities are not allowed", 23),
    Case("inf.yaml", _fact("-.inf"), "NaN and infinities are not allowed", 23),
    Case("overflow.yaml", _fact("1e999"), "finite number", 23),
    Case("nan.json", _yaml('{"id": "m", "x": NaN}'), "NaN and infinities are not allowed", 1),
    Case("inf.json", _yaml('{"id": "m", "x": -Infinity}'), "NaN and infinities are not allowed", 1),
    Case("python_tag.yaml", _yaml("!!python/object/apply:os.system ['true']\n"), "tag !!python/object/apply", 1),
    Case(
        "python_tag_value.yaml",
        _yaml(BASE_YAML.replace("title: Mini stack", "title: !!python/name:os.system")),
        "tag",
        2,
    ),
    Case("binary_tag.yaml", _yaml(BASE_YAML.replace("title: Mini stack", "title: !!binary aGVsbG8=")), "!!binary", 2),
    Case("local_tag.yaml", _yaml(BASE_YAML.replace("title: Mini stack", "title: !mine x")), "tag !mine", 2),
    Case("merge_key.yaml", _yaml(BASE_YAML.replace("title: Mini stack", "title: M\n<<: {description: x}")), "merge", 3),
    Case("number_key.yaml", _yaml(BASE_YAML.replace("title: Mini stack", "title: M\n1: x")), "keys must be text", 3),
    # not text, not a mapping, nothing at all
    Case("binary.yaml", bytes(range(256)) * 4, "not UTF-8 text"),
    Case("latin1.yaml", BASE_YAML.replace("Mini stack", "Mini stäck").encode("latin-1"), "not UTF-8 text", 2),
    Case("utf16.json", json.dumps(BASE_JSON).encode("utf-16"), "not UTF-8 text", 1),
    Case("latin1.py", (_PY_HEAD + "model = Model(id='m', title='Mä', vocabulary='x')\n").encode("latin-1"), "UTF-8"),
    Case("empty.yaml", b"", "the file is empty", 1),
    Case("comment_only.yaml", b"# nothing here\n", "the file is empty", 1),
    Case("empty.json", b"", "unexpected end of file", 1),
    Case("empty.py", b"", "must set `model = Model(...)`"),
    Case("list.json", b"[1, 2, 3]", "holds one mapping (id, title, vocabulary, ...), not a list", 1),
    Case("list.yaml", b"- a\n- b\n", "not a list", 1),
    Case("scalar.json", b'"model"', "holds one mapping", 1),
    Case("null.yaml", b"null\n", "not null", 1),
    Case("trailing_comma.json", b'{"id": "m",}', "expected a quoted key", 1),
    Case("not_a_model.txt", _yaml(BASE_YAML), "not a model file"),
    # Python model files that misbehave
    Case("syntax.py", b"model = (\n", "syntax error", 1),
    Case("raises.py", b"x = 1\nraise RuntimeError('boom')\n", "RuntimeError: boom", 2),
    Case("exits.py", b"import sys\nsys.exit(0)\n", "may not exit", 2),
    Case("base_exception.py", b"class Odd(BaseException):\n    pass\nraise Odd('x')\n", "Odd: x", 3),
    Case("generator_exit.py", b"raise GeneratorExit\n", "GeneratorExit", 1),
    Case("bad_str.py", b"class E(Exception):\n    def __str__(self):\n        raise ValueError\nraise E\n", "E: ", 4),
    Case("recursion.py", b"def f():\n    return f()\nf()\n", "RecursionError", 2),
    Case("no_model.py", b"x = 1\n", "must set `model = Model(...)`"),
)


def _run(*args: str, cwd: Path, as_reader: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m citystack ARGS``; ``as_reader``: without root's right to read every file."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CITYSTACK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "citystack", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
        preexec_fn=_without_root_reading if as_reader and os.geteuid() == 0 else None,
    )


@pytest.fixture(scope="module")
def together(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """``citystack check`` over every hostile file at once: each file's problems, line by line."""
    folder = tmp_path_factory.mktemp("hostile")
    for case in CASES:
        (folder / case.name).write_bytes(case.data)
    return _run("check", *(case.name for case in CASES), cwd=folder)


def _assert_clean_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "internal error" not in result.stderr
    assert result.stdout == ""


def test_hostile_files_together_fail_cleanly(together: subprocess.CompletedProcess[str]) -> None:
    _assert_clean_failure(together)
    named = {line.split(":", 1)[0] for line in together.stderr.splitlines()}
    assert named == {case.name for case in CASES}  # every file reported, and nothing else


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_bad_file_gets_a_located_message(case: Case, together: subprocess.CompletedProcess[str]) -> None:
    lines = [line for line in together.stderr.splitlines() if line.startswith(f"{case.name}:")]
    assert any(case.message in line for line in lines), lines
    if case.line is not None:
        assert lines[0].startswith(f"{case.name}:{case.line}:"), lines


#: One file of each kind of trouble, run alone: the exit code and silence on stdout are its own.
ALONE = (
    "nul_escape.yaml",
    "raw_ctrl.json",
    "surrogate.py",
    "too_many.yaml",
    "url_javascript.yaml",
    "bomb.yaml",
    "deep.json",
    "python_tag.yaml",
    "binary.yaml",
    "list.json",
    "empty.yaml",
    "exits.py",
    "base_exception.py",
)


@pytest.mark.parametrize("name", ALONE)
def test_bad_file_alone_exits_2_without_traceback(tmp_path: Path, name: str) -> None:
    case = next(case for case in CASES if case.name == name)
    (tmp_path / name).write_bytes(case.data)
    result = _run("export", name, cwd=tmp_path)
    _assert_clean_failure(result)
    assert result.stderr.startswith(f"{name}:") and case.message in result.stderr


@pytest.mark.parametrize(
    ("label", "line_in_dot"),
    [
        ('"\\" \\\\ ] ; { } < > & Ünïcødé 漢字 🚦"', None),
        ('"two\\nlines"', None),
    ],
)
def test_awkward_labels_load_and_check_cleanly(tmp_path: Path, label: str, line_in_dot: None) -> None:
    (tmp_path / "m.yaml").write_text(BASE_YAML.replace("  name: Camera\n", f"  name: {label}\n"), "utf-8")
    result = _run("check", "m.yaml", "--format", "json", "--ignore", "EVD", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["models"][0]["id"] == "mini"
    exported = _run("export", "m.yaml", "--format", "json", cwd=tmp_path)
    name = json.loads(exported.stdout)["elements"][0]["name"]
    assert name == json.loads(label)


@pytest.mark.parametrize("command", ["check", "export", "render", "list", "build"])
@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_paths_that_are_not_model_files(tmp_path: Path, command: str, kind: str) -> None:
    target = tmp_path / ("nowhere.yaml" if kind == "missing" else "folder.yaml")
    if kind == "folder":
        target.mkdir()
    args = {
        "check": ["check", target.name],
        "export": ["export", target.name],
        "render": ["render", target.name, "--format", "dot"],
        "list": ["list", "--models", target.name],
        "build": ["build", "--models", target.name, "--out", "out"],
    }[command]
    result = _run(*args, cwd=tmp_path)
    if command in {"check", "list"} and kind == "folder":
        # a folder is a place to look for models: an empty one is fine, with a note
        assert result.returncode == 0 and "no model files under folder.yaml" in result.stderr
        return
    if command == "build" and kind == "folder":
        # an empty gallery would replace the real one: building nothing is refused
        assert result.returncode == 2 and "no model files under folder.yaml" in result.stderr
        assert not (tmp_path / "out").exists()
        return
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "folder.yaml" in result.stderr or "nowhere.yaml" in result.stderr
    assert ("no such file" in result.stderr) if kind == "missing" else result.stderr.strip()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["check", "m.yaml", "--format", "xml"], "'xml' is not one of"),
        (["export", "m.yaml", "--format", "xml"], "'xml' is not one of"),
        (["render", "m.yaml", "--format", "xml"], "unknown format 'xml'"),
        (["build", "--models", ".", "--format", "xml"], "unknown format 'xml'"),
        (["check", "m.yaml", "--select", "NOPE"], "'NOPE' is not a rule code"),
        (["rules", "NOPE"], "NOPE"),
    ],
)
def test_unknown_option_values_are_usage_errors(tmp_path: Path, command: list[str], message: str) -> None:
    (tmp_path / "m.yaml").write_text(BASE_YAML, "utf-8")
    result = _run(*command, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_check_output_into_a_missing_folder_or_onto_a_folder(tmp_path: Path) -> None:
    (tmp_path / "m.yaml").write_text(BASE_YAML, "utf-8")
    (tmp_path / "taken").mkdir()
    missing = _run("check", "m.yaml", "-o", "absent/report.txt", cwd=tmp_path)
    assert missing.returncode == 2 and "-o: folder absent does not exist" in missing.stderr
    onto = _run("check", "m.yaml", "-o", "taken", cwd=tmp_path)
    assert onto.returncode == 2 and "-o: taken is a folder" in onto.stderr
    assert not (tmp_path / "absent").exists() and list((tmp_path / "taken").iterdir()) == []


def test_a_bad_model_leaves_an_earlier_report_untouched(tmp_path: Path) -> None:
    (tmp_path / "m.yaml").write_text(BASE_YAML, "utf-8")
    first = _run("check", "m.yaml", "--format", "json", "--ignore", "EVD", "-o", "report.json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = (tmp_path / "report.json").read_bytes()
    (tmp_path / "m.yaml").write_text(BASE_YAML.replace("layer: sensing", "layer: nowhere"), "utf-8")
    second = _run("check", "m.yaml", "--format", "json", "--ignore", "EVD", "-o", "report.json", cwd=tmp_path)
    assert second.returncode == 2 and "m.yaml:11:10: elements.0.layer: unknown layer 'nowhere'" in second.stderr
    assert (tmp_path / "report.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.yaml", "report.json"]  # no temporary left


def _without_root_reading() -> None:
    """In the child: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so even root obeys file modes."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # PR_CAPBSET_DROP = 24: they are gone once the interpreter is exec'd
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.mark.parametrize("command", ["check", "export"])
@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_file_one_may_not_read_is_reported(tmp_path: Path, command: str, locked: str) -> None:
    folder = tmp_path / "private"
    folder.mkdir()
    target = folder / "m.yaml"
    target.write_text(BASE_YAML, "utf-8")
    (target if locked == "file" else folder).chmod(0)
    try:
        result = _run(command, "private/m.yaml", cwd=tmp_path, as_reader=True)
    finally:
        folder.chmod(0o700)
        target.chmod(0o600)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "private/m.yaml" in result.stderr
    assert "not readable" in result.stderr or "Permission denied" in result.stderr
