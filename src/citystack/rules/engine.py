"""Running the rules on models: each rule guarded, suppressions applied, findings sorted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from citystack.errors import LoadError, Problem
from citystack.load import LoadedModel
from citystack.rules.context import RuleContext
from citystack.rules.finding import Finding, Severity
from citystack.rules.graph import ModelGraph
from citystack.rules.registry import Rule, get_rule, matches, select_rules
from citystack.rules.sources import SourceTexts
from citystack.rules.suppressions import UNSUPPRESSIBLE, justified, suppression_pattern

__all__ = ["CheckReport", "ModelReport", "check_model", "check_models"]


@dataclass(frozen=True)
class ModelReport:
    """The findings of one model, sorted, with the file and id of the model (not the model itself,
    so that a report on a folder holds findings, not every model of it)."""

    file: str
    model_id: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class CheckReport:
    """The outcome of one check run: the rules that ran and every model's findings."""

    rules: tuple[Rule, ...]
    models: tuple[ModelReport, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of every model, in report order."""
        return tuple(sorted((f for m in self.models for f in m.findings), key=Finding.sort_key))

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def failed(self) -> bool:
        """Whether some finding is an error (exit 1)."""
        return self.count(Severity.ERROR) > 0


def _crash(ctx: RuleContext, rule: Rule, error: Exception) -> Finding:
    internal = get_rule("INT001")
    return Finding(
        code=internal.code,
        severity=internal.severity,
        message=f"rule {rule.code} crashed: {type(error).__name__}: {error}",
        item=None,
        file=ctx.file,
        line=ctx.line(()) or 1,
        hint="This is a bug in citystack, not in the model; please report it with the model file.",
        model=ctx.model.id,
    )


def _run(rule: Rule, ctx: RuleContext) -> list[Finding]:
    """Run one rule; an exception (or a non-finding result) becomes an internal-error finding."""
    bound = replace(ctx, rule=rule)
    try:
        found = list(rule.function(bound))
        for finding in found:
            if not isinstance(finding, Finding):
                raise TypeError(f"yielded {type(finding).__name__}, not a Finding")
        return found
    except Exception as error:  # noqa: BLE001 - a crashing rule must not stop the others
        return [_crash(ctx, rule, error)]


def _suppress(ctx: RuleContext, findings: list[Finding]) -> tuple[list[Finding], frozenset[int]]:
    """Drop the findings a justified suppression matches; return the rest and the suppressions used."""
    active = [
        (index, suppression_pattern(s), s.target)
        for index, s in enumerate(ctx.model.suppressions)
        if justified(s) and not suppression_pattern(s).startswith(UNSUPPRESSIBLE)
    ]
    kept: list[Finding] = []
    used: set[int] = set()
    for finding in findings:
        hits = [
            index
            for index, pattern, target in active
            if not finding.code.startswith(UNSUPPRESSIBLE)
            and matches(finding.code, [pattern])
            and (target is None or target == finding.item)
        ]
        used.update(hits)
        if not hits:
            kept.append(finding)
    return kept, frozenset(used)


def check_model(
    loaded: LoadedModel, rules: Sequence[Rule] | None = None, sources: SourceTexts | None = None
) -> tuple[Finding, ...]:
    """Every finding of the given rules (all by default) on one model, suppressions applied, sorted."""
    chosen = list(rules) if rules is not None else select_rules()
    ctx = RuleContext(loaded=loaded, graph=ModelGraph(loaded.model), sources=sources)
    raw: list[Finding] = []
    for rule in chosen:
        if not rule.after_suppressions:
            raw.extend(_run(rule, ctx))
    kept, used = _suppress(ctx, raw)
    after = replace(ctx, used_suppressions=used, selected=tuple(r.code for r in chosen))
    for rule in chosen:
        if rule.after_suppressions:
            kept.extend(_run(rule, after))
    return tuple(sorted(kept, key=Finding.sort_key))


def check_models(
    models: Iterable[LoadedModel | LoadError],
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    sources: SourceTexts | None = None,
) -> CheckReport:
    """Check every model with the selected rules (``select``/``ignore`` take codes and prefixes).

    ``models`` may be a stream (``load.iter_models``): each model is checked as it comes and
    dropped, so memory follows the largest model. Load errors in the stream are raised together
    at its end, after every file was read (no model is checked once one has failed to load).
    """
    rules = select_rules(select, ignore)
    reports: list[ModelReport] = []
    problems: list[Problem] = []
    for item in models:
        if isinstance(item, LoadError):
            problems.extend(item.problems)
        elif not problems:
            reports.append(ModelReport(item.file, item.model.id, check_model(item, rules, sources)))
    if problems:
        raise LoadError(problems)
    return CheckReport(rules=tuple(rules), models=tuple(reports))
