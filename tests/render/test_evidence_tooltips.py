"""Pointing at a box or arrow shows the sentence behind it: evidence in each SVG <title>."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from defusedxml import ElementTree

from citystack import Evidence, Source, Status, load_model
from citystack.render.build_scene import evidence_text

REPO = Path(__file__).resolve().parents[2]
SVG_NS = "{http://www.w3.org/2000/svg}"


def test_evidence_text_quotes_asserted_explains_inferred_and_names_rivals() -> None:
    model = load_model(REPO / "tests" / "fixtures" / "mini_stack.py").model
    camera = model.element("camera")
    assert camera is not None
    assert evidence_text(model, "", camera.evidence) == "\u201ccameras watch streets\u201d (A paper)"
    rival = Source(id="rival", title="Rival", authors=("Ann Other", "B. Second"), date="2024-07")
    model = model.model_copy(update={"sources": (*model.sources, rival)})
    evidence = (
        Evidence(source="paper", status=Status.INFERRED, reason="Cameras need a network."),
        Evidence(source="paper", quote="48", locator="p. 2", footnote=5, status=Status.CONTESTED, competing=("rival",)),
    )
    assert evidence_text(model, "What it is.", evidence).splitlines() == [
        "What it is.",
        "Inferred: Cameras need a network.",
        "Contested: \u201c48\u201d (A paper, p. 2, fn 5); see also Other et al. 2024",
    ]


@pytest.mark.dot
def test_every_box_and_arrow_of_figure_1_carries_its_evidence() -> None:
    loaded = load_model(REPO / "models" / "paper" / "figure1.py")
    svg = (REPO / "output" / "figure-1-integrated-smart-city-management.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(svg)
    titles = {
        g.get("id", ""): (g.find(f"{SVG_NS}title").text or "")
        for g in root.iter(f"{SVG_NS}g")
        if g.find(f"{SVG_NS}title") is not None
    }
    view = loaded.model.view("figure1")
    assert view is not None
    shown = set(view.elements)
    items = [
        *(e for e in loaded.model.elements if e.id in shown),
        *(r for r in loaded.model.relations if r.source in shown and r.target in shown),
    ]
    assert len(items) > 30
    for item in items:
        [title] = [t for key, t in titles.items() if re.search(rf"-[ne]-{re.escape(item.id)}$", key)]
        for evidence in item.evidence:
            expected = [evidence.quote] if evidence.status.value != "inferred" else [evidence.reason]
            if evidence.status.value == "inferred" and evidence.quote:
                expected.append(f"Inferred from \u201c{evidence.quote}\u201d")  # what the reading rests on
            for text in expected:
                assert text and text in title, (item.id, title)
