"""Every box, arrow and border of the paper's figures is tied to the paper: a verbatim quote or a stated reason."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from citystack import Evidence, LoadedModel, Status

PAPER_ID = "ichida-2023"
FOOTNOTE_SOURCE = re.compile(r"^fn(\d+)-")


def _items(loaded: LoadedModel) -> Iterator[tuple[str, tuple[Evidence, ...]]]:
    model = loaded.model
    for element in model.elements:
        yield f"element {element.id}", element.evidence
    for relation in model.relations:
        yield f"relation {relation.id}", relation.evidence
    for boundary in model.boundaries:
        yield f"boundary {boundary.id}", boundary.evidence


def _all_evidence(loaded: LoadedModel) -> Iterator[tuple[str, Evidence]]:
    model = loaded.model
    groups = [*_items(loaded)]
    groups += [(f"fact {f.id}", f.evidence) for f in model.facts]
    groups += [(f"claim {c.id}", c.evidence) for c in model.claims]
    for where, evidence in groups:
        for item in evidence:
            yield where, item


def test_every_element_relation_and_boundary_has_evidence(figures: dict[str, LoadedModel]) -> None:
    missing = [
        f"{name}: {where}" for name, loaded in figures.items() for where, evidence in _items(loaded) if not evidence
    ]
    assert not missing, "items without evidence:\n" + "\n".join(missing)


def test_every_quote_is_in_one_paragraph_of_the_paper(
    figures: dict[str, LoadedModel], paper_paragraphs: list[str], fold: Callable[[str], str]
) -> None:
    quotes = [
        (name, where, e.quote) for name, loaded in figures.items() for where, e in _all_evidence(loaded) if e.quote
    ]
    assert len(quotes) > 50  # the models quote the paper throughout; an empty list would prove nothing
    not_found = [
        f"{name}: {where}: {quote!r}"
        for name, where, quote in quotes
        if not any(fold(quote) in paragraph for paragraph in paper_paragraphs)
    ]
    assert not not_found, "quotes not found in any paragraph of the paper:\n" + "\n".join(not_found)


def test_quote_check_rejects_a_quote_that_is_not_there(paper_paragraphs: list[str], fold: Callable[[str], str]) -> None:
    """The check above can fail: an altered quote and one spanning the page break are both rejected."""
    genuine = "Smart cities can achieve closed nets on a city-by-city basis."
    assert any(fold(genuine) in p for p in paper_paragraphs)
    assert not any(fold(genuine.replace("city-by-city", "country-by-country")) in p for p in paper_paragraphs)
    spanning = "Those who operate this system can control everything"
    assert not any(fold(spanning) in p for p in paper_paragraphs)


def test_normalisation_folds_typography(fold: Callable[[str], str]) -> None:
    assert fold("the city’s\n  infrastructure — “closed”¹⁴") == 'the city\'s infrastructure - "closed"'


def test_asserted_evidence_quotes_the_paper(figures: dict[str, LoadedModel]) -> None:
    wrong = [
        f"{name}: {where}"
        for name, loaded in figures.items()
        for where, e in _all_evidence(loaded)
        if e.status in (Status.ASSERTED, Status.CONTESTED) and (e.source != PAPER_ID or not e.quote)
    ]
    assert not wrong, "asserted evidence must quote the paper:\n" + "\n".join(wrong)


def test_every_inferred_item_states_its_reason(figures: dict[str, LoadedModel]) -> None:
    inferred = [
        (f"{name}: {where}", e)
        for name, loaded in figures.items()
        for where, e in _all_evidence(loaded)
        if e.status == Status.INFERRED
    ]
    assert inferred, "the reconstruction infers some arrows; none marked inferred means the marking is lost"
    bare = [where for where, e in inferred if not (e.reason and len(e.reason.strip()) >= 30)]
    assert not bare, "inferred without a reason:\n" + "\n".join(bare)
    # An inference may quote the sentence it rests on; the tooltip then says "Inferred from ...", never
    # presenting the sentence as the paper's support for the link (the quote checks find it in the paper).
    quoted = [e for _, e in inferred if e.quote]
    assert quoted, "inferences that rest on a sentence should quote it"


def test_footnotes_point_to_sources_of_the_model(figures: dict[str, LoadedModel], paper_text: str) -> None:
    """Each footnote an item cites exists in the paper, and the model lists that footnote's publication."""
    for name, loaded in figures.items():
        model = loaded.model
        cited = {e.footnote for _, e in _all_evidence(loaded) if e.footnote is not None}
        listed = {int(m.group(1)) for s in model.sources if (m := FOOTNOTE_SOURCE.match(s.id))}
        for number in cited:
            superscript = str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
            assert superscript in paper_text, f"{name}: footnote {number} is not in the paper"
        # footnote 11 repeats 8 and 13 repeats 5 (op. cit.): their sources carry the first number
        needed = {8 if n == 11 else 5 if n == 13 else n for n in cited}
        assert needed <= listed, f"{name}: footnotes {sorted(needed - listed)} have no source in the model"
        assert model.source(PAPER_ID) is not None


@pytest.mark.parametrize("figure", ["figure1", "figure2", "figure3"])
def test_the_first_view_is_the_figure_reconstructed_with_words_for_every_reader(
    figures: dict[str, LoadedModel], figure: str
) -> None:
    model = figures[figure].model
    view = model.views[0]
    number = figure[-1]
    assert view.id == figure and view.figure == f"Figure {number}"
    assert view.caption.startswith("Reconstructed from the text of Ichida (2023)")
    assert len(view.alt_text) > 300
