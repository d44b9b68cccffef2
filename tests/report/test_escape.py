"""Escaping: Markdown, LaTeX and URLs render back to the exact text, whatever it contains."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citystack.report.escape import (
    Verbatim,
    code_fence,
    collapse_whitespace,
    escape_latex,
    escape_markdown,
    latex_label,
    latex_path,
    markdown_url,
    url_for,
)

# Text a model may hold: anything but control characters and lone surrogates (the model rejects those).
TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=80)
HOSTILE = st.text(st.sampled_from(list("\\`*_[]<>|~$&#%{}^()!-+=.:;\"' \n\t1aé世")), max_size=40)
ANY = st.one_of(TEXT, HOSTILE)


def _paragraph_text(html: str) -> str:
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.tags: list[str] = []
            self.parts: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    assert parser.tags == ["p"], html
    return "".join(parser.parts).strip("\n")


@given(ANY)
def test_markdown_escape_renders_back_to_the_text(render_markdown: Callable[[str], str], text: str) -> None:
    flat = collapse_whitespace(text)
    if not flat:
        return
    assert _paragraph_text(render_markdown(escape_markdown(text))) == flat


@pytest.mark.parametrize(
    "text",
    [
        "# not a heading",
        "> not a quote",
        "- not a list",
        "+ no",
        "1. not a list",
        "12) no",
        "---",
        "***",
        "=",
        "<b>x</b>",
    ],
)
def test_markdown_escape_keeps_block_syntax_out(render_markdown: Callable[[str], str], text: str) -> None:
    assert _paragraph_text(render_markdown(escape_markdown(text))) == text


def test_markdown_escape_returns_verbatim_on_one_line() -> None:
    escaped = escape_markdown("a\n\nb *c*")
    assert isinstance(escaped, Verbatim)
    assert escaped == r"a b \*c\*"


_LATEX_UNESCAPE = {
    r"\textbackslash{}": "\\",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    r"\textless{}": "<",
    r"\textgreater{}": ">",
    r"\textbar{}": "|",
    **{"\\" + ch: ch for ch in "{}#$%&_"},
}
_LATEX_TOKEN = re.compile("|".join(re.escape(k) for k in sorted(_LATEX_UNESCAPE, key=len, reverse=True)) + r"|[\s\S]")


def _latex_unescape(escaped: str) -> str:
    """Read escaped text back, failing on any special character that is not part of an escape."""
    out = []
    for token in _LATEX_TOKEN.findall(escaped):
        if token in _LATEX_UNESCAPE:
            out.append(_LATEX_UNESCAPE[token])
        else:
            assert token not in "\\{}#$%&_~^", f"unescaped {token!r} in {escaped!r}"
            out.append(token)
    return "".join(out)


@given(ANY)
def test_latex_escape_leaves_no_special_and_reads_back(text: str) -> None:
    escaped = escape_latex(text)
    assert _latex_unescape(escaped) == collapse_whitespace(text)
    assert "\n" not in escaped


def test_latex_escape_examples() -> None:
    assert escape_latex("100% of $5 & #1_a ~ ^ \\ {x}") == (
        r"100\% of \$5 \& \#1\_a \textasciitilde{} \textasciicircum{} \textbackslash{} \{x\}"
    )
    assert escape_latex("Ürümqi – 天山") == "Ürümqi – 天山"


@given(st.text(max_size=40), st.text(max_size=40))
def test_url_for_percent_encodes_the_path_only(base: str, path: str) -> None:
    from urllib.parse import unquote

    url = url_for(base, path)
    assert url.startswith(base)
    assert unquote(url[len(base) :]) == path.replace("\\", "/")


def test_markdown_url_encodes_what_ends_a_destination() -> None:
    assert markdown_url("a b(c)<d>\\e.svg") == "a%20b%28c%29%3Cd%3E%5Ce.svg"
    assert markdown_url("https://example.org/figs/x.svg") == "https://example.org/figs/x.svg"


def test_latex_path_and_label_refuse_what_they_cannot_quote() -> None:
    assert latex_path("figures/paper-fig1_main.pdf") == "figures/paper-fig1_main.pdf"
    assert latex_label("paper.fig1-main") == "fig:paper.fig1-main"
    for bad in ("a b.pdf", "x%.pdf", "a#b.pdf", "a{b}.pdf", "a\\b.pdf", ""):
        with pytest.raises(ValueError, match="includegraphics"):
            latex_path(bad)
    with pytest.raises(ValueError, match="label"):
        latex_label("a}b")


@given(st.text(st.sampled_from("`a\n"), max_size=30))
def test_code_fence_is_longer_than_any_backtick_run(content: str) -> None:
    fence = code_fence(content)
    assert len(fence) >= 3
    assert fence not in content
