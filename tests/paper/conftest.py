"""Fixtures for the paper's figure models: the paper's text and the three loaded models."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from citystack import LoadedModel, load_model

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models" / "paper"
# The paper lives beside the repository on every developer machine and in CI.
PAPER_DIR = REPO.parent / "shared" / "paper"
PAPER_NAME = "ichida-2023-geopolitical-challenges-of-chinese-smart-cities.txt"
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


def paper_path() -> Path:
    """The paper's text; a clear failure, never a skip, when it is missing."""
    path = PAPER_DIR / PAPER_NAME
    if not path.is_file():
        pytest.fail(
            f"the paper's text is missing: expected {PAPER_NAME} in ../shared/paper/ beside the repository "
            f"(looked for {path}); the quote checks cannot run without it",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def paper_text() -> str:
    """The paper's text as written (typographic quotes and line breaks intact)."""
    return paper_path().read_text(encoding="utf-8")


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
