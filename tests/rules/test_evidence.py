"""EVD001-EVD008: every item cited, every citation well-formed, every quote found in its source."""

from __future__ import annotations

from pathlib import Path

from citystack.rules import read_source_texts

EV = "evidence: [{source: paper, quote: q}]"
SPARE = "{id: spare, name: Spare, kind: plate_camera, layer: sensing"
LOOP = "{source: fibre, target: fibre, kind: transmits"
CONTESTED = "{source: paper, status: contested, quote: q, competing: [other]}"
FACT = "{id: deals, label: D, value: 1, unit: u"
EXPORTS = "{id: exports, label: E, value: 48, unit: countries"

# The quotes of clean_stack.yaml, as a source text would hold them: line breaks, typographic
# quotes and dashes, footnote superscripts, emphasis.
PAPER_TEXT = (
    "Here residents live here and roads and lights. The cameras\nwatch streets; the fibre was laid.¹⁰\n"
    "Cameras watch residents, cameras watch roads, cameras send over fibre; fibre brings data fusion. "
    "It does *data fusion* and fusion predicts activities; it manages police and traffic. "
    "Prediction guides police and traffic; police stop residents; traffic lights close roads. Police report to "
    "the centre; the centre runs police and traffic. The centre operates. The supplier sells cameras. "
    "Those who operate it use the supplier\u2019s closed nets \u2014 ten cameras."
)


def sources_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_EVD001_passes_when_everything_is_cited(kit):
    assert kit.run(kit.stack, "EVD001") == []


def test_EVD001_reports_an_uncited_element_relation_and_boundary(kit):
    text = kit.variant(
        kit.stack,
        add={
            "elements:": ["  - {id: spare, name: Spare, kind: plate_camera, layer: sensing}  # <-"],
            "relations:": ["  - {source: spare, target: fibre, kind: transmits}  # <-"],
            "boundaries:": ["  - {id: town, name: Town, kind: city, members: [spare]}  # <-"],
        },
    )
    found = [(f.item, f.line) for f in kit.run(text, "EVD001")]
    assert found == list(zip(["spare", "spare.transmits.fibre", "town"], kit.marked(text), strict=True))


def test_EVD002_passes_when_asserted_evidence_quotes(kit):
    assert kit.run(kit.stack, "EVD002") == []


def test_EVD002_reports_asserted_evidence_without_a_quote(kit):
    text = kit.variant(
        kit.stack,
        add={"elements:": [f"  - {SPARE}, evidence: [{{source: paper, locator: p. 3}}]}}  # <-"]},
    )
    finding = kit.only(text, "EVD002")
    assert (finding.item, finding.line) == ("spare", kit.marked(text)[0])
    assert "source 'paper'" in finding.message


def test_EVD002_reports_hedged_evidence_without_a_quote(kit):
    text = kit.variant(
        kit.stack,
        add={"elements:": [f"  - {SPARE}, evidence: [{{source: paper, status: hedged, locator: p. 3}}]}}  # <-"]},
    )
    finding = kit.only(text, "EVD002")
    assert (finding.item, finding.line) == ("spare", kit.marked(text)[0])
    assert finding.message.startswith("hedged evidence 1 of element 'spare'")


def test_EVD003_passes_when_inferences_give_reasons(kit):
    assert kit.run(kit.causal, "EVD003") == []  # its feedback relation is inferred, with a reason


def test_EVD003_reports_an_inference_without_a_reason(kit):
    text = kit.variant(
        kit.stack,
        add={"relations:": [f"  - {LOOP}, evidence: [{{source: paper, status: inferred}}]}}  # <-"]},
    )
    finding = kit.only(text, "EVD003")
    assert (finding.item, finding.line) == ("fibre.transmits.fibre", kit.marked(text)[0])


def test_EVD004_passes_when_contested_evidence_names_its_competitor(kit):
    text = kit.variant(
        kit.stack,
        add={"relations:": [f"  - {LOOP}, evidence: [{CONTESTED}]}}"]},
    )
    assert kit.run(text, "EVD004") == []


