"""The shared browser fixture opens a local page, reports console errors and measures layout."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_browser_sees_console_errors_and_page_width(browser, tmp_path: Path) -> None:
    page_file = tmp_path / "page.html"
    page_file.write_text(
        "<!doctype html><meta charset=utf-8><title>城市</title>"
        "<p style='width:2000px'>wide</p><script>console.error('boom')</script>",
        encoding="utf-8",
    )
    page = browser.new_page(viewport={"width": 390, "height": 600})
    messages: list[tuple[str, str]] = []
    page.on("console", lambda message: messages.append((message.type, message.text)))
    page.goto(page_file.as_uri())
    assert page.title() == "城市"
    assert ("error", "boom") in messages
    assert page.evaluate("document.documentElement.scrollWidth") > 390
    page.close()
