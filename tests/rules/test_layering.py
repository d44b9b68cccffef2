"""LAY001-LAY003: relations against the vocabulary's pairs, step and direction."""

from __future__ import annotations

EV = "evidence: [{source: paper, quote: q}]"


def test_LAY001_passes_on_allowed_pairs(kit):
    assert kit.run(kit.stack, "LAY001") == []


def test_LAY001_reports_a_pair_the_kind_does_not_join(kit):
    text = kit.variant(
        kit.stack, add={"relations:": [f"  - {{source: camera, target: residents, kind: controls, {EV}}}  # <-"]}
    )
    finding = kit.only(text, "LAY001")
    assert finding.item == "camera.controls.residents"
    assert finding.line == kit.marked(text)[0] == 21  # right after "relations:" on line 20
    assert "'sensing' to 'city'" in finding.message
    assert "captures" not in finding.hint  # no kind joins sensing>city
    assert finding.file.endswith("model.yaml")


def test_LAY001_leaves_skips_and_wrong_directions_to_the_specific_rules(kit):
    text = kit.variant(
        kit.stack,
        add={
            "relations:": [
                f"  - {{source: camera, target: fusion, kind: transmits, {EV}}}",
                f"  - {{source: police, target: centre, kind: controls, {EV}}}",
            ]
        },
    )
    assert kit.run(text, "LAY001") == []
    assert {f.code for f in kit.run(text, "LAY")} == {"LAY002", "LAY003"}


def test_LAY002_passes_when_every_step_is_one_layer(kit):
    assert kit.run(kit.stack, "LAY002") == []


def test_LAY002_reports_a_relation_that_skips_a_layer(kit):
    text = kit.variant(
        kit.stack, add={"relations:": [f"  - {{source: camera, target: fusion, kind: transmits, {EV}}}  # <-"]}
    )
    finding = kit.only(text, "LAY002")
    assert (finding.item, finding.line) == ("camera.transmits.fusion", kit.marked(text)[0])
    assert "skips layer(s) network" in finding.message
    assert "network" in finding.hint


INLINE = """\
id: inline
title: Inline vocabulary
vocabulary:
  id: abc
  name: ABC
  layers: [{id: a, name: A}, {id: b, name: B}, {id: c, name: C}, {id: side, name: Side, stacked: false}]
  kinds: [{id: box, name: Box, layers: [a, b, c, side]}]
  relation_kinds:
    - {id: up1, name: up one, direction: up, max_step: 1}
    - {id: down, name: down, direction: down}
    - {id: same, name: same, direction: same}
elements:
  - {id: a1, name: A1, kind: box, layer: a}
  - {id: b1, name: B1, kind: box, layer: b}
  - {id: c1, name: C1, kind: box, layer: c}
  - {id: s1, name: S1, kind: box, layer: side}
relations:
"""


def test_LAY002_and_LAY003_leave_layers_beside_the_stack_alone(kit):
    text = INLINE + "  - {source: s1, target: c1, kind: up1}\n  - {source: c1, target: s1, kind: same}\n"
    assert kit.run(text, "LAY") == []


def test_LAY002_counts_steps_in_an_inline_vocabulary(kit):
    text = INLINE + "  - {source: a1, target: b1, kind: up1}\n  - {source: a1, target: c1, kind: up1}  # <-\n"
    finding = kit.only(text, "LAY002")
    assert (finding.item, finding.line) == ("a1.up1.c1", kit.marked(text)[0])
    assert "skips layer(s) b" in finding.message


def test_LAY003_passes_when_relations_run_their_way(kit):
    assert kit.run(kit.stack, "LAY003") == []
    within = INLINE + "  - {source: b1, target: b1, kind: same}\n  - {source: c1, target: a1, kind: down}\n"
    assert kit.run(within, "LAY003") == []


def test_LAY003_reports_a_control_running_up(kit):
    text = kit.variant(
        kit.stack, add={"relations:": [f"  - {{source: police, target: centre, kind: controls, {EV}}}  # <-"]}
    )
    finding = kit.only(text, "LAY003")
    assert (finding.item, finding.line) == ("police.controls.centre", kit.marked(text)[0])
    assert "runs up" in finding.message


def test_LAY003_reports_a_same_layer_kind_across_layers(kit):
    text = INLINE + "  - {source: a1, target: b1, kind: same}  # <-\n"
    finding = kit.only(text, "LAY003")
    assert (finding.item, finding.line) == ("a1.same.b1", kit.marked(text)[0])