def test_EVD004_reports_contested_evidence_whose_only_competitor_is_itself(kit):
    text = kit.variant(
        kit.stack,
        add={
            "relations:": [
                f"  - {LOOP}, evidence: [{{source: paper, quote: q}}, {CONTESTED.replace('other', 'paper')}]}}  # <-"
            ]
        },
    )
    finding = kit.only(text, "EVD004")
    assert (finding.item, finding.line) == ("fibre.transmits.fibre", kit.marked(text)[0])
    assert "contested evidence 2" in finding.message


def test_EVD005_passes_when_facts_and_claims_are_cited(kit):
    assert kit.run(kit.stack, "EVD005") == []


def test_EVD005_reports_an_uncited_fact_and_claim(kit):
    text = kit.variant(
        kit.stack,
        add={
            "facts:": ["  - {id: deals, label: Deals, value: 144, unit: contracts}  # <-"],
            "claims:": ["  - {id: bare, statement: S., kind: reaches, subject: camera, objects: [fibre]}  # <-"],
        },
    )
    found = [(f.item, f.line) for f in kit.run(text, "EVD005")]
    assert found == list(zip(["deals", "bare"], kit.marked(text), strict=True))


def test_EVD006_passes_when_every_quote_is_in_the_text(kit, tmp_path):
    folder = sources_dir(tmp_path, {"paper-a-long-title.txt": PAPER_TEXT})
    assert kit.run(kit.stack, "EVD006,EVD007", sources=read_source_texts(folder)) == []


def test_EVD006_is_silent_without_sources(kit):
    text = kit.variant(kit.stack, add={"facts:": [f"  - {FACT}, evidence: [{{source: paper, quote: not there}}]}}"]})
    assert kit.run(text, "EVD006") == []


def test_EVD006_reports_a_quote_missing_from_its_source(kit, tmp_path):
    folder = sources_dir(tmp_path, {"paper.txt": PAPER_TEXT})
    text = kit.variant(
        kit.stack,
        add={"facts:": [f"  - {FACT}, evidence: [{{source: paper, quote: cameras watch every street}}]}}  # <-"]},
    )
    finding = kit.only(text, "EVD006", sources=read_source_texts(folder))
    assert (finding.item, finding.line) == ("deals", kit.marked(text)[0])
    assert "'cameras watch every street'" in finding.message


def test_EVD007_passes_when_each_quoted_source_has_a_text(kit, tmp_path):
    folder = sources_dir(tmp_path, {"paper.txt": PAPER_TEXT})
    assert kit.run(kit.stack, "EVD007", sources=read_source_texts(folder)) == []


def test_EVD007_reports_a_quoted_source_without_a_text(kit, tmp_path):
    folder = sources_dir(tmp_path, {"papers-other.txt": PAPER_TEXT})  # "papers" is not "paper-"
    finding = kit.only(kit.stack, "EVD007", sources=read_source_texts(folder))
    assert finding.item == "paper" and finding.severity.value == "info"
    assert finding.line == 7  # the source's declaration
    assert kit.run(kit.stack, "EVD006", sources=read_source_texts(folder)) == []


def test_EVD008_passes_when_a_contested_fact_gives_the_other_value(kit):
    text = kit.variant(
        kit.stack,
        add={"facts:": [f"  - {EXPORTS}, alternatives: [{{value: 57, source: other}}], evidence: [{CONTESTED}]}}"]},
    )
    assert kit.run(text, "EVD008") == []


def test_EVD008_reports_a_contested_fact_without_alternatives(kit):
    text = kit.variant(
        kit.stack,
        add={"facts:": [f"  - {EXPORTS}, evidence: [{CONTESTED}]}}  # <-"]},
    )
    finding = kit.only(text, "EVD008")
    assert (finding.item, finding.line) == ("exports", kit.marked(text)[0])


def test_evidence_lines_in_a_python_model(kit):
    source = """\
from citystack import Element, Evidence, Model, Source

model = Model(
    id="py",
    title="Python",
    vocabulary="smart-city-stack",
    sources=(Source(id="paper", title="P"),),
    elements=(
        Element(id="camera", name="Camera", kind="cctv_camera", layer="sensing"),
        Element(
            id="fibre",
            name="Fibre",
            kind="fibre",
            layer="network",
            evidence=(Evidence(source="paper", status="inferred"),),
        ),
    ),
)
"""
    found = {(f.code, f.item, f.line) for f in kit.run(source, "EVD", name="model.py")}
    assert found == {("EVD001", "camera", 9), ("EVD003", "fibre", 10)}
