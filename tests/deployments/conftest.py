"""Fixtures for the deployment models: loaded as the command line loads them, and their vendor matrix."""

from __future__ import annotations

from pathlib import Path

import pytest

from citystack import LoadedModel, load_models
from citystack.vendors import VendorMatrix, vendor_matrix

REPO = Path(__file__).resolve().parents[2]
DEPLOYMENTS = REPO / "models" / "deployments"


@pytest.fixture(scope="session")
def deployments() -> dict[str, LoadedModel]:
    """Every deployment model, by model id."""
    return {item.model.id: item for item in load_models([DEPLOYMENTS])}


@pytest.fixture(scope="session")
def matrix(deployments: dict[str, LoadedModel]) -> VendorMatrix:
    return vendor_matrix([item.model for item in deployments.values()])
