"""Quote matching and source texts: normalisation, omissions, and which file belongs to which source."""

from __future__ import annotations

import pytest

from citystack.errors import UsageError
from citystack.rules.quotes import normalise, quote_in_text
from citystack.rules.sources import read_source_texts


def test_normalise_folds_typography_line_breaks_footnotes_and_case():
    text = "Those who \u201coperate\u201d this\nsystem\u2019s parts \u2014 everything.\u00b9\u2070 *Ibid.*"
    assert normalise(text) == 'those who "operate" this system\'s parts - everything. ibid.'


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("Those who operate this system", True),
        ("those who operate this system can control everything", True),
        ("control everything ... its residents", True),
        ("control everything [...] its residents", True),
        ("its residents … control everything", False),  # parts out of order
        ("those who run this system", False),
        ("...", False),
    ],
)
def test_quote_in_text(quote, found):
    text = normalise(
        "Those who operate this\nsystem can control everything from the city's infrastructure to its residents.¹⁰"
    )
    assert quote_in_text(quote, text) is found


def test_a_file_belongs_to_the_longest_source_id_that_fits(tmp_path):
    (tmp_path / "ichida-2023-geopolitical-challenges.txt").write_text("long title text", encoding="utf-8")
    (tmp_path / "ichida-2021.txt").write_text("older text", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a text", encoding="utf-8")
    texts = read_source_texts(tmp_path)
    ids = ["ichida", "ichida-2023", "ichida-2021"]
    assert texts.text_for("ichida-2023", ids) == "long title text"
    assert texts.text_for("ichida-2021", ids) == "older text"
    assert texts.text_for("ichida", ids) is None  # both files belong to more specific sources
    assert texts.text_for("ichida", ["ichida"]) == "older text\nlong title text"
    assert texts.text_for("ichida-20", ids) is None


def test_a_missing_sources_folder_or_bad_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="is not a folder"):
        read_source_texts(tmp_path / "absent")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe broken")
    with pytest.raises(UsageError, match="not UTF-8"):
        read_source_texts(tmp_path)
