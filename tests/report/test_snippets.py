"""The Markdown, LaTeX and HTML snippets: right structure, hostile text kept as text, files chosen well."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citystack.report import snippet_html, snippet_latex, snippet_markdown
from citystack.report.escape import collapse_whitespace

HOSTILE_ALT = "Boxes ](javascript:alert(1)) [x] (y)\n\n# <script>alert(\"x\")</script> & 'q' \\ *b* `c`"
HOSTILE_CAPTION = "<script>alert(1)</script> \"quoted\" & 'single' ]]> {#} 100% $x$ a_b ~ ^ \\end{figure}"
TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=60).filter(
    lambda s: bool(collapse_whitespace(s))
)


def _markdown_image(html: str, parse_html: Callable[[str], Any]) -> dict[str, str | None]:
    parsed = parse_html(html)
    images = [attrs for tag, attrs in parsed.tags if tag == "img"]
    assert len(images) == 1, html
    assert [tag for tag, _ in parsed.tags].count("script") == 0
    return images[0]


def test_markdown_snippet_structure(make_record, render_markdown, parse_html) -> None:
    record = make_record()
    snippet = snippet_markdown(record, base="figures/")
    first, blank, paragraph = snippet.rstrip("\n").split("\n")
    assert first == "![Seven stacked layers from the residents up to the operators.](figures/paper-fig1-main.svg)"
    assert blank == ""
    assert paragraph.startswith("Reconstructed from the text of Ichida (2023). Source: Kazuki Ichida, “Geopolitical")
    image = _markdown_image(render_markdown(snippet), parse_html)
    assert image["src"] == "figures/paper-fig1-main.svg"


def test_markdown_snippet_keeps_hostile_alt_and_caption_as_text(make_record, render_markdown, parse_html) -> None:
    record = make_record(alt_text=HOSTILE_ALT, caption=HOSTILE_CAPTION, sources=("A <b>source</b> & co",))
    html = render_markdown(snippet_markdown(record))
    image = _markdown_image(html, parse_html)
    assert image["alt"] == collapse_whitespace(HOSTILE_ALT)
    assert image["src"] == "paper-fig1-main.svg"
    parsed = parse_html(html)
    assert [tag for tag, _ in parsed.tags] == ["p", "img", "p"]
    assert collapse_whitespace(HOSTILE_CAPTION) + " Source: A <b>source</b> & co." in "".join(parsed.text)


@given(alt=TEXT)
def test_any_alt_text_survives_the_markdown_image(make_record, render_markdown, parse_html, alt: str) -> None:
    image = _markdown_image(render_markdown(snippet_markdown(make_record(alt_text=alt))), parse_html)
    assert image["alt"] == collapse_whitespace(alt)


def test_markdown_snippet_encodes_awkward_paths(make_record, render_markdown, parse_html) -> None:
    record = make_record(files={"svg": "a b (1).svg"})
    snippet = snippet_markdown(record, base="../out/")
    assert "](../out/a%20b%20%281%29.svg)" in snippet
    assert _markdown_image(render_markdown(snippet), parse_html)["src"] == "../out/a%20b%20%281%29.svg"


def _balanced(text: str) -> bool:
    depth = 0
    for token in re.findall(r"\\[{}]|\\textbackslash\{\}|[{}]|\\.|.", text, flags=re.S):
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def test_latex_snippet_structure(make_record) -> None:
    snippet = snippet_latex(make_record(), base="figures/")
    lines = [line.strip() for line in snippet.splitlines()]
    assert lines[1] == r"\begin{figure}[htbp]"
    assert lines[-1] == r"\end{figure}"
    assert r"\includegraphics[width=\linewidth]{figures/paper-fig1-main.pdf}" in lines
    assert r"\label{fig:paper-fig1-main}" in lines
    (caption,) = [line for line in lines if line.startswith(r"\caption")]
    assert caption == (
        r"\caption[{Reconstructed from the text of Ichida (2023).}]{Reconstructed from the text of Ichida (2023). "
        r"Source: Kazuki Ichida, “Geopolitical Challenges of Chinese Smart Cities”, HIAS Global Governance "
        r"Research Center, Issue Briefing No. 44, 31 October 2023.}"
    )
    assert _balanced(snippet)


def test_latex_snippet_escapes_hostile_caption(make_record) -> None:
    snippet = snippet_latex(make_record(caption=HOSTILE_CAPTION, sources=("50% & more_{x}",)))
    assert _balanced(snippet)
    assert r"\end{figure}" not in snippet.split("\\caption", 1)[1].split("\n")[0]
    assert r"100\% \$x\$ a\_b \textasciitilde{} \textasciicircum{} \textbackslash{}end\{figure\}" in snippet
    assert r"Source: 50\% \& more\_\{x\}." in snippet
    assert snippet.count(r"\end{figure}") == 1


@given(caption=TEXT)
def test_latex_caption_always_balances(make_record, caption: str) -> None:
    snippet = snippet_latex(make_record(caption=caption))
    assert _balanced(snippet)
    assert len(snippet.splitlines()) == 7


def test_latex_snippet_prefers_pdf_then_png(make_record) -> None:
    assert "{paper-fig1-main.pdf}" in snippet_latex(make_record())
    assert "{only.png}" in snippet_latex(make_record(files={"svg": "only.svg", "png": "only.png"}))
    with pytest.raises(ValueError, match="no file in any of: pdf, png"):
        snippet_latex(make_record(files={"svg": "only.svg"}))


def test_html_snippet_structure(make_record, parse_html) -> None:
    record = make_record()
    parsed = parse_html(snippet_html(record, base="https://example.org/figs/"))
    assert [tag for tag, _ in parsed.tags] == ["figure", "img", "figcaption", "small"]
    figure, img = parsed.tags[0][1], parsed.tags[1][1]
    assert figure["id"] == "fig-paper-fig1-main"
    assert img == {
        "src": "https://example.org/figs/paper-fig1-main.svg",
        "alt": record.alt_text,
        "loading": "lazy",
        "decoding": "async",
    }
    caption = "".join(parsed.by_tag["figcaption"])
    assert caption.startswith(record.caption)
    assert "".join(parsed.by_tag["small"]) == f"Source: {record.sources[0]}."
    assert not parsed.open


def test_html_snippet_escapes_hostile_text(make_record, parse_html) -> None:
    record = make_record(alt_text=HOSTILE_ALT, caption=HOSTILE_CAPTION, sources=('"><script>x</script>',))
    snippet = snippet_html(record)
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    parsed = parse_html(snippet)
    assert [tag for tag, _ in parsed.tags] == ["figure", "img", "figcaption", "small"]
    assert parsed.tags[1][1]["alt"] == collapse_whitespace(HOSTILE_ALT)
    assert "".join(parsed.by_tag["figcaption"]).startswith(collapse_whitespace(HOSTILE_CAPTION))


@given(alt=TEXT, caption=TEXT)
def test_any_text_round_trips_through_the_html_snippet(make_record, parse_html, alt: str, caption: str) -> None:
    parsed = parse_html(snippet_html(make_record(alt_text=alt, caption=caption, sources=())))
    assert [tag for tag, _ in parsed.tags] == ["figure", "img", "figcaption"]
    assert parsed.tags[1][1]["alt"] == collapse_whitespace(alt)
    assert "".join(parsed.by_tag["figcaption"]) == collapse_whitespace(caption)


def test_empty_alt_and_caption_fall_back_to_the_title(make_record, parse_html) -> None:
    record = make_record(alt_text=" \n", caption="", sources=())
    parsed = parse_html(snippet_html(record))
    assert parsed.tags[1][1]["alt"] == "Integrated Smart City Management"
    assert snippet_markdown(record).startswith("![Integrated Smart City Management](")


def test_web_snippets_fall_back_to_png_and_refuse_a_figure_without_image(make_record) -> None:
    record = make_record(files={"png": "x.png", "pdf": "x.pdf"})
    assert "(x.png)" in snippet_markdown(record)
    assert 'src="x.png"' in snippet_html(record)
    with pytest.raises(ValueError, match="'paper-fig1-main' has no file"):
        snippet_markdown(make_record(files={"pdf": "x.pdf"}))


def test_several_sources_are_joined(make_record) -> None:
    record = make_record(sources=("One.", "Two"))
    assert snippet_markdown(record).rstrip().endswith("Sources: One.; Two.")
