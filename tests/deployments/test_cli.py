"""`citystack vendors` and `citystack facts`: the matrix and the dataset on the command line, bad input refused."""

from __future__ import annotations

import csv
import io

import pytest


def test_vendors_prints_the_markdown_matrix_by_default(run_cli) -> None:
    result = run_cli("vendors")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("| deployment | model |")
    assert "| Kenya | `deployment-kenya` |" in result.stdout


def test_vendors_csv_names_huawei_for_kenya(run_cli) -> None:
    result = run_cli("vendors", "models/deployments", "--format", "csv")
    kenya = next(row for row in csv.DictReader(io.StringIO(result.stdout)) if row["model"] == "deployment-kenya")
    assert kenya["Networks"] == "ZTE; Huawei"


@pytest.mark.dot
def test_vendors_svg_is_a_titled_figure(run_cli) -> None:
    result = run_cli("vendors", "--format", "svg")
    assert result.returncode == 0, result.stderr
    assert "<title" in result.stdout and "Who supplies each layer" in result.stdout


def test_vendors_without_a_deployment_is_a_usage_error(run_cli) -> None:
    result = run_cli("vendors", "models/paper")
    assert result.returncode == 2
    assert "no deployment model under models/paper" in result.stderr
    assert "Traceback" not in result.stderr


def test_facts_writes_the_dataset_and_refuses_a_stack(run_cli) -> None:
    result = run_cli("facts", "models/paper/facts.py", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert '"fr-ai-export-countries-us"' in result.stdout
    refused = run_cli("facts", "models/deployments/kenya.py")
    assert refused.returncode == 2
    assert "is not a register" in refused.stderr and "Traceback" not in refused.stderr
