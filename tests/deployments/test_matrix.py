"""The vendor matrix: one data structure, and its CSV, Markdown table and SVG all show the same cells."""

from __future__ import annotations

import csv
import io
import re

import pytest
from defusedxml.ElementTree import fromstring

from citystack import Element, Evidence, Model, Source, View
from citystack.render.matrix import MATRIX_ID, cell_id, render_matrix
from citystack.vendors import EMPTY_MARK, VendorMatrix, matrix_csv, matrix_markdown, vendor_matrix

SVG = "{http://www.w3.org/2000/svg}"


def _csv_cells(matrix: VendorMatrix) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(matrix_csv(matrix))))
    return rows[0], [row[2:] for row in rows[1:]]


def _markdown_cells(matrix: VendorMatrix) -> list[list[str]]:
    lines = [line for line in matrix_markdown(matrix).splitlines()[2:] if line.startswith("|")]
    cells = [[c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines]
    return [["" if c == EMPTY_MARK else c.replace("\\|", "|") for c in row[2:]] for row in cells]


def _svg_cells(matrix: VendorMatrix, svg: bytes) -> list[list[str]]:
    root = fromstring(svg)
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    table = []
    for row in matrix.rows:
        texts = []
        for column in matrix.columns:
            group = groups[f"{MATRIX_ID}-a_{cell_id(row.model_id, column.layer_id)}"]
            lines = [t.text or "" for t in group.iter(f"{SVG}text")]
            texts.append("" if lines == [EMPTY_MARK] else " ".join(lines))
        table.append(texts)
    return table


def _folded(table: list[list[str]]) -> list[list[str]]:
    """Cells compared without the line breaks the SVG wraps long names and lists at."""
    return [[re.sub(r"[;\s]+", " ", cell).strip() for cell in row] for row in table]


def test_a_row_per_deployment_and_a_column_per_supplied_layer(matrix: VendorMatrix) -> None:
    header, cells = _csv_cells(matrix)
    assert header[:2] == ["deployment", "model"]
    assert header[2:] == [c.name for c in matrix.columns]
    assert [c.layer_id for c in matrix.columns] == [
        "sensing",
        "network",
        "platform",
        "analytics",
        "application",
        "operation",
    ]
    assert len(cells) == len(matrix.rows) == 6


def test_the_csv_names_huawei_in_the_kenya_row(matrix: VendorMatrix) -> None:
    rows = list(csv.DictReader(io.StringIO(matrix_csv(matrix))))
    kenya = next(row for row in rows if row["deployment"] == "Kenya")
    assert "Huawei" in kenya["Networks"]
    assert kenya["Networks"] == "ZTE; Huawei"


@pytest.mark.dot
def test_csv_markdown_and_svg_come_from_the_same_cells(matrix: VendorMatrix) -> None:
    expected = matrix.texts()
    assert _csv_cells(matrix)[1] == expected
    assert _markdown_cells(matrix) == expected
    svg = render_matrix(matrix, ("svg",)).outputs["svg"]
    assert _folded(_svg_cells(matrix, svg)) == _folded(expected)


@pytest.mark.dot
def test_an_empty_cell_is_visibly_empty(matrix: VendorMatrix) -> None:
    assert matrix.cell("deployment-south-africa", "network").text == ""
    assert "| — |" in matrix_markdown(matrix)
    svg = render_matrix(matrix, ("svg",)).outputs["svg"]
    group = next(
        g
        for g in fromstring(svg).iter(f"{SVG}g")
        if g.get("id", "").endswith(cell_id("deployment-south-africa", "network"))
    )
    assert [t.text for t in group.iter(f"{SVG}text")] == [EMPTY_MARK]
    assert any(p.get("fill") == "#d9d9d9" for p in group.iter(f"{SVG}polygon"))


def _deployment(model_id: str, *elements: Element) -> Model:
    view = View(id="vendors", title="t", caption="c", alt_text="a", annotate="suppliers")
    return Model(
        id=model_id,
        title=model_id,
        vocabulary="smart-city-stack",
        sources=(Source(id="s", title="A source"),),
        elements=elements,
        views=(view,),
    )


def test_a_supplier_takes_the_surest_status_any_element_gives_it() -> None:
    said = Evidence(source="s", quote="q")
    guessed = Evidence(source="s", status="inferred", reason="r")
    model = _deployment(
        "d",
        Element(id="a", name="A", kind="police", layer="application", vendors=("X",), evidence=(guessed,)),
        Element(id="b", name="B", kind="police", layer="application", vendors=("X", "Y"), evidence=(said,)),
        Element(id="c", name="C", kind="fibre", layer="network", evidence=(said,)),
    )
    built = vendor_matrix([model])
    assert built.cell("d", "application").text == "X; Y"
    assert built.cell("d", "network").text == "not named"
    assert built.cell("d", "sensing").text == ""


def test_a_cell_with_separators_stays_one_cell_in_csv_and_markdown() -> None:
    said = Evidence(source="s", quote="q")
    model = _deployment(
        "d", Element(id="a", name="A", kind="police", layer="application", vendors=('A | B, "C"',), evidence=(said,))
    )
    built = vendor_matrix([model])
    assert _csv_cells(built)[1] == built.texts()
    assert _markdown_cells(built) == built.texts()


def test_models_that_are_not_deployments_make_no_row() -> None:
    plain = Model(id="p", title="p", vocabulary="smart-city-stack")
    assert vendor_matrix([plain]).rows == ()


@pytest.mark.dot
def test_hostile_supplier_names_are_drawn_literally() -> None:
    said = Evidence(source="s", quote="q")
    name = '<b onload="x">&amp; Co | "quoted"'
    model = _deployment(
        "d", Element(id="a", name="A", kind="police", layer="application", vendors=(name,), evidence=(said,))
    )
    built = vendor_matrix([model])
    svg = render_matrix(built, ("svg",)).outputs["svg"]
    elements = list(fromstring(svg).iter())
    assert not [e.tag for e in elements if e.tag.endswith("}b")]
    assert not [name for e in elements for name in e.attrib if name.lower().startswith("on")]
    assert _folded(_svg_cells(built, svg)) == _folded(built.texts())


def test_deployments_on_two_vocabularies_are_refused_by_the_build(tmp_path, run_cli) -> None:
    view = 'View(id="v", title="t", caption="c", alt_text="a", annotate="suppliers")'
    for name, vocabulary in (("one", "smart-city-stack"), ("two", "market")):
        (tmp_path / f"{name}.py").write_text(
            "from citystack import Model, View\n"
            f'model = Model(id="{name}", title="{name}", vocabulary="{vocabulary}", views=({view},))\n',
            encoding="utf-8",
        )
    result = run_cli("build", "--models", str(tmp_path), "--out", str(tmp_path / "out"), "--format", "svg")
    assert result.returncode == 2, result.stderr
    assert "two.py" in result.stderr and "one vocabulary" in result.stderr
    assert "Traceback" not in result.stderr
