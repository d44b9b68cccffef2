"""What a rule sees: the loaded model, its graph, the source texts, and a way to make findings."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from citystack.load import LoadedModel
from citystack.model import Model, Vocabulary
from citystack.rules.finding import Finding
from citystack.rules.graph import ModelGraph
from citystack.rules.roles import Roles
from citystack.rules.sources import SourceTexts

if TYPE_CHECKING:
    from citystack.rules.registry import Rule

__all__ = ["RuleContext"]

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class _SuppressionLines:
    """Lines of ``Suppression(code=..., target=...)`` calls in a Python model file.

    The loader places elements, relations and the like; suppressions it places on the ``Model(``
    line, so they are found here by their literal code and target.
    """

    calls: tuple[tuple[str | None, str | None, int], ...] = ()

    @classmethod
    def read(cls, loaded: LoadedModel) -> _SuppressionLines:
        if loaded.path.suffix != ".py":
            return cls()
        try:
            tree = ast.parse(loaded.path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            return cls()
        calls = []
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name != "Suppression":
                continue
            values = {
                k.arg: k.value.value
                for k in node.keywords
                if k.arg and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
            }
            calls.append((values.get("code"), values.get("target"), node.lineno))
        return cls(tuple(sorted(calls, key=lambda call: call[2])))

    def line(self, code: str, target: str | None) -> int:
        return next((line for c, t, line in self.calls if c == code and t == target), 0)


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may read; ``finding`` builds a finding of the rule that is running.

    One context is made per model; the engine hands each rule a copy naming that rule.
    ``used_suppressions`` and ``selected`` are filled in for the rules that run after
    suppressions are applied.
    """

    loaded: LoadedModel
    graph: ModelGraph
    sources: SourceTexts | None = None
    rule: Rule | None = None
    used_suppressions: frozenset[int] = frozenset()
    selected: tuple[str, ...] = ()
    _cache: dict[str, _SuppressionLines] = field(default_factory=dict, compare=False, repr=False)

    @property
    def model(self) -> Model:
        return self.loaded.model

    @property
    def vocab(self) -> Vocabulary:
        return self.graph.vocab

    @property
    def roles(self) -> Roles:
        return self.graph.roles

    @property
    def file(self) -> str:
        return self.loaded.file

    def line(self, loc: Loc) -> int:
        """The 1-based line of an item by its path in the model (``("elements", 2)``); 0 if unknown."""
        if len(loc) >= 2 and loc[0] == "suppressions" and isinstance(loc[1], int):
            found = self._suppression_line(loc[1])
            if found:
                return found
        try:
            return max(self.loaded.line_of(loc), 0)
        except (IndexError, KeyError, TypeError, ValueError):
            return 0

    def line_of_id(self, item_id: str) -> int:
        """The line declaring the element, relation, boundary, fact, view or claim ``item_id``."""
        try:
            return max(self.loaded.line_of_id(item_id), 0)
        except (IndexError, KeyError, TypeError, ValueError):
            return 0

    def _suppression_line(self, index: int) -> int:
        if "suppressions" not in self._cache:
            self._cache["suppressions"] = _SuppressionLines.read(self.loaded)
        suppressions = self.model.suppressions
        if not 0 <= index < len(suppressions):
            return 0
        entry = suppressions[index]
        return self._cache["suppressions"].line(entry.code, entry.target)

    @cached_property
    def _model_line(self) -> int:
        return self.line(())

    def finding(self, message: str, *, item: str | None = None, loc: Loc | None = None, hint: str = "") -> Finding:
        """A finding of the running rule about ``item``, placed at ``loc`` (or at the item's declaration)."""
        if self.rule is None:
            raise RuntimeError("finding() called outside a rule")
        line = self.line(loc) if loc is not None else self.line_of_id(item) if item else 0
        return Finding(
            code=self.rule.code,
            severity=self.rule.severity,
            message=message,
            item=item,
            file=self.file,
            line=line or self._model_line,
            hint=hint,
            model=self.model.id,
        )
