"""SUP001-SUP003 and INT001: justified suppressions silence findings; crashes become findings."""

from __future__ import annotations

from citystack.load import load_model
from citystack.rules import Finding, Rule, Severity, check_model, get_rule, select_rules

EV = "evidence: [{source: paper, quote: a spare camera}]"
ORPHAN = {"elements:": [f"  - {{id: spare, name: Spare, kind: plate_camera, layer: sensing, {EV}}}"]}


def with_suppressions(kit, *lines: str) -> str:
    return kit.variant(kit.stack, add=ORPHAN) + "suppressions:\n" + "".join(f"{line}\n" for line in lines)


def test_a_justified_suppression_silences_its_finding(kit):
    text = with_suppressions(kit, "  - {code: CON005, target: spare, justification: Drawn alone on purpose.}")
    assert kit.run(text, "CON005,SUP") == []


def test_a_prefix_suppression_for_the_whole_model_silences_every_match(kit):
    text = with_suppressions(kit, "  - {code: CON, justification: A sketch in progress.}")
    assert kit.run(text, "CON,SUP") == []


def test_SUP001_passes_when_suppressions_say_why(kit):
    text = with_suppressions(kit, "  - {code: CON005, target: spare, justification: Drawn alone on purpose.}")
    assert kit.run(text, "SUP001") == []


def test_SUP001_reports_an_unjustified_suppression_which_suppresses_nothing(kit):
    text = with_suppressions(kit, "  - {code: CON005, target: spare, justification: '  '}  # <-")
    found = kit.run(text, "CON005,SUP")
    assert [(f.code, f.item) for f in found] == [("CON005", "spare"), ("SUP001", "spare")]
    assert found[1].line == kit.marked(text)[0] and found[1].severity is Severity.ERROR


def test_SUP002_passes_when_the_suppression_is_used_or_its_rule_did_not_run(kit):
    text = with_suppressions(kit, "  - {code: CON005, target: spare, justification: On purpose.}")
    assert kit.run(text, "CON005,SUP002") == []
    assert kit.run(text, "EVD,SUP002") == []  # CON005 did not run: the suppression is not judged


def test_SUP002_reports_an_unused_suppression(kit):
    text = with_suppressions(
        kit,
        "  - {code: CON005, target: spare, justification: On purpose.}",
        "  - {code: LAY002, target: camera, justification: Nothing skips here.}  # <-",
    )
    found = kit.run(text, "CON005,LAY002,SUP002")
    assert [(f.code, f.item, f.line) for f in found] == [("SUP002", "camera", kit.marked(text)[0])]


def test_SUP003_passes_on_known_codes_and_prefixes(kit):
    text = with_suppressions(kit, "  - {code: CON, justification: Draft.}", "  - {code: evd001, justification: Draft.}")
    assert kit.run(text, "SUP003") == []


def test_SUP003_reports_unknown_and_unsuppressible_codes(kit):
    text = with_suppressions(
        kit,
        "  - {code: BDN001, justification: Typo.}  # <-",
        "  - {code: SUP001, justification: Not allowed.}  # <-",
    )
    found = kit.run(text, "SUP003")
    assert [(f.line, f.message.split(" ")[-1]) for f in found] == [
        (kit.marked(text)[0], "rule"),
        (kit.marked(text)[1], "suppressed"),
    ]


def test_suppression_lines_in_a_python_model(kit):
    source = """\
from citystack import Element, Model, Suppression

model = Model(
    id="py",
    title="Python",
    vocabulary="smart-city-stack",
    elements=(Element(id="camera", name="Camera", kind="cctv_camera", layer="sensing"),),
    suppressions=(
        Suppression(code="CON005", target="camera", justification="Alone on purpose."),
        Suppression(code="LAY002", target="camera", justification="Stale."),
        Suppression(code="EVD001", target="camera", justification=""),
    ),
)
"""
    found = [(f.code, f.line) for f in kit.run(source, "CON005,LAY002,EVD001,SUP", name="model.py")]
    # the unjustified EVD001 suppression silences nothing; the LAY002 one is stale
    assert found == [("EVD001", 7), ("SUP002", 10), ("SUP001", 11)]


def _crashing(ctx):
    """Crashes.

    What it checks: nothing.
    Why it matters: it tests the engine.
    Example: none.
    """
    yield ctx.finding("before the crash", item="camera")
    raise KeyError("camera")


def test_INT001_a_crashing_rule_becomes_a_finding_and_the_others_still_run(kit):
    crashing = Rule("ZZZ001", Severity.WARNING, "crash", _crashing, _crashing.__doc__ or "")
    loaded = load_model(kit.write(kit.variant(kit.stack, add=ORPHAN)))
    found = check_model(loaded, [crashing, *select_rules(["CON005"])])
    assert sorted(f.code for f in found) == ["CON005", "INT001"]  # the crash's partial findings are dropped
    internal = next(f for f in found if f.code == "INT001")
    assert internal.severity is Severity.ERROR and "rule ZZZ001 crashed: KeyError: 'camera'" in internal.message
    assert internal.line >= 1
    assert get_rule("INT001").summary


def test_INT001_passes_when_no_rule_crashes(kit):
    loaded = load_model(kit.write(kit.stack))
    assert not [f for f in check_model(loaded) if f.code == "INT001"]


def test_INT001_a_rule_that_yields_something_else_is_an_internal_error(kit):
    def wrong(ctx):
        yield "not a finding"

    rule = Rule("ZZZ002", Severity.INFO, "wrong", wrong, "")
    found = check_model(load_model(kit.write(kit.stack)), [rule])
    assert [f.code for f in found] == ["INT001"] and "yielded str" in found[0].message
    assert all(isinstance(f, Finding) for f in found)
