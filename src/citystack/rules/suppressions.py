"""Suppression rules, and the rule that stands for a rule that crashed."""

from __future__ import annotations

from collections.abc import Iterator

from citystack.model import Suppression
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.registry import RULES, matches, rule

__all__ = ["UNSUPPRESSIBLE", "justified", "suppression_pattern"]

#: Findings about suppressions themselves, and internal errors, cannot be suppressed.
UNSUPPRESSIBLE = ("SUP", "INT")


def suppression_pattern(suppression: Suppression) -> str:
    """The code or prefix a suppression silences, as the registry writes codes."""
    return suppression.code.strip().upper()


def justified(suppression: Suppression) -> bool:
    """Only a suppression that says why it is there silences anything."""
    return bool(suppression.justification.strip())


def _known(pattern: str) -> bool:
    return bool(pattern) and any(code.startswith(pattern) for code in RULES)


def _what(suppression: Suppression) -> str:
    target = f" for {suppression.target!r}" if suppression.target else " for the whole model"
    return f"suppression of {suppression.code!r}{target}"


@rule("SUP001", Severity.ERROR, "unjustified-suppression")
def unjustified_suppression(ctx: RuleContext) -> Iterator[Finding]:
    """A suppression gives no justification, so it silences nothing.

    What it checks: that every `Suppression` of the model has a non-blank `justification`.
    A suppression without one does not suppress: the findings it names are still reported.
    Why it matters: silencing a check is a claim that the model is right and the rule wrong
    here; the justification (ideally the source's words) is what a reviewer judges.
    Example: `Suppression(code="BND001", target="supplier.accesses.fusion")` needs
    `justification="The paper: Chinese authorities will have access to more accurate information."`.
    """
    for index, suppression in enumerate(ctx.model.suppressions):
        if not justified(suppression):
            yield ctx.finding(
                f"{_what(suppression)} has no justification and suppresses nothing",
                item=suppression.target,
                loc=("suppressions", index),
                hint="Say why the finding is wrong here (justification='...'), or remove the suppression.",
            )


@rule("SUP002", Severity.WARNING, "unused-suppression", after_suppressions=True)
def unused_suppression(ctx: RuleContext) -> Iterator[Finding]:
    """A suppression matched no finding: it is stale.

    What it checks: after every selected rule has run, that each justified suppression whose
    code belongs to a rule that ran silenced at least one finding. Suppressions of rules that
    were not selected in this run are left alone.
    Why it matters: a stale suppression is a trap: the next time the model changes, it may
    silence a real problem nobody reviewed.
    Example: `Suppression(code="CON005", target="plate-camera", justification=...)` after the
    plate camera got its relations: remove the suppression.
    """
    for index, suppression in enumerate(ctx.model.suppressions):
        pattern = suppression_pattern(suppression)
        if not justified(suppression) or not _known(pattern) or pattern.startswith(UNSUPPRESSIBLE):
            continue
        if not any(matches(code, [pattern]) for code in ctx.selected):
            continue
        if index not in ctx.used_suppressions:
            yield ctx.finding(
                f"{_what(suppression)} matched no finding",
                item=suppression.target,
                loc=("suppressions", index),
                hint="Remove it: the finding it silenced is gone.",
            )


@rule("SUP003", Severity.WARNING, "unknown-suppression-code")
def unknown_suppression_code(ctx: RuleContext) -> Iterator[Finding]:
    """A suppression names a code that is no rule, or one that cannot be suppressed.

    What it checks: that every suppression's `code` is a rule code or a prefix of one (`EVD`,
    `EVD00`, `EVD001`), and not one of the `SUP` or `INT` rules, which cannot be suppressed.
    Why it matters: a mistyped code suppresses nothing, and the finding it was meant for
    reappears without anyone knowing why.
    Example: `Suppression(code="BDN001", ...)` (letters swapped): write `BND001`.
    """
    for index, suppression in enumerate(ctx.model.suppressions):
        pattern = suppression_pattern(suppression)
        if not _known(pattern):
            problem = "names no rule"
        elif pattern.startswith(UNSUPPRESSIBLE):
            problem = "names a rule that cannot be suppressed"
        else:
            continue
        yield ctx.finding(
            f"{_what(suppression)} {problem}",
            item=suppression.target,
            loc=("suppressions", index),
            hint="`citystack rules` lists the codes.",
        )


@rule("INT001", Severity.ERROR, "internal-error")
def internal_error(ctx: RuleContext) -> Iterator[Finding]:
    """A rule crashed on this model; the crash is reported instead of stopping the check.

    What it checks: nothing by itself: when any rule raises an exception, the engine turns it
    into a finding of this code naming the rule and the exception, and the other rules still run.
    Why it matters: one broken rule must not hide every other finding, nor end a CI run with a
    traceback; but a crash is never a pass, so the finding is an error.
    Example: "rule CON002 crashed: KeyError: 'camera'" — please report it with the model.
    """
    return iter(())
