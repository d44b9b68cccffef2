"""The figure models load like any model, survive a JSON round trip, and satisfy the paper's claims."""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path

import pytest

from citystack import LoadedModel, Model, load_model

FIGURES = ("figure1", "figure2", "figure3")
TITLES = {
    "figure1": ("smart-city-stack", "Integrated Smart City Management"),
    "figure2": ("market", "Smart City Demand and Supply"),
    "figure3": ("causal", "Growing Demand for Smart Cities"),
}


@pytest.mark.parametrize("figure", FIGURES)
def test_vocabulary_and_title(figures: dict[str, LoadedModel], figure: str) -> None:
    model = figures[figure].model
    vocabulary, title = TITLES[figure]
    assert model.vocabulary == vocabulary
    assert model.views[0].title == title
    assert "summary" in [v.id for v in model.views]


@pytest.mark.parametrize("figure", FIGURES)
def test_export_json_round_trip_gives_an_equal_model(
    figures: dict[str, LoadedModel], figure: str, run_cli, tmp_path: Path, repo: Path
) -> None:
    result = run_cli("export", f"models/paper/{figure}.py", "--format", "json", cwd=repo)
    assert result.returncode == 0, result.stderr
    exported = tmp_path / f"{figure}.json"
    exported.write_text(result.stdout, encoding="utf-8")
    assert load_model(exported).model == figures[figure].model


def _reaches(model: Model, subject: str, via: tuple[str, ...]) -> set[str]:
    """Where the subject's arrows lead; a blocked relation draws access that does not happen, so it leads nowhere."""
    blocked = {k.id for k in model.vocab.relation_kinds if k.blocked}
    edges: dict[str, list[str]] = {}
    for relation in model.relations:
        if relation.kind in blocked:
            continue
        if not via or relation.kind in via:
            edges.setdefault(relation.source, []).append(relation.target)
    seen: set[str] = set()
    queue = deque([subject])
    while queue:
        for target in edges.get(queue.popleft(), []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


@pytest.mark.parametrize("figure", FIGURES)
def test_claims_hold(figures: dict[str, LoadedModel], figure: str) -> None:
    """A plain reading of each claim (the checks issue verifies them too): paths exist or do not."""
    model = figures[figure].model
    assert model.claims
    layers = {layer.id for layer in model.vocab.layers}
    for claim in model.claims:
        targets = set()
        for obj in claim.objects:
            targets |= {e.id for e in model.elements if e.layer == obj} if obj in layers else {obj}
        assert targets, f"{claim.id}: objects name nothing"
        reached = _reaches(model, claim.subject, claim.via)
        if claim.kind == "reaches":
            assert targets <= reached, f"{claim.id}: {sorted(targets - reached)} not reached"
        else:
            assert not targets & reached, f"{claim.id}: {sorted(targets & reached)} reached"


def test_figure3_every_driver_reaches_the_demand(figures: dict[str, LoadedModel]) -> None:
    model = figures["figure3"].model
    drivers = [e.id for e in model.elements if e.layer == "driver"]
    assert len(drivers) == 6
    demand = {e.id for e in model.elements if e.layer == "demand"}
    for driver in drivers:
        assert demand <= _reaches(model, driver, ()), driver


def test_the_checks_pass_with_the_papers_text(run_cli, repo: Path, paper_dir: Path) -> None:
    """`citystack check --sources` finds every quote in the paper and no rule fails; every claim is verified."""
    result = run_cli("check", "models/paper", "--sources", str(paper_dir), "--format", "json", cwd=repo)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    serious = [f for f in report["findings"] if f["severity"] in ("error", "warning")]
    assert not serious, serious
    unverified = [f for f in report["findings"] if f["code"] == "EVD007"]
    assert not unverified, "the paper's quotes were not checked against its text"
    verified = {f["item"] for f in report["findings"] if f["code"] == "CLM002"}
    claims = {c.id for name in FIGURES for c in load_model(repo / "models" / "paper" / f"{name}.py").model.claims}
    assert verified == claims
