"""The deployment models: one per case of the paper, every quote in the paper, uncertain attributions marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citystack import LoadedModel, Status
from citystack.model import weakest_status

REPO = Path(__file__).resolve().parents[2]
CASES = {
    "deployment-kenya",
    "deployment-uganda",
    "deployment-south-africa",
    "deployment-zimbabwe",
    "deployment-gulf",
    "deployment-xinjiang",
}


def test_there_is_one_model_per_case_of_the_paper(deployments: dict[str, LoadedModel]) -> None:
    assert set(deployments) == CASES
    for item in deployments.values():
        assert item.model.vocab.id == "smart-city-stack"
        assert [v.annotate for v in item.model.views] == ["suppliers"], item.model.id


@pytest.mark.slow
def test_check_with_the_paper_finds_every_quote_and_no_error(run_cli, paper_dir: Path) -> None:
    result = run_cli("check", "models/deployments", "--sources", str(paper_dir), "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert "EVD006" not in codes and "EVD007" not in codes
    assert {c for c in codes if not c.startswith("OPR")} == set()


def test_every_element_and_relation_has_evidence(deployments: dict[str, LoadedModel]) -> None:
    for item in deployments.values():
        for thing in (*item.model.elements, *item.model.relations):
            assert thing.evidence, f"{item.model.id}: {thing.id}"


def test_the_sentence_split_by_a_page_break_is_an_inferred_attribution(deployments: dict[str, LoadedModel]) -> None:
    kenya = deployments["deployment-kenya"].model
    for element_id in ("dahua_hikvision_surveillance", "urban_traffic_management"):
        element = kenya.element(element_id)
        assert element is not None
        assert weakest_status(element.evidence) is Status.INFERRED
        reasons = " ".join(e.reason or "" for e in element.evidence)
        assert "names none" in reasons and "page" in reasons
        quotes = [e.quote for e in element.evidence if e.quote]
        assert any("Dahua" in q and "Nanjing Les" in q and "..." in q for q in quotes)


def test_kenya_names_huawei_and_zte_for_the_fibre_as_asserted(deployments: dict[str, LoadedModel]) -> None:
    fibre = deployments["deployment-kenya"].model.element("optical_fibre")
    assert fibre is not None and fibre.vendors == ("ZTE", "Huawei")
    assert weakest_status(fibre.evidence) is Status.ASSERTED


def test_the_gulf_carries_5g_cameras_and_the_sco_ties(deployments: dict[str, LoadedModel]) -> None:
    gulf = deployments["deployment-gulf"].model
    kinds = {e.kind for e in gulf.elements}
    assert {"mobile_network", "cctv_camera", "governance_body"} <= kinds
    ties = {(r.source, r.target): r for r in gulf.relations if r.kind == "tied_to"}
    assert weakest_status(ties["saudi_arabia", "sco"].evidence) is Status.ASSERTED
    for state in ("uae", "bahrain", "kuwait"):
        assert weakest_status(ties[state, "sco"].evidence) is not Status.ASSERTED  # "expected to join"


def test_zimbabwe_carries_russia_iran_and_the_military_industrial_tie(deployments: dict[str, LoadedModel]) -> None:
    zimbabwe = deployments["deployment-zimbabwe"].model
    suppliers = {r.source for r in zimbabwe.relations if r.kind == "supplies"}
    assert suppliers == {"china", "russia", "iran"}
    tie = [r for r in zimbabwe.relations if r.kind == "tied_to"]
    assert [(r.source, r.target, r.label) for r in tie] == [
        ("huawei", "zimbabwe_defense_forces", "military-industrial complex")
    ]
