"""The HTML report: standalone, no script and a policy forbidding any, all text escaped, opened in Chromium."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from citystack import compare, load_model
from citystack.render.comparison import render_comparison
from citystack.report.comparison import comparison_html

from .conftest import REPO

STACKS = REPO / "models" / "stacks"
HOSTILE = REPO / "tests" / "render" / "models" / "hostile.py"
MINI = REPO / "tests" / "fixtures" / "mini_stack.py"


def _report(left: Path, right: Path) -> str:
    a, b = load_model(left).model, load_model(right).model
    comparison = compare(a, b)
    figure = render_comparison(comparison, a, b, ["svg"])
    return comparison_html(comparison, figure.outputs["svg"], figure.scene.caption)


@pytest.fixture(scope="module")
def shipped_report() -> str:
    return _report(STACKS / "chinese_integrated_stack.py", STACKS / "western_business_first_stack.py")


@pytest.mark.dot
def test_policy_forbids_scripts_and_the_page_has_none(shipped_report: str) -> None:
    assert "script-src 'none'" in shipped_report and "default-src 'none'" in shipped_report
    assert "<script" not in shipped_report.lower()
    assert "<svg" in shipped_report and "<?xml" not in shipped_report


@pytest.mark.dot
def test_every_text_is_escaped() -> None:
    page = _report(HOSTILE, MINI)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>not bold</b>" not in page


@pytest.mark.dot
def test_differences_carry_their_evidence(shipped_report: str) -> None:
    assert "Anyone wanting to collect and access the data will have to seek approval from the Trust" in shipped_report
    assert "Inferred:" in shipped_report


@pytest.mark.dot
@pytest.mark.browser
def test_the_report_opens_in_chromium_without_errors(browser, shipped_report: str, tmp_path: Path) -> None:
    from PIL import Image

    page_file = tmp_path / "report.html"
    page_file.write_text(shipped_report, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    messages: list[tuple[str, str]] = []
    page.on("console", lambda message: messages.append((message.type, message.text)))
    page.on("pageerror", lambda error: messages.append(("error", str(error))))
    page.goto(page_file.as_uri())
    assert [m for m in messages if m[0] == "error"] == []
    text = page.inner_text("body")
    assert "The Chinese integrated smart-city stack (after Ichida 2023, Figure 1)" in text
    assert "The Western business-first smart-city stack (a composite)" in text
    figure = page.locator("figure svg")
    assert figure.count() == 1
    box = figure.bounding_box()
    assert box is not None and box["width"] > 400 and box["height"] > 400
    shot = Image.open(io.BytesIO(figure.screenshot())).convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 20, "the figure is drawn, not blank"
    darkest = min(sum(colour) for _, colour in colours)
    assert darkest < 200, "text is drawn in the figure"
    tooltip = page.locator("figure svg a").first
    assert tooltip.get_attribute("xlink:title") or tooltip.locator("title").count()
    page.close()


@pytest.mark.dot
@pytest.mark.browser
def test_the_policy_stops_a_script_slipped_into_the_page(browser, shipped_report: str, tmp_path: Path) -> None:
    page_file = tmp_path / "tampered.html"
    page_file.write_text(
        shipped_report.replace("</body>", "<script>document.title = 'ran';</script></body>"), encoding="utf-8"
    )
    page = browser.new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(page_file.as_uri())
    assert page.title() != "ran"
    assert any("Content Security Policy" in m for m in messages), messages
    page.close()
