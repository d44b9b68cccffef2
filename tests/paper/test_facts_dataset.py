"""The paper's facts as a dataset: every number the paper states is in it, with its footnote and status.

What counts as "a number the paper states": every run of digits in the paper's text, and the
spelled quantities "two" and "twice", except footnote lines and citation lines (they hold dates,
page-like ids and URLs of other works), the title block's date, figure numbers ("Figure 2") and
digits inside a name ("5G"). "One" is left out: the paper uses it only as a pronoun ("One is
integrated management"), in "one-sided" and in the name One Belt One Road.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from citystack import load_model
from citystack.dataset import COLUMNS, fact_rows, rows_csv, rows_json

from .conftest import MODELS

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_WORDS = {"two": "2", "twice": "2"}


def stated_numbers(text: str) -> list[str]:
    """The numbers of the paper's own sentences, in order (see the module docstring for the rule)."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in _SUPERSCRIPTS or stripped.startswith("[") or "http" in stripped:
            continue
        if re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", stripped):
            continue  # the title block's date
        lines.append(re.sub(r"Figure \d+", "", stripped))
    body = "\n".join(lines)
    numbers = re.findall(r"(?<![\w.])(\d+(?:\.\d+)?)%?(?![\w])", body)
    numbers += [_WORDS[w.lower()] for w in re.findall(r"\b(two|twice)\b", body, flags=re.IGNORECASE)]
    return numbers


@pytest.fixture(scope="module")
def rows():
    return fact_rows(load_model(MODELS / "facts.py").model)


def test_the_rule_finds_the_numbers_a_reader_sees(paper_text: str) -> None:
    numbers = stated_numbers(paper_text)
    for expected in ("144", "2009", "83", "48", "238", "211", "10", "70", "22", "2023", "2011", "2"):
        assert expected in numbers
    assert "5" not in numbers and "3463067" not in numbers and "31" not in numbers


def test_every_number_the_paper_states_is_in_the_dataset(paper_text: str, rows) -> None:
    numbers = [r for r in rows if r.kind == "number"]
    missing = [
        n
        for n in stated_numbers(paper_text)
        if not any(n == r.value or re.search(rf"\b{n}\b", r.period) for r in numbers)
    ]
    assert missing == []


def test_each_number_gives_its_source_and_footnote(rows) -> None:
    for row in rows:
        assert row.source == "ichida-2023" and row.quote, row.id
        if row.footnote is not None:
            assert row.footnote_sources, row.id
    contracts = next(r for r in rows if r.id == "contracts-since-2009")
    assert (contracts.footnote, contracts.footnote_sources) == (4, ("fn4-kynge-2021",))


def test_the_contested_48_carries_both_sources(rows) -> None:
    us = next(r for r in rows if r.id == "fr-ai-export-countries-us")
    assert (us.value, us.status, us.period) == ("48", "contested", "2008–2021")
    assert us.source == "ichida-2023" and us.footnote_sources == ("fn5-beraja-2023",)
    assert [(a.value, a.source) for a in us.alternatives] == [("57", "beraja-2024-project-syndicate")]


def test_countries_companies_and_organisations_are_rows(rows) -> None:
    by_kind: dict[str, set[str]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, set()).add(row.value)
    assert {"Kenya", "Uganda", "South Africa", "Zimbabwe", "Saudi Arabia", "Russia", "Iran"} <= by_kind["country"]
    assert {"Huawei", "ZTE", "Dahua", "Hikvision", "Nanjing Les Information Technology", "IBM"} <= by_kind["company"]
    assert {"Shanghai Cooperation Organization", "BRICS", "Zimbabwe Defense Forces"} <= by_kind["organisation"]


def test_csv_and_json_hold_the_documented_columns(rows) -> None:
    table = list(csv.DictReader(io.StringIO(rows_csv(rows))))
    assert tuple(table[0]) == COLUMNS
    us = next(r for r in table if r["id"] == "fr-ai-export-countries-us")
    assert us["alternatives"] == "57 (beraja-2024-project-syndicate)"
    document = json.loads(rows_json(rows, title="t", sources={}))
    assert document["columns"] == list(COLUMNS)
    assert [tuple(r) for r in document["rows"]] == [COLUMNS] * len(rows)
    us_json = next(r for r in document["rows"] if r["id"] == "fr-ai-export-countries-us")
    [alternative] = us_json["alternatives"]
    assert (alternative["value"], alternative["source"]) == ("57", "beraja-2024-project-syndicate")
