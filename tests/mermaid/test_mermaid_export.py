"""The Mermaid export parsed and rendered by the real Mermaid (npm, installed by `make setup`) in chromium.

A corpus of hostile and international labels goes through ``mermaid_flowchart``; Mermaid must
parse the result and draw every label exactly as written, with HTML labels and without.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from citystack.render.mermaid import mermaid_flowchart, mermaid_text
from citystack.render.scene import Scene, SceneEdge, SceneGroup, SceneNode

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

MERMAID_JS = Path(__file__).resolve().parent / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"

#: Labels found in the wild breaking Mermaid exports, and names in every script the models use.
CORPUS = (
    "café",
    "100% fibre",
    "naïve façade",
    'the "closed" net',
    "<b>not bold</b>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "a & b &amp; c",
    "#35; is not an entity",
    "#quot; neither",
    "semi;colon",
    "style: fill #f00;",
    "classDef red fill:#f00;",
    "end",
    "subgraph",
    "graph TD",
    "[brackets] (parens) {braces}",
    "pipe | bar",
    "arrow --> here",
    "back\\slash",
    "`backtick` start",
    "%% not a comment",
    "雪亮工程 摄像头",
    "平安城市",
    "スマートシティ 監視カメラ",
    "스마트 시티",
    "مدينة ذكية",
    "רשת סיבים",
    "📷 camera 👨‍👩‍👧",
    "e\u0301 combining",
)


def _scene(labels: tuple[str, ...]) -> Scene:
    nodes = tuple(
        SceneNode(id=f"n{i}", label=label, kind="k", kind_name="K", layer="l", group="g" if i % 3 == 0 else None)
        for i, label in enumerate(labels)
    )
    edges = tuple(
        SceneEdge(id=f"e{i}", source=f"n{i}", target=f"n{i + 1}", kind="k", kind_name="K", label=labels[-1 - i])
        for i in range(len(labels) - 1)
    )
    group = SceneGroup(id="g", label='Boundary: 城市 "A" <net> & co.', kind="city")
    return Scene(
        figure_id="corpus",
        title="Hostile & international <labels>",
        caption="c",
        alt_text="a",
        direction="TB",
        nodes=nodes,
        edges=edges,
        groups=(group,),
    )


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    assert MERMAID_JS.is_file(), f"{MERMAID_JS} is missing: `make setup` installs Mermaid with npm"
    opened = browser.new_page()
    opened.set_content("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>")
    opened.add_script_tag(path=str(MERMAID_JS))
    yield opened
    opened.close()


def _render(page: Page, text: str, html_labels: bool) -> dict[str, object]:
    """Mermaid's parse and render of ``text``: the texts it drew, or the error it raised."""
    script = """async ([text, htmlLabels]) => {
        mermaid.initialize({startOnLoad: false, securityLevel: 'strict', flowchart: {htmlLabels}, htmlLabels});
        try {
            await mermaid.parse(text);
            const {svg} = await mermaid.render('figure' + Math.floor(Math.random() * 1e9), text);
            const holder = document.createElement('div');
            holder.innerHTML = svg;
            const texts = [...holder.querySelectorAll('.nodeLabel, .edgeLabel, .cluster-label, text')]
                .map(el => el.textContent);
            const markup = holder.querySelectorAll('script, img, b').length;
            return {ok: true, texts, markup, svg};
        } catch (error) {
            return {ok: false, error: String(error && error.message || error)};
        }
    }"""
    result: dict[str, object] = page.evaluate(script, [text, html_labels])
    return result


def _plain(label: str) -> bool:
    """A label with nothing Mermaid's SVG labels mangle: no entity code, no ``< > & "``."""
    return mermaid_text(label) == label and not set('<>&"') & set(label)


@pytest.mark.parametrize("html_labels", [True, False], ids=["html-labels", "svg-labels"])
def test_every_label_is_drawn_exactly_as_written(page: Page, html_labels: bool) -> None:
    """With SVG labels Mermaid 12 prints entity codes as written and mangles ``< > &`` (its own
    limitations), so there only labels free of them are held to the letter; with HTML labels (its
    default) every label is."""
    scene = _scene(CORPUS)
    result = _render(page, mermaid_flowchart(scene), html_labels)
    assert result["ok"], result.get("error")
    drawn = "\n".join(str(t) for t in result["texts"])  # type: ignore[union-attr]
    labels = [label for label in (*CORPUS, scene.groups[0].label) if html_labels or _plain(label)]
    assert len(labels) >= 18
    for label in labels:
        assert label in drawn, f"{label!r} is not drawn as written"
    assert result["markup"] == 0  # no label became markup
    if html_labels:
        for leftover in ("#lt;", "#amp;", "#96;", "&#", "#233", "#37"):
            assert leftover not in drawn, f"{leftover!r} leaked into the drawing"


@pytest.mark.parametrize("label", CORPUS)
def test_each_label_alone_parses_and_keeps_its_words(page: Page, label: str) -> None:
    """One node per label, so a failure names the label that broke Mermaid."""
    result = _render(page, mermaid_flowchart(_scene((label, label))), True)
    assert result["ok"], result.get("error")
    texts = [str(t) for t in result["texts"]]  # type: ignore[union-attr]
    assert sum(label in t for t in texts) >= 3, json.dumps(texts, ensure_ascii=False)  # two boxes, one arrow


def test_unicode_is_kept_as_is_in_the_export() -> None:
    text = mermaid_flowchart(_scene(CORPUS))
    for label in ("café", "雪亮工程 摄像头", "مدينة ذكية", "רשת סיבים", "📷 camera 👨‍👩‍👧", "100% fibre"):
        assert f'"{label}"' in text
    assert '"the #quot;closed#quot; net"' in text and '"#lt;b>not bold#lt;/b>"' in text
    assert '"a & b #amp;amp; c"' in text and '"#35;35; is not an entity"' in text and '"Item #3"' not in text
    assert mermaid_text("Item #3 < 4 & 5 > 2") == "Item #3 < 4 & 5 > 2"
