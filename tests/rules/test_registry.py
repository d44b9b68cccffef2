"""The registry: codes, documentation, selection, and the `citystack rules` command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citystack.cli import app
from citystack.cli import check_cmds as _check_cmds  # noqa: F401  (registers check and rules)
from citystack.rules import UnknownRule, all_rules, get_rule, select_rules

CODES = [rule.code for rule in all_rules()]
HERE = Path(__file__).resolve().parent


def test_codes_are_stable_and_unique():
    assert len(CODES) == len(set(CODES)) >= 29
    assert all(re.fullmatch(r"[A-Z]{3}\d{3}", code) for code in CODES)
    assert {code[:3] for code in CODES} == {"LAY", "CON", "BND", "OPR", "CAU", "EVD", "CLM", "SUP", "INT"}
    assert len({rule.name for rule in all_rules()}) == len(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_rule_documents_what_why_and_an_example(code):
    rule = get_rule(code)
    assert rule.summary.endswith(".")
    for section in ("What it checks", "Why it matters", "Example"):
        assert len(rule.section(section)) > 20, (code, section)


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_at_least_two_tests(code):
    names = re.findall(r"^def (test_\w+)", "".join(p.read_text() for p in HERE.glob("test_*.py")), re.M)
    assert len([name for name in names if name.startswith(f"test_{code}_")]) >= 2, code


@pytest.mark.parametrize("fixture", ["clean_stack.yaml", "clean_causal.yaml"])
def test_the_clean_fixtures_raise_no_error_or_warning(kit, fixture):
    text = (HERE / "fixtures" / fixture).read_text(encoding="utf-8")
    found = kit.run(text, ",".join(sorted({c[:3] for c in CODES})))
    assert [f for f in found if f.severity.value != "info"] == []


def test_select_and_ignore_take_codes_and_prefixes():
    assert [r.code for r in select_rules(["LAY,EVD001"])] == ["EVD001", "LAY001", "LAY002", "LAY003"]
    assert [r.code for r in select_rules(["LAY"], ["lay002"])] == ["LAY001", "LAY003"]
    assert len(select_rules()) == len(CODES)
    assert select_rules(None, ["EVD00"]) == [r for r in all_rules() if not r.code.startswith("EVD00")]


@pytest.mark.parametrize("bad", ["FOO", "LAY9", "LAY-1", "ZZZ001"])
def test_unknown_codes_are_usage_errors(bad):
    with pytest.raises(UnknownRule):
        select_rules([bad])
    with pytest.raises(UnknownRule):
        select_rules(None, [bad])


def test_rules_command_lists_every_rule():
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == CODES
    assert "LAY002  error    A relation jumps over more layers" in result.stdout


def test_rules_command_explains_one_rule():
    result = CliRunner().invoke(app, ["rules", "bnd001"])
    assert result.exit_code == 0
    assert result.stdout.startswith("BND001 (closed-net-leak) - error\n")
    assert "What it checks:" in result.stdout and "Example:" in result.stdout


def test_rules_command_rejects_an_unknown_code():
    result = CliRunner().invoke(app, ["rules", "XYZ123"])
    assert result.exit_code == 2
    assert "unknown rule code 'XYZ123'" in result.stderr
    assert "Traceback" not in result.stderr
