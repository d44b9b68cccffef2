"""The side-by-side figure: aligned rows, marked classes, a legend, every theme, literal text, same bytes twice.

The SVG checks every figure passes (title and description, nothing that runs, no machine path,
prefixed ids) run on the comparison figures in tests/render/test_svg.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from citystack import compare, load_model
from citystack.render.comparison import CLASS_WORDS, render_comparison

from .conftest import FIXTURES, REPO

pytestmark = pytest.mark.dot

SVG = "{http://www.w3.org/2000/svg}"
STACKS = REPO / "models" / "stacks"


def _svg(left, right, theme: str = "default") -> bytes:
    a, b = load_model(left).model, load_model(right).model
    return render_comparison(compare(a, b), a, b, ["svg"], theme=theme).outputs["svg"]


def _texts(svg: bytes) -> str:
    return " ".join(el.text or "" for el in ET.fromstring(svg).iter(f"{SVG}text"))


def test_matched_elements_share_a_row_and_absent_ones_leave_a_dash() -> None:
    svg = _svg(FIXTURES / "alpha.yaml", FIXTURES / "beta.yaml")
    ids = {el.get("id") for el in ET.fromstring(svg).iter() if el.get("id")}
    # seven matches, four only in alpha, five only in beta: one row each, with one middle cell
    rows = {i for i in ids if re.fullmatch(r"compare-alpha-vs-beta-a_row-\w+-\d+-marks", i)}
    assert len(rows) == 7 + 4 + 5
    # the matched camera pair sits on one row: both its cells carry that row's id
    assert {"compare-alpha-vs-beta-a_row-sensing-0-a", "compare-alpha-vs-beta-a_row-sensing-0-b"} <= ids
    text = _texts(svg)
    assert text.count("—") >= 4 + 5
    for word in ("Surveillance cameras", "Street cameras", "Data fusion", "Urban data platform"):
        assert word in text


def test_every_class_is_marked_and_explained_in_the_legend() -> None:
    text = _texts(_svg(STACKS / "chinese_integrated_stack.py", STACKS / "western_business_first_stack.py"))
    for word in CLASS_WORDS.values():
        assert text.count(word) >= 2, word  # once on a row, once in the legend
    assert "Differs in" in text


@pytest.mark.parametrize("theme", ["default", "print", "colorblind", "dark"])
def test_every_theme_draws_both_titles(theme: str) -> None:
    text = _texts(_svg(STACKS / "chinese_integrated_stack.py", STACKS / "western_business_first_stack.py", theme))
    assert "Chinese integrated" in text and "Western business-first" in text


def test_print_theme_uses_greys_only() -> None:
    svg = _svg(STACKS / "chinese_integrated_stack.py", STACKS / "western_business_first_stack.py", "print").decode()
    colours = {c.lower() for c in re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', svg)}
    assert colours and all(c[1:3] == c[3:5] == c[5:7] for c in colours), colours


def test_hostile_names_are_drawn_literally() -> None:
    hostile = REPO / "tests" / "render" / "models" / "hostile.py"
    svg = _svg(hostile, REPO / "tests" / "fixtures" / "mini_stack.py")
    text = _texts(svg)
    assert "<b>not bold</b> & <script>alert(1)</script>" in text
    assert "Ampersand &amp; entity &#60; kept" in text
    assert b"<script" not in svg


def test_the_same_models_give_the_same_bytes() -> None:
    left, right = STACKS / "chinese_integrated_stack.py", STACKS / "western_business_first_stack.py"
    assert _svg(left, right) == _svg(left, right)


def test_the_build_compares_the_pairs_that_counterparts_name() -> None:
    from citystack.build.comparisons import comparison_pairs
    from citystack.load import load_models

    loaded = load_models([REPO / "models"])
    pairs = [(a.model.id, b.model.id) for a, b in comparison_pairs(loaded)]
    assert pairs == [("chinese-integrated-stack", "western-business-first-stack")]
    stem = "compare-chinese-integrated-stack-vs-western-business-first-stack"
    for suffix in (".svg", ".png", ".pdf", "-print.svg", ".html", ".json", ".md"):
        assert (REPO / "output" / f"{stem}{suffix}").is_file(), suffix
    assert f"({stem}.svg)" in (REPO / "output" / "README.md").read_text(encoding="utf-8")
