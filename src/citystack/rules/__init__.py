"""The checks: one rule per function with a stable code, run on models, returning findings.

Importing this package registers every rule. ``check_models`` runs them; ``all_rules`` lists them.
"""

from citystack.rules import (  # noqa: F401  (each module registers its rules)
    boundaries,
    causal,
    claims,
    connectivity,
    evidence,
    layering,
    operators,
    support,
    suppressions,
)
from citystack.rules.claims import ClaimResult, evaluate_claim
from citystack.rules.context import RuleContext
from citystack.rules.engine import CheckReport, ModelReport, check_model, check_models
from citystack.rules.finding import Finding, Severity
from citystack.rules.registry import Rule, UnknownRule, all_rules, get_rule, rule, select_rules
from citystack.rules.sources import SourceTexts, read_source_texts

__all__ = [
    "CheckReport",
    "ClaimResult",
    "Finding",
    "ModelReport",
    "Rule",
    "RuleContext",
    "Severity",
    "SourceTexts",
    "UnknownRule",
    "all_rules",
    "check_model",
    "check_models",
    "evaluate_claim",
    "get_rule",
    "read_source_texts",
    "rule",
    "select_rules",
]
