"""Deployments compare like any two stacks: with each other, and with the Western business-first stack."""

from __future__ import annotations

import json
from pathlib import Path

from citystack import LoadedModel, compare, load_model
from citystack.compare.records import DifferenceClass

REPO = Path(__file__).resolve().parents[2]
WESTERN = REPO / "models" / "stacks" / "western_business_first_stack.py"


def test_two_deployments_align_and_keep_their_vendors(deployments: dict[str, LoadedModel]) -> None:
    kenya, zimbabwe = deployments["deployment-kenya"].model, deployments["deployment-zimbabwe"].model
    result = compare(kenya, zimbabwe)
    assert (result.a.id, result.b.id) == ("deployment-kenya", "deployment-zimbabwe")
    assert ("chinese_authorities", "chinese_authorities", "id") in {(m.a, m.b, m.how) for m in result.matches}
    network = next(v for v in result.a.metrics.vendor_concentration if v.layer == "network")
    assert {s.vendor for s in network.vendors} == {"ZTE", "Huawei"}
    applications = next(v for v in result.b.metrics.vendor_concentration if v.layer == "application")
    assert {s.vendor for s in applications.vendors} == {"China", "Russia", "Iran"}
    mirror = compare(zimbabwe, kenya)
    assert (set(mirror.only_in_a), set(mirror.only_in_b)) == (set(result.only_in_b), set(result.only_in_a))


def test_a_deployment_against_the_western_stack_shows_the_supplier_states_access(
    deployments: dict[str, LoadedModel],
) -> None:
    kenya = deployments["deployment-kenya"].model
    western = load_model(WESTERN).model
    result = compare(kenya, western)
    assert [a.actor for a in result.a.metrics.outside_access] == ["chinese_authorities"]
    assert result.b.metrics.outside_access == ()
    access = [d for d in result.differences if d.kind is DifferenceClass.OUTSIDE_ACCESS]
    assert any(d.a == "chinese_authorities" and d.b is None for d in access)


def test_the_compare_command_takes_two_deployment_files(run_cli) -> None:
    result = run_cli("compare", "models/deployments/gulf.py", "models/deployments/xinjiang.py", "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert {document["a"]["id"], document["b"]["id"]} == {"deployment-gulf", "deployment-xinjiang"}
