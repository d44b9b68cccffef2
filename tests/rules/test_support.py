"""EVD009-EVD010: a quote given as support names what it is attached to, and hedged wording is marked hedged."""

from __future__ import annotations

import pytest

from citystack import Element
from citystack.rules.wording import hedge_words, stems, unnamed

FIBRE_LINE = "{source: camera, target: fibre, kind: transmits, evidence: [{source: paper, quote: cameras send over"


def test_EVD009_passes_when_every_quote_names_its_item(kit):
    assert kit.run(kit.stack, "EVD009") == []
    assert kit.run(kit.causal, "EVD009") == []  # "destabilized" is an alias of Destabilisation there


def test_EVD009_reports_a_relation_quote_that_names_one_end(kit):
    quote = "{source: paper, quote: networking and sharing information across multiple cities}"
    line = f"  - {{source: camera, target: fibre, kind: transmits, evidence: [{quote}]}}  # <-"
    text = kit.variant(kit.stack, drop=(FIBRE_LINE,), add={"relations:": [line]})
    finding = kit.only(text, "EVD009")
    assert (finding.item, finding.severity.value) == ("camera.transmits.fibre", "warning")
    assert finding.line == kit.marked(text)[0]
    assert "does not name its source 'camera' (Camera), target 'fibre' (Fibre)" in finding.message
    assert "aliases" in finding.hint and "inferred" in finding.hint


def test_EVD009_reports_an_element_quote_that_does_not_name_it(kit):
    text = kit.variant(
        kit.stack,
        add={"elements:": ["  - {id: lpr, name: Plate reader, kind: plate_camera, layer: sensing, "
                           "evidence: [{source: paper, quote: Conceptually it looks like Figure 1}]}  # <-"]},
    )  # fmt: skip
    finding = kit.only(text, "EVD009")
    assert (finding.item, finding.line) == ("lpr", kit.marked(text)[0])
    assert "does not name its element 'lpr' (Plate reader)" in finding.message


def test_EVD009_accepts_a_declared_alias_and_the_words_of_the_id(kit):
    text = kit.variant(
        kit.stack,
        add={"elements:": [
            "  - {id: lpr, name: Plate reader, kind: plate_camera, layer: sensing, aliases: [license plate recognition"
            " cameras], evidence: [{source: paper, quote: 'License plate recognition cameras'}]}",
            "  - {id: plate_reader, name: LPR, kind: plate_camera, layer: sensing,"
            " evidence: [{source: paper, quote: the city's plate readers}]}",
        ]},
    )  # fmt: skip
    assert kit.run(text, "EVD009") == []


def test_EVD009_leaves_inferred_evidence_that_quotes_what_it_rests_on(kit):
    reading = "{source: paper, status: inferred, quote: multiple cities, reason: the model routes it over fibre}"
    line = f"  - {{source: camera, target: fibre, kind: transmits, evidence: [{reading}]}}"
    text = kit.variant(kit.stack, drop=(FIBRE_LINE,), add={"relations:": [line]})
    assert kit.run(text, "EVD009") == []


def test_EVD010_passes_when_no_asserted_quote_is_hedged(kit):
    assert kit.run(kit.stack, "EVD010") == []


@pytest.mark.parametrize(
    ("quote", "words"),
    [
        ("the supplier may be able to control fibre", "may"),
        ("integrated surveillance over a wider area will be possible", "will be possible"),
        ("are expected to be instrumental and could help", "expected to, could"),
    ],
)
def test_EVD010_reports_an_asserted_quote_worded_as_a_possibility(kit, quote, words):
    evidence = f"evidence: [{{source: paper, quote: {quote}}}]"
    line = f"  - {{source: camera, target: fibre, kind: transmits, {evidence}}}  # <-"
    text = kit.variant(kit.stack, drop=(FIBRE_LINE,), add={"relations:": [line]})
    finding = kit.only(text, "EVD010")
    assert (finding.item, finding.line) == ("camera.transmits.fibre", kit.marked(text)[0])
    assert f"is hedged ({words})" in finding.message
    hedged = text.replace(f"quote: {quote}", f"status: hedged, quote: {quote}")
    assert kit.run(hedged, "EVD010") == []  # marked hedged, it is drawn as hedged: nothing to report


def test_words_are_case_folded_and_stemmed_by_the_library():
    assert stems("The CITIES\u2019 networks") == ["the", "citi", "network"]
    fibre = Element(id="optical_fibre", name="Optical fibre", kind="fibre", layer="network")
    assert unnamed("ZTE and Huawei have laid OPTICAL FIBRES", [fibre]) == []
    assert unnamed("the fibre", [fibre]) == [fibre]  # every content word of a term: "optical" is missing
    assert unnamed("have laid optical fiber", [fibre]) == [fibre]  # the source's spelling is not the name's...
    spelled = fibre.model_copy(update={"aliases": ("optical fiber",)})
    assert unnamed("have laid optical fiber", [spelled]) == []  # ...until it is declared as an alias


def test_hedge_words_are_whole_words():
    assert hedge_words("Cannot, canal, mayor, Mayday") == []
    assert hedge_words("China can meet the demand; it MAY") == ["can", "may"]
    assert hedge_words("authorities will have access; a wider area will be possible") == ["will", "will be possible"]
