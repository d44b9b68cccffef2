"""Property: a model whose names draw from every Unicode plane loads or is refused with its place,
and every model that loads draws to SVG (well-formed XML), PNG and PDF without error.

Examples are few during development and 500 in CI (``CI=true`` selects the ``ci`` profile);
each renders a model of two elements, so the whole run stays within a few minutes.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from citystack import LoadError, load_model
from citystack.render.pipeline import render_figure

from .conftest import SAID, model_data

settings.register_profile(
    "unicode-dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.register_profile(
    "unicode-ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PROFILE = "unicode-ci" if os.environ.get("CI", "").lower() == "true" else "unicode-dev"

#: One character from each of the 17 planes (any code point, surrogates and all), or a common one.
PLANE = st.integers(min_value=0, max_value=16).flatmap(
    lambda plane: st.integers(min_value=plane * 0x10000, max_value=plane * 0x10000 + 0xFFFF)
)
CHARACTER = st.one_of(PLANE.map(chr), st.sampled_from("aZ 0雪亮ש ר م ذ😀é\u0301\u200d-/"))
NAME = st.text(alphabet=CHARACTER, min_size=1, max_size=30)
LOCATED = re.compile(r"^model\.json:\d+:\d+: \S+: ", re.MULTILINE)


def _write(folder: Path, first: str, second: str) -> Path:
    data = model_data(
        [
            {"id": "a", "name": first, "kind": "cctv_camera", "layer": "sensing", "evidence": SAID},
            {"id": "b", "name": second, "kind": "fibre", "layer": "network", "evidence": SAID},
        ],
        relations=[{"source": "a", "target": "b", "kind": "transmits", "label": second[:10], "evidence": SAID}],
    )
    path = folder / "model.json"
    # surrogates cannot be UTF-8: JSON's \\u escapes carry them, as a hostile file would
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path


@pytest.mark.dot
@settings(settings.get_profile(PROFILE))
@given(first=NAME, second=NAME)
def test_any_names_load_or_are_refused_and_draw_in_every_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, second: str
) -> None:
    path = _write(tmp_path, first, second)
    monkeypatch.chdir(tmp_path)  # messages name the file as given
    try:
        loaded = load_model(Path("model.json"))
    except LoadError as error:
        assert LOCATED.search(str(error)), str(error)
        return
    figure = render_figure(loaded, None, ["svg", "png", "pdf"], dpi=36)
    ET.fromstring(figure.outputs["svg"])  # well-formed XML
    assert figure.outputs["png"].startswith(b"\x89PNG") and figure.outputs["pdf"].startswith(b"%PDF")
    assert path.exists()


REFUSED = {
    "noncharacter": lambda code: 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE,
    "surrogate": lambda code: 0xD800 <= code <= 0xDFFF,
    "control": lambda code: code < 0x20 and code not in (0x09, 0x0A),
    "plane 2": lambda code: 0x20000 <= code <= 0x2FFFF,
    "plane 16": lambda code: code >= 0x100000,
}


@pytest.mark.parametrize("kind", REFUSED)
def test_the_names_reach_every_plane_and_every_refused_kind(kind: str) -> None:
    """The property above is only as good as its names: they reach each kind of character it must meet."""
    found = find(NAME, lambda name: any(REFUSED[kind](ord(ch)) for ch in name), settings=settings(max_examples=5000))
    assert any(REFUSED[kind](ord(ch)) for ch in found)
