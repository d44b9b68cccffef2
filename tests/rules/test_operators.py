"""OPR001-OPR002: what each operator reaches; operators that reach nothing."""

from __future__ import annotations

EV = "evidence: [{source: paper, quote: q}]"


def test_OPR001_reports_each_operators_reach(kit):
    text = kit.variant(kit.stack, mark=("{id: centre,",))
    finding = kit.only(text, "OPR001")
    assert (finding.item, finding.line, finding.severity.value) == ("centre", kit.marked(text)[0], "info")
    assert "reaches 6 of 6 other stacked layers: city, sensing, network, platform, analytics, application" in (
        finding.message
    )


def test_OPR001_passes_silently_without_operators_and_names_missing_layers(kit):
    no_operator = kit.variant(  # no centre, so no claim about it and no closed net around it either
        kit.stack,
        drop=("{id: centre,", "source: centre,", "target: centre,", "subject: centre", "{id: net,", "boundaries:"),
    )
    no_operator = no_operator.replace("claims:\n", "")
    assert kit.run(no_operator, "OPR001") == []
    narrow = kit.variant(kit.stack, drop=("source: centre, target: traffic", "source: police, target: residents"))
    finding = kit.only(narrow, "OPR001")
    assert "reaches 1 of 6" in finding.message and "(not: city, sensing" in finding.message


def test_OPR002_passes_when_operators_control_something(kit):
    assert kit.run(kit.stack, "OPR002") == []


def test_OPR002_leaves_support_documents_alone(kit):
    text = kit.variant(
        kit.stack,
        add={
            "elements:": [f"  - {{id: manual, name: Manual, kind: document, layer: operation, {EV}}}"],
            "relations:": [f"  - {{source: centre, target: manual, kind: relies_on, {EV}}}"],
        },
    )
    assert kit.run(text, "OPR") == [f for f in kit.run(text, "OPR") if f.item == "centre"]


def test_OPR002_reports_an_operator_that_reaches_nothing(kit):
    text = kit.variant(
        kit.stack,
        add={
            "elements:": [f"  - {{id: staff, name: Staff, kind: vendor_staff, layer: operation, {EV}}}  # <-"],
            "relations:": [f"  - {{source: police, target: staff, kind: feeds, {EV}}}"],
        },
    )
    finding = kit.only(text, "OPR002")
    assert (finding.item, finding.line) == ("staff", kit.marked(text)[0])
