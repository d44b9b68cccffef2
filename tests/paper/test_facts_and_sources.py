"""The paper's numbers are in the models with their units and sources; the contested one shows both sources."""

from __future__ import annotations

import pytest

from citystack import Fact, LoadedModel, Model, Status

LATER = "beraja-2024-project-syndicate"

# (value, unit, footnote) of each number the paper states, found by what its label says.
EXPECTED = {
    "contracts-since-2009": (144, "contracts", 4),
    "fr-ai-export-countries-china": (83, "countries", 5),
    "fr-ai-export-countries-us": (48, "countries", 5),
    "fr-ai-transactions-china": (238, "transactions", 5),
    "fr-ai-transactions-us": (211, "transactions", 5),
    "africa-digital-infrastructure": (70, "%", 8),
    "huawei-surveillance-countries": (22, "countries", 8),
}


def _all_facts(figures: dict[str, LoadedModel]) -> dict[str, tuple[Model, Fact]]:
    return {fact.id: (loaded.model, fact) for loaded in figures.values() for fact in loaded.model.facts}


@pytest.mark.parametrize("fact_id", sorted(EXPECTED))
def test_fact_has_value_unit_and_the_papers_footnote(figures: dict[str, LoadedModel], fact_id: str) -> None:
    facts = _all_facts(figures)
    assert fact_id in facts, f"fact {fact_id} is missing"
    model, fact = facts[fact_id]
    value, unit, footnote = EXPECTED[fact_id]
    assert (fact.value, fact.unit) == (value, unit)
    assert fact.display_value() in (fact.evidence[0].quote or "")
    assert [e.footnote for e in fact.evidence] == [footnote]
    assert fact.about, "a fact must say what it is about"
    assert any(fact.id in view.facts for view in model.views), "the figure must show its facts"
    assert {e.source for e in fact.evidence} <= {s.id for s in model.sources}


def test_the_us_export_count_is_contested_with_both_sources(figures: dict[str, LoadedModel]) -> None:
    model, fact = _all_facts(figures)["fr-ai-export-countries-us"]
    assert fact.value == 48
    assert fact.status == Status.CONTESTED
    (evidence,) = fact.evidence
    assert evidence.source == "ichida-2023"
    assert evidence.competing == (LATER,)
    (alternative,) = fact.alternatives
    assert (alternative.value, alternative.source) == (57, LATER)
    later = model.source(LATER)
    assert later is not None
    assert later.publisher == "Project Syndicate"
    assert "Beraja" in " ".join(later.authors)
    assert later.date is not None
    assert later.date.startswith("2024")


def test_the_other_numbers_are_not_contested(figures: dict[str, LoadedModel]) -> None:
    contested = sorted(fid for fid, (_, fact) in _all_facts(figures).items() if fact.status == Status.CONTESTED)
    assert contested == ["fr-ai-export-countries-us"]


def test_the_paper_is_cited_as_itself(figures: dict[str, LoadedModel]) -> None:
    for loaded in figures.values():
        paper = loaded.model.source("ichida-2023")
        assert paper is not None
        assert paper.title == "Geopolitical Challenges of Chinese Smart Cities"
        assert paper.authors == ("Kazuki Ichida",)
        assert paper.date == "2023-10-31"
        assert paper.publisher is not None
        assert "Issue Briefing No. 44" in paper.publisher


def test_footnote_sources_match_the_papers_footnotes(figures: dict[str, LoadedModel], paper_text: str) -> None:
    """Title, first author and address of each footnote source appear in the paper's footnotes as written."""
    seen = {s.id: s for loaded in figures.values() for s in loaded.model.sources if s.id.startswith("fn")}
    assert {"fn4-kynge-2021", "fn5-beraja-2023", "fn7-chack-2023", "fn8-jili-2022", "fn14-peterson-2021"} <= set(seen)
    flat = " ".join(paper_text.split())
    for source in seen.values():
        assert source.title.split(" (")[0] in flat, f"{source.id}: title not in the paper"
        assert source.authors[0].removesuffix(" et al.") in flat, f"{source.id}: author not in the paper"
        if source.url and source.id != "fn4-kynge-2021":  # fn 4's address is a proxied one split by a page
            assert source.url in flat, f"{source.id}: address not in the paper"
