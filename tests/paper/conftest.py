"""Fixtures for the paper's figure models: the paper's text and the three loaded models."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from citystack import LoadedModel, load_model

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models" / "paper"
FIGURES = ("figure1", "figure2", "figure3")

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TRANSLATE = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "\u00a0": " ",
        **dict.fromkeys(_SUPERSCRIPTS, ""),
    }
)


def normalise(text: str) -> str:
    """Fold typographic quotes, dashes and footnote superscripts, and collapse white space (line breaks too)."""
    return re.sub(r"\s+", " ", text.translate(_TRANSLATE)).strip()


@pytest.fixture(scope="session")
def paper_text(paper_file: Path) -> str:
    """The paper's text as written (typographic quotes and line breaks intact); see ``paper_dir``."""
    return paper_file.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def paper_paragraphs(paper_text: str) -> list[str]:
    """The paper's paragraphs (blank-line separated), each normalised: a quote must sit inside one."""
    return [normalise(block) for block in re.split(r"\n\s*\n", paper_text) if block.strip()]


@pytest.fixture(scope="session")
def fold() -> Callable[[str], str]:
    """The normalisation quotes and the paper are compared under."""
    return normalise


@pytest.fixture(scope="session")
def figures() -> dict[str, LoadedModel]:
    """The three figure models, loaded the way the command line loads them."""
    return {name: load_model(MODELS / f"{name}.py") for name in FIGURES}
