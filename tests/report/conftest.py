"""Figure records for the report tests, and small parsers that read snippets back."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

import pytest

from citystack.render.scene import FigureRecord

MakeRecord = Callable[..., FigureRecord]

PAPER = (
    "Kazuki Ichida, “Geopolitical Challenges of Chinese Smart Cities”, HIAS Global Governance Research Center, "
    "Issue Briefing No. 44, 31 October 2023"
)


@pytest.fixture(scope="session")
def make_record() -> MakeRecord:
    """A factory for records of a built figure; keyword arguments override the defaults."""

    def make(figure_id: str = "paper-fig1-main", **overrides: Any) -> FigureRecord:
        values: dict[str, Any] = {
            "figure_id": figure_id,
            "model_id": "paper-fig1",
            "view_id": "main",
            "title": "Integrated Smart City Management",
            "caption": "Reconstructed from the text of Ichida (2023).",
            "alt_text": "Seven stacked layers from the residents up to the operators.",
            "figure": "Figure 1",
            "sources": (PAPER,),
            "notes": ("144 contracts since 2009",),
            "files": {fmt: f"{figure_id}.{fmt}" for fmt in ("svg", "png", "pdf", "dot")},
        }
        values.update(overrides)
        return FigureRecord(**values)

    return make


class Tags(HTMLParser):
    """Collects the start tags (with their unescaped attributes) and the text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.by_tag: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in {"img", "br", "hr"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"img", "br", "hr"}:
            return
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for tag in self.open:
            self.by_tag.setdefault(tag, []).append(data)


@pytest.fixture(scope="session")
def parse_html() -> Callable[[str], Tags]:
    """Parse an HTML fragment; fails on a badly nested end tag."""

    def parse(fragment: str) -> Tags:
        parser = Tags()
        parser.feed(fragment)
        parser.close()
        return parser

    return parse


@pytest.fixture(scope="session")
def render_markdown() -> Callable[[str], str]:
    """Render CommonMark to HTML the way a strict viewer would (markdown-it, CommonMark preset)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    return md.render
