"""The two small hand-made models every metric and class of the comparison is pinned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from citystack import Model, load_model

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def alpha() -> Model:
    return load_model(FIXTURES / "alpha.yaml").model


@pytest.fixture(scope="session")
def beta() -> Model:
    return load_model(FIXTURES / "beta.yaml").model
