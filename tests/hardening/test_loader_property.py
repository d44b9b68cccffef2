"""Property: whatever a .yaml or .json file holds, loading it succeeds or raises LoadError, quietly."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citystack import LoadError, load_model

# Fragments that steer random text towards the parsers' corners: YAML indicators, tags, anchors,
# flow collections, numbers past float range, JSON literals, model keys and escapes.
FRAGMENTS = st.sampled_from(
    [
        "id: m\n", "title: T\n", "vocabulary: smart-city-stack\n", "elements:\n", "- ", "  ", ": ", "\n",
        "&a ", "*a", "!!python/object:os.system ", "!!binary ", "!x ", "<<: ", "? ", "---\n", "...\n",
        "[", "]", "{", "}", ",", '"', "'", "\\u0000", "\\ud800", "\\x07", ".nan", "-.inf", "1e999",
        "0x1F", "1_000", "2019-05-01", "null", "true", "NaN", "Infinity", "1" + "0" * 120, "#", "|\n", ">-\n",
        "\ufeff", "\x00", "\x1b", "\t", "\r\n", "\u2028", "\ud800",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
MODEL_KEYS = st.sampled_from(["id", "title", "vocabulary", "elements", "relations", "views", "facts", "boundaries"])
MODELISH = st.dictionaries(MODEL_KEYS, JSONISH, max_size=6)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _load_quietly(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        load_model(path)
    except LoadError as error:
        assert error.problems, "a LoadError carries at least one problem"
        for problem in error.problems:
            assert problem.file.endswith(path.name)
            assert problem.line >= 0 and problem.column >= 0
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@SETTINGS
@given(text=TEXTS)
def test_any_text_loads_or_raises_load_error(suffix: str, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"model{suffix}"
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        _load_quietly(path, capsys)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@SETTINGS
@given(data=MODELISH)
def test_any_model_shaped_data_loads_or_raises_load_error(
    suffix: str, data: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(data) if suffix == ".json" else yaml.safe_dump(data, allow_unicode=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"model{suffix}"
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        _load_quietly(path, capsys)


@SETTINGS
@given(data=st.binary(max_size=200))
def test_any_bytes_load_or_raise_load_error(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.yaml"
        path.write_bytes(data)
        _load_quietly(path, capsys)
