"""The rule registry: every rule registered once, by a decorator carrying its code and severity."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citystack.errors import UsageError
from citystack.rules.finding import Finding, Severity

if TYPE_CHECKING:
    from citystack.rules.context import RuleContext

__all__ = [
    "RULES",
    "Rule",
    "RuleFunction",
    "UnknownRule",
    "all_rules",
    "get_rule",
    "matches",
    "parse_codes",
    "rule",
    "select_rules",
]

RuleFunction = Callable[["RuleContext"], Iterator[Finding]]

_CODE = re.compile(r"^[A-Z]{3}[0-9]{3}$")
_PREFIX = re.compile(r"^[A-Z]{1,3}[0-9]{0,3}$")
_SECTIONS = ("What it checks:", "Why it matters:", "Example:")


class UnknownRule(UsageError):
    """A rule code (or prefix) on the command line matches no rule."""


@dataclass(frozen=True)
class Rule:
    """A registered rule: its code, default severity, short name, function and documentation.

    ``after_suppressions`` rules run once every other rule's findings are in and suppressions
    applied (the unused-suppression rule needs to know which suppressions were used).
    """

    code: str
    severity: Severity
    name: str
    function: RuleFunction
    doc: str
    after_suppressions: bool = False

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.splitlines()[0].strip() if self.doc else ""

    def section(self, title: str) -> str:
        """One section of the docstring (``What it checks``, ``Why it matters``, ``Example``)."""
        heading = f"{title.rstrip(':')}:"
        lines = self.doc.splitlines()
        for index, line in enumerate(lines):
            if line.strip().startswith(heading):
                body = [line.strip()[len(heading) :].strip()]
                for following in lines[index + 1 :]:
                    if any(following.strip().startswith(h) for h in _SECTIONS):
                        break
                    body.append(following.strip())
                return "\n".join(body).strip()
        return ""


RULES: dict[str, Rule] = {}


def rule(
    code: str, severity: Severity | str, name: str, *, after_suppressions: bool = False
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a stable code; its docstring is its documentation."""
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} must be three capitals and three digits")

    def register(function: RuleFunction) -> RuleFunction:
        if code in RULES:
            raise ValueError(f"rule code {code} is registered twice")
        doc = inspect.cleandoc(function.__doc__ or "")
        missing = [s for s in _SECTIONS if s not in doc]
        if missing:
            raise ValueError(f"rule {code} docstring lacks {', '.join(missing)}")
        RULES[code] = Rule(code, Severity(severity), name, function, doc, after_suppressions)
        return function

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by code."""
    return [RULES[code] for code in sorted(RULES)]


def get_rule(code: str) -> Rule:
    """The rule with this code; ``UnknownRule`` (exit 2) when there is none."""
    found = RULES.get(code.strip().upper())
    if found is None:
        raise UnknownRule(f"unknown rule code {code!r}; `citystack rules` lists them all")
    return found


def parse_codes(values: Iterable[str] | None) -> list[str]:
    """``["LAY,EVD001", "CON003"]`` → ``["LAY", "EVD001", "CON003"]``, upper-cased, validated."""
    codes: list[str] = []
    for value in values or ():
        for part in value.split(","):
            token = part.strip().upper()
            if not token:
                continue
            if not _PREFIX.match(token):
                raise UnknownRule(f"{part.strip()!r} is not a rule code or prefix (like LAY, LAY002)")
            codes.append(token)
    return codes


def matches(code: str, patterns: Iterable[str]) -> bool:
    """Whether a rule code is one of ``patterns`` or starts with one of them."""
    return any(code.startswith(pattern) for pattern in patterns)


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Rule]:
    """The rules to run: those matching ``select`` (all when empty) and not matching ``ignore``.

    A code or prefix that matches no rule at all is a usage error, so a typo never silently
    turns a check off.
    """
    chosen, dropped = parse_codes(select), parse_codes(ignore)
    for pattern in chosen + dropped:
        if not any(code.startswith(pattern) for code in RULES):
            raise UnknownRule(f"no rule code matches {pattern!r}; `citystack rules` lists them all")
    return [r for r in all_rules() if (not chosen or matches(r.code, chosen)) and not matches(r.code, dropped)]
