"""CAU001-CAU002: undeclared cycles; drivers that lead to no outcome."""

from __future__ import annotations

EV = "evidence: [{source: paper, quote: q}]"


def test_CAU001_passes_on_a_declared_feedback_loop(kit):
    assert kit.run(kit.causal, "CAU001") == []


def test_CAU001_leaves_control_loops_of_a_stack_alone(kit):
    assert kit.run(kit.stack, "CAU") == []  # the stack declares no feedback kinds


def test_CAU001_reports_a_cycle_of_causes(kit):
    text = kit.variant(
        kit.causal,
        add={"relations:": [f"  - {{source: projects, target: unrest, kind: causes, {EV}}}  # <-"]},
    )
    finding = kit.only(text, "CAU001")  # one finding for the cycle, at its first relation in the file
    assert (finding.item, finding.line) == ("projects.causes.unrest", kit.marked(text)[0])
    assert "projects -causes-> unrest -causes-> rulers -causes-> demand -causes-> projects" in finding.message


def test_CAU001_reports_a_self_loop(kit):
    text = kit.variant(
        kit.causal, add={"relations:": [f"  - {{source: rulers, target: rulers, kind: causes, {EV}}}  # <-"]}
    )
    finding = kit.only(text, "CAU001")
    assert (finding.item, finding.line) == ("rulers.causes.rulers", kit.marked(text)[0])


def test_CAU002_passes_when_every_driver_reaches_the_outcome(kit):
    assert kit.run(kit.causal, "CAU002") == []


def test_CAU002_reports_a_driver_whose_chain_stops(kit):
    text = kit.variant(
        kit.causal,
        add={
            "elements:": [
                f"  - {{id: migration, name: Migration, kind: driver, layer: driver, {EV}}}  # <-",
                f"  - {{id: shortage, name: Shortage, kind: effect, layer: effect, {EV}}}",
            ],
            "relations:": [f"  - {{source: migration, target: shortage, kind: causes, {EV}}}"],
        },
    )
    finding = kit.only(text, "CAU002")
    assert (finding.item, finding.line) == ("migration", kit.marked(text)[0])
    assert "'outcome'" in finding.message
