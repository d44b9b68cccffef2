"""The gallery (output/README.md): every figure once, in a stable order, with its image, files and snippets."""

from __future__ import annotations

import itertools
import re

import pytest
from markdown_it import MarkdownIt

from citystack.render.scene import FigureRecord
from citystack.report import gallery_markdown, snippet_html, snippet_latex, snippet_markdown
from citystack.report.gallery import heading_anchor

HOSTILE = 'Evil ```` <script>alert("x")</script> [link](javascript:x) & *b*'


@pytest.fixture(scope="session")
def records(make_record) -> list[FigureRecord]:
    """Four figures: the paper's 1, 2 and 10 (to test natural order) and one without a figure label."""
    return [
        make_record("western-all", model_id="western", view_id="all", title="Western stack", figure=None),
        make_record("paper-fig10", figure="Figure 10", title="Ten"),
        make_record("paper-fig2-main", figure="Figure 2", title="Smart City Demand and Supply", caption=HOSTILE),
        make_record("paper-fig1-main"),
    ]


def _tokens(text: str):
    return MarkdownIt("commonmark").parse(text)


def _headings(text: str) -> list[str]:
    tokens = _tokens(text)
    return [tokens[i + 1].content for i, tok in enumerate(tokens) if tok.type == "heading_open" and tok.tag == "h2"]


def test_every_figure_once_in_natural_order(records) -> None:
    text = gallery_markdown(records)
    assert _headings(text) == [
        "Contents",
        "Figure 1: Integrated Smart City Management",
        "Figure 2: Smart City Demand and Supply",
        "Figure 10: Ten",
        "Western stack",
    ]


def test_order_of_input_does_not_matter_and_output_is_stable(records) -> None:
    texts = {gallery_markdown(list(order)) for order in itertools.permutations(records)}
    assert len(texts) == 1
    assert gallery_markdown(records) == gallery_markdown(records)


def test_each_figure_shows_image_caption_alt_sources_files_and_notes(records) -> None:
    text = gallery_markdown(records)
    for record in records:
        assert text.count(f"![{record.alt_text}]({record.figure_id}.svg)") == 2  # the gallery and its snippet
        assert f"**Alt text:** {record.alt_text}" in text
        fid = record.figure_id
        assert f"**Files:** [SVG]({fid}.svg) · [PNG]({fid}.png) · [PDF]({fid}.pdf) · [DOT]({fid}.dot)" in text
    assert text.count("- Kazuki Ichida, “Geopolitical Challenges of Chinese Smart Cities”") == len(records)
    assert text.count("- 144 contracts since 2009") == len(records)
    assert "**Model:** western · **View:** all" in text


def test_snippets_are_fenced_verbatim_even_with_backticks(records) -> None:
    text = gallery_markdown(records, snippet_base="figures/")
    fences = [tok for tok in _tokens(text) if tok.type == "fence"]
    expected = []
    for record in sorted(
        records, key=lambda r: ["paper-fig1-main", "paper-fig2-main", "paper-fig10", "western-all"].index(r.figure_id)
    ):
        expected += [
            ("markdown", snippet_markdown(record, base="figures/")),
            ("latex", snippet_latex(record, base="figures/")),
            ("html", snippet_html(record, base="figures/")),
        ]
    assert [(tok.info, tok.content) for tok in fences] == expected
    assert "`````html" in text  # longer than the four backticks in the hostile caption


def test_hostile_caption_stays_text(records, parse_html) -> None:
    html = MarkdownIt("commonmark").render(gallery_markdown(records))
    parsed = parse_html(html)
    assert "script" not in {tag for tag, _ in parsed.tags}
    hrefs = [attrs.get("href") or "" for tag, attrs in parsed.tags if tag == "a"]
    assert not any(href.startswith("javascript") for href in hrefs)
    assert HOSTILE in "".join(parsed.by_tag["p"])


def test_links_are_relative_and_contents_anchors_match_headings(records, parse_html) -> None:
    text = gallery_markdown(records)
    parsed = parse_html(MarkdownIt("commonmark").render(text))
    hrefs = [attrs["href"] or "" for tag, attrs in parsed.tags if tag == "a"]
    srcs = [attrs["src"] or "" for tag, attrs in parsed.tags if tag == "img"]
    for url in hrefs + srcs:
        assert not url.startswith(("/", "file:")), url
        assert not re.match(r"[A-Za-z]:", url), url
    anchors = [href[1:] for href in hrefs if href.startswith("#")]
    assert anchors == [
        "figure-1-integrated-smart-city-management",
        "figure-2-smart-city-demand-and-supply",
        "figure-10-ten",
        "western-stack",
    ]


def test_intro_says_what_the_figures_are(records) -> None:
    text = gallery_markdown(records, title="Figures")
    assert text.startswith("# Figures\n")
    flat = " ".join(text.split())
    for phrase in (
        "reconstructions from the text",
        "Ichida",
        "`make figures`",
        "SVG is the master",
        "`print`",
        "`dark`",
    ):
        assert phrase in flat
    assert text.endswith("```\n") and not text.endswith("\n\n")


def test_no_machine_paths_or_dates(records) -> None:
    text = gallery_markdown(records)
    assert not re.search(r"/(work|tmp|root|home)/", text)
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)


def test_empty_gallery_and_duplicate_ids(make_record) -> None:
    assert "No figures have been built yet." in gallery_markdown([])
    with pytest.raises(ValueError, match="two figures have the id 'x'"):
        gallery_markdown([make_record("x"), make_record("x", figure="Figure 9")])


@pytest.mark.parametrize(
    ("headings", "anchors"),
    [
        (["Figure 1: Integrated Smart City Management"], ["figure-1-integrated-smart-city-management"]),
        (["A & B (c)", "A & B (c)"], ["a--b-c", "a--b-c-1"]),
        (["Ürümqi: 天山 cloud"], ["ürümqi-天山-cloud"]),
    ],
)
def test_heading_anchor_follows_github(headings: list[str], anchors: list[str]) -> None:
    taken: dict[str, int] = {}
    assert [heading_anchor(h, taken) for h in headings] == anchors


def test_a_figure_called_contents_gets_its_own_anchor(make_record) -> None:
    text = gallery_markdown([make_record("c", title="Contents", figure=None)])
    assert "- [Contents](#contents-1)" in text
